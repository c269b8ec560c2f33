// One sticky RegExp per schema and delimiter that clears every cell of an unquoted line at once (cells.ts spanRow).
import { spanSource, type SpanPlan } from "../../schema/span-plan.js";

/**
 * A line's test: `re` matches a whole unquoted line of the schema's width whose cells are all clean, but for the
 * columns in `each` (no RegExp source: their own span test runs after the match) and the empty cells of the columns
 * in `empties` (a missing value, counted after the match).
 *
 * why it is exact: the tokenizer cut the line at every delimiter (one character, never inside an unquoted cell), so a
 * line of n cells holds exactly n − 1 delimiters; the RegExp matches n − 1 of them between its n parts, from the line's
 * start to its end, so no part can have matched a delimiter, and part k matched exactly cell k. Each part accepts only
 * what its column's span test accepts (span-plan.ts spanSource), so a matched line is one the per-cell loop would have
 * passed cell by cell. A line it refuses goes through that loop, which decides as before.
 * why faster: V8 compiles the RegExp to machine code that reads the line once; the loop made one call per cell, each
 * reading its cell's range from the slab and its characters one `charCodeAt` at a time (bench/cells.mjs).
 */
export class LineTest {
  /** Lines tested, and lines refused; the test stops being tried when most lines are refused (see tried). */
  tries = 0;
  misses = 0;
  constructor(
    readonly re: RegExp,
    /** The delimiter the RegExp was made for. */
    readonly delimiter: number,
    readonly each: number[],
    readonly empties: number[],
  ) {}

  /** Whether the unquoted line text[from, to) is matched whole; counts the tries. */
  test(text: string, from: number, to: number): boolean {
    this.tries++;
    const re = this.re;
    re.lastIndex = from;
    if (re.test(text) && re.lastIndex === to) return true;
    this.misses++;
    return false;
  }

  /**
   * False once a quarter of the lines (after the first 64 refused) were refused: then the RegExp only adds its cost to
   * the loop's. why it may stop: a column whose cells are often empty though required, or often start with a guarded
   * character, fails it on most lines; the report does not depend on it either way.
   */
  worth(): boolean {
    return this.misses <= 64 || this.misses * 4 <= this.tries;
  }
}

/** What the line test needs of a column (cells.ts makes it from the field's tests). */
export interface LineColumn {
  /** The field's span plan without the cells check's guard (null: none; the column's own test then runs). */
  kernel: SpanPlan | null;
  /** The guard, exactly: first characters that make a cell no clean one (a formula's), and spellings that are not clean cells. */
  formula: readonly number[];
  tokens: readonly string[];
  /** An empty cell is a missing value and no defect (not required): counted after the match. */
  optional: boolean;
}

/** A character as a RegExp escape, safe inside and outside a class. */
const esc = (c: number): string => `\\u${c.toString(16).padStart(4, "0")}`;

/** The column's part for a non-empty cell (its guard, then its kernel), or null when its kernel has no RegExp source. */
function partSource(col: LineColumn, d: number): string | null {
  const body = col.kernel === null ? null : spanSource(col.kernel, d);
  if (body === null) return null;
  const not: string[] = [];
  if (col.formula.length > 0) not.push(`[${col.formula.map(esc).join("")}]`);
  // a guarded spelling is refused only as the whole cell (`(?![^d\n\r])`: the cell ends after it)
  if (col.tokens.length > 0) not.push(`(?:${col.tokens.map((t) => Array.from(t, (ch) => esc(ch.charCodeAt(0))).join("")).join("|")})(?![^${esc(d)}\\n\\r])`);
  return not.length === 0 ? body : `(?!${not.join("|")})${body}`;
}

/**
 * The line test of columns 0..n-1 for the delimiter d, or null when too few columns have a RegExp source for it to pay
 * (under half of them).
 */
export function makeLineTest(cols: readonly LineColumn[], d: number): LineTest | null {
  const n = cols.length;
  if (n < 2) return null;
  const parts: string[] = [];
  const each: number[] = [];
  const empties: number[] = [];
  for (let k = 0; k < n; k++) {
    const src = partSource(cols[k], d);
    if (src === null) {
      each.push(k);
      parts.push(`[^${esc(d)}\\n\\r]*`);
    } else if (cols[k].optional) {
      empties.push(k);
      parts.push(`(?:${src})?`);
    } else {
      parts.push(src);
    }
  }
  if (each.length * 2 > n) return null;
  // why the lookahead at the end: the match must end where the line does (before its line break), not run on into the next line
  const source = parts.join(esc(d)) + "(?![^\\n\\r])";
  let re: RegExp;
  try {
    re = new RegExp(source, "y");
  } catch {
    return null; // why: a pattern that is valid alone but not inside another (never seen; the loop decides then)
  }
  return new LineTest(re, d, each, empties);
}
