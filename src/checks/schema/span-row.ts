// The cells check's loop over a LineRecord's cells, made once per column list as one function with a call site per column.
import type { SpanTest } from "../../schema/parsers.js";
import { SPAN_HELPERS, spanSource, type SpanPlan } from "../../schema/span-plan.js";
import type { LineRecord } from "../../parse/line-record.js";

/** A column as the loop reads it (cells.ts Col). */
export interface SpanColumn {
  /** The file column the field is bound to (0-based). */
  col: number;
  /** The column's span test on a range, or null: every non-empty cell takes `miss`. */
  span: SpanTest | null;
  /** The span test on a range with doubled quotes as written, or null: such a cell takes `miss`. */
  spanDoubled: SpanTest | null;
  /** The plans the two tests were made from (the same nulls). */
  plan: SpanPlan | null;
  planDoubled: SpanPlan | null;
  /** "" is a declared missing value: an empty range takes `empty`, not the span test. */
  emptyMissing: boolean;
  /** The cells counted so far, but those still in a RowWidths (see addWidths). */
  count: number;
}

/** A cell the span test did not pass (or a column without one): the cell's range, and whether it holds doubled quotes. */
export type Miss<C> = (c: C, rec: LineRecord, row: number, from: number, to: number, dq: boolean) => void;
/** An empty cell of a column where "" is missing. */
export type Empty<C> = (c: C, rec: LineRecord, row: number) => void;
/**
 * The loop over one record: the record counted in `widths`, every bound column's cell tested on its range, and handed
 * to miss/empty when not clean.
 */
export type SpanRow<C> = (rec: LineRecord, row: number, cols: C[], miss: Miss<C>, empty: Empty<C>, widths: RowWidths) => void;

/**
 * Records counted by width for a column list: slot w holds the records of w cells, the last slot those of at least as
 * many cells as the list's widest column index + 1. A column's count is the records wider than its index (addWidths).
 * why not a count per column: one increment a record instead of one per cell (on the bench schema 12, ~215
 * instructions a row in the made function: README, "Per-core speed, eighteenth step").
 */
export type RowWidths = Float64Array;

/** The last slot of a column list's RowWidths: its widest column index + 1 (a record of that many cells or more has every column). */
function widest(cols: readonly SpanColumn[]): number {
  let w = 0;
  for (const c of cols) if (c.col + 1 > w) w = c.col + 1;
  return w;
}

/** An empty RowWidths for this column list. */
export function rowWidths(cols: readonly SpanColumn[]): RowWidths {
  return new Float64Array(widest(cols) + 1);
}

/** Adds the records counted in `widths` to each column's count (those with a cell for it), and empties `widths`; before any read of a count. */
export function addWidths(cols: readonly SpanColumn[], widths: RowWidths): void {
  for (const c of cols) {
    let n = 0;
    for (let w = c.col + 1; w < widths.length; w++) n += widths[w];
    c.count += n;
  }
  widths.fill(0);
}

/**
 * The loop as written, for any column list: the same steps as the made function, one call site for all columns.
 * why kept: a very wide schema (a function per list would be too large for V8 to optimise), and a Node run with code
 * generation from strings turned off (`--disallow-code-generation-from-strings`).
 */
export function spanRowLoop<C extends SpanColumn>(rec: LineRecord, row: number, cols: C[], miss: Miss<C>, empty: Empty<C>, widths: RowWidths): void {
  const text = rec.text, at = rec.at, base = rec.base, len = rec.width, doubled = rec.doubled;
  const last = widths.length - 1;
  widths[len < last ? len : last]++;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k];
    if (c.col >= len) continue;
    const from = at[base + 2 * c.col], to = at[base + 2 * c.col + 1];
    if (from === to && c.emptyMissing) { empty(c, rec, row); continue; }
    // a cell with doubled quotes: its range holds each quote twice, which only some span tests may read
    const dq = doubled && rec.doubledAt(c.col);
    const span = dq ? c.spanDoubled : c.span;
    if (span === null || !span(text, from, to)) miss(c, rec, row, from, to, dq);
  }
}

/** Columns past which the loop stays a loop (a made function of more would be too large to optimise). */
const MAX_COLUMNS = 64;

/**
 * The made functions by source: each with the tables it closes over (the same source with other tables is another
 * function). why bounded: a long-lived process (a queue worker) compiles schemas again and again; kept without bound,
 * the functions would hold every schema's tables. At most MAX_SOURCES sources and MAX_PER_SOURCE functions each, the
 * oldest dropped first.
 */
const made = new Map<string, { consts: unknown[]; fn: unknown }[]>();
const MAX_SOURCES = 64, MAX_PER_SOURCE = 4;

/** How many made functions are held (for tests). */
export function rowFunctionsHeld(): number {
  let n = 0;
  for (const list of made.values()) n += list.length;
  return n;
}

/**
 * spanRowLoop unrolled for this column list: one function in which each column's span test is written out in place
 * (span-plan.ts spanSource), with the column's file index and its empty-cell step fixed in the code.
 * why: the loop's single call site sees every column's test (twelve on the bench schema), so V8 calls them through
 * its generic call, each with the guard's and the plan's reads; here each column's kernel is code of its own, whose
 * scanner V8 inlines from a call site that sees only it. The source holds only numbers and fixed text, never a name or
 * a value from the schema (tables and lists are handed over as constants). Made once per column list and constants, so
 * that every part of a split file runs the same function (and V8's code for it); the made part only scans, and hands
 * its cells back as events (see replaying).
 */
