// A line of spaced words above a TAB header and TAB records is a title (an R warning), not a header spaced above rows.
import { lazyRegExp } from "../lazy.js";
import { PLAIN_NUMBER as NUMBER } from "./number.js";

// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
const LETTER = lazyRegExp("\\p{L}", "u");
/** Missing-value tokens: a record's cells, never a header's names. */
const NULL_TOKEN = /^(?:NA|N\/A|NaN|NULL|None|nil|-|\.|)$/i;
const unquote = (c: string): string => c.replace(/^"(.*)"$/, "$1").trim();

/**
 * True when the first of the lines (non-blank) holds spaces and no TAB, the second is a TAB line of names (every cell
 * holds a letter, none is a number or a missing value, none is met again in its column), and the records under it,
 * 2 or more, are of its width with a column of numbers where it holds a name; no line but the first holds a space
 * outside quotes.
 * why: cnvkit's `warning.seg` opens with R's `WARNING: ignoring environment value of R_HOME` (6 words) above a
 * 6-column TAB table; read at runs of blanks, every line was 6 cells wide, so the warning became the header and the
 * table's own quoted header a record (silent). A header spaced above tabbed rows names them, so the line under it is a
 * record; two header lines in a row mean the first is no header. What it refuses (the spaced header kept): a TAB line
 * under it holding a number (`20240101<TAB>12<TAB>BE`: a record) or a missing-value token (`BRCA1<TAB>up<TAB>NA`), or
 * a cell met again in its column below (`up` over `down`, `up`), records of another width, spaces in the TAB lines.
 */
export function spacedTitleAboveTabHeader(lines: string[]): boolean {
  if (lines.length < 4 || lines[0].includes("\t") || !/\S +\S/.test(lines[0])) return false;
  if (lines.slice(1).some((l) => !l.includes("\t") || l.replace(/"[^"]*"/g, "").includes(" "))) return false;
  const names = lines[1].split("\t").map(unquote);
  if (names.some((n) => !LETTER().test(n) || NUMBER.test(n) || NULL_TOKEN.test(n))) return false;
  const records = lines.slice(2).map((l) => l.split("\t").map(unquote));
  if (records.some((r) => r.length !== names.length)) return false;
  // why: a header's names are not met again in its columns' values (`up` over `down`, `up`: a record)
  if (names.some((n, j) => records.some((r) => r[j] === n))) return false;
  return names.some((_, j) => records.every((r) => NUMBER.test(r[j])));
}