export function spanRowFor<C extends SpanColumn>(cols: readonly C[]): SpanRow<C> {
  if (cols.length > MAX_COLUMNS) return spanRowLoop;
  const consts: unknown[] = [];
  const src = rowSource(cols, consts);
  const list = made.get(src) ?? [];
  const hit = list.find((m) => m.consts.length === consts.length && m.consts.every((x, i) => x === consts[i]));
  if (hit !== undefined) return hit.fn as SpanRow<C>;
  let fn: SpanRow<C>;
  try {
    const [scan, scanBytes] = new Function("K", "H", src)(consts, SPAN_HELPERS) as [Scan, ScanBytes];
    fn = replaying<C>(scan, scanBytes, cols.length);
  } catch {
    return spanRowLoop; // code generation from strings turned off (node --disallow-code-generation-from-strings)
  }
  if (list.push({ consts, fn }) > MAX_PER_SOURCE) list.shift();
  if (!made.has(src) && made.size >= MAX_SOURCES) made.delete(made.keys().next().value!);
  made.set(src, list);
  return fn;
}

/**
 * The made part of a row function: the record counted in `widths`, every bound column's cell tested; a cell that is not
 * clean is written to `events` as one number (its column's place in the list × 4, plus 0 a miss, 1 a miss with doubled
 * quotes as written, 2 an empty cell where "" is missing), in column order; returns how many were written.
 */
type Scan = (rec: LineRecord, events: Int32Array, widths: RowWidths) => number;
/** Scan for a record with bytes (LineRecord.bytes): its scanners read `bytes` where they can (span-plan.ts spanSource). */
type ScanBytes = (rec: LineRecord, events: Int32Array, widths: RowWidths, bytes: Uint8Array) => number;

/**
 * The row function around a made scan: the scan's events handed to `miss` and `empty`, in the order the loop calls them.
 * why the made function calls no `miss` or `empty` itself: they are closures of each part's cells check, while the made
 * function is shared by every part in a thread (one per column list). V8's optimised code for it expected the first
 * part's closures, and was thrown away at the next part's first call ("wrong call target") and optimised again, a
 * compile that costs as much CPU as the function saves (measured: README, "Per-core speed, seventeenth step"). Only
 * this small function sees the closures now. One events array per made function: a call replays all its events before
 * it returns, and a thread runs one row at a time.
 */
function replaying<C extends SpanColumn>(scan: Scan, scanBytes: ScanBytes, width: number): SpanRow<C> {
  const events = new Int32Array(width);
  return (rec, row, cols, miss, empty, widths) => {
    const bytes = rec.bytes;
    const n = bytes === null ? scan(rec, events, widths) : scanBytes(rec, events, widths, bytes);
    for (let i = 0; i < n; i++) {
      const e = events[i], c = cols[e >> 2];
      if ((e & 3) === 2) empty(c, rec, row);
      else miss(c, rec, row, rec.at[rec.base + 2 * c.col], rec.at[rec.base + 2 * c.col + 1], (e & 3) === 1);
    }
  };
}

/**
 * The made scans' source for this column list: a function returning [Scan, ScanBytes] (see spanRowFor); their tables
 * are put in `consts`. why two functions, not a branch in one: each is optimised with its own inlining budget, and
 * only the one a file's records take is compiled.
 */
function rowSource(cols: readonly SpanColumn[], consts: unknown[]): string {
  const scan = scanSource(cols, consts, false), scanBytes = scanSource(cols, consts, true);
  return [
    '"use strict";',
    `const { ${Object.keys(SPAN_HELPERS).join(", ")} } = H;`,
    ...consts.map((_, i) => `const K${i} = K[${i}];`),
    `const scan = ${scan}`,
    `const scanBytes = ${scanBytes}`,
    "return [scan, scanBytes];",
  ].join("\n");
}

/** One scan's function expression (Scan, or ScanBytes with `bytes`). */
function scanSource(cols: readonly SpanColumn[], consts: unknown[], bytes: boolean): string {
  const body: string[] = [];
  const last = widest(cols);
  cols.forEach((c, k) => {
    const i = c.col;
    if (!Number.isInteger(i) || i < 0) throw new Error(`bad column index ${i}`);
    const test = (p: SpanPlan | null, dq: boolean): string =>
      p === null ? `ev[n++] = ${4 * k + (dq ? 1 : 0)};` : `if (!${spanSource(p, consts, bytes)}) ev[n++] = ${4 * k + (dq ? 1 : 0)};`;
    body.push(
      `if (len > ${i}) {`,
      `  from = at[base + ${2 * i}]; to = at[base + ${2 * i + 1}];`,
      `  ${c.emptyMissing ? `if (from === to) ev[n++] = ${4 * k + 2}; else ` : ""}if (doubled && rec.doubledAt(${i})) { ${test(c.planDoubled, true)} }`,
      `  else { ${test(c.plan, false)} }`,
      "}",
    );
  });
  return [
    bytes ? "function spanScanBytes(rec, ev, wd, B) {" : "function spanScan(rec, ev, wd) {",
    "const text = rec.text, at = rec.at, base = rec.base, len = rec.width, doubled = rec.doubled;",
    "let from, to, v, w, g, ch, n = 0;",
    `wd[len < ${last} ? len : ${last}]++;`,
    ...body,
    "return n;",
    "};",
  ].join("\n");
}
