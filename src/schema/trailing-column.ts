// A delimiter at the end of every line (World Bank exports): a blank last header name above a column empty in every record.
import type { ParsedRecord } from "../types.js";

/**
 * The header with its blank last name replaced by its position name (`field21`), when every sampled record
 * has that cell and it is empty; without that name when no record has the cell; else null. why not header-blank: the column is an artifact of a trailing
 * delimiter, not a column whose name was lost (its cells would hold values).
 */
export function trailingDelimiterColumn(names: string[], sample: ParsedRecord[]): string[] | null {
  const n = names.length;
  if (n < 2 || names[n - 1].trim() !== "" || names[n - 2].trim() === "") return null;
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (recs.length === 0) return null;
  // why: a delimiter at the end of the header line only (`"Clickin","Number","Percentage",` above 3-cell records)
  // names no column at all
  if (recs.every((r) => r.cells.length === n - 1)) return names.slice(0, -1);
  if (headerOnlyDelimiter(n, recs)) return names.slice(0, -1);
  if (!recs.every((r) => r.cells.length === n && r.cells[n - 1] === "")) return null;
  return [...names.slice(0, -1), `field${n}`];
}

/**
 * A delimiter ending the header line only, with some records short besides: no record reaches the header's width
 * and most have exactly one cell fewer (cgview's `!strand<TAB>…<TAB>mouseover<TAB>` above 9-cell rows, a block of
 * 8-cell rows further down). why: the blank name heads no cell in any record, so the short records are short
 * against the named columns (row-missing-cells), not every record against a column nobody wrote.
 */
function headerOnlyDelimiter(n: number, recs: ParsedRecord[]): boolean {
  if (recs.some((r) => r.cells.length >= n)) return false;
  return recs.filter((r) => r.cells.length === n - 1).length * 2 > recs.length;
}

/**
 * The header without its last name when the dialect found that name past the end of every row (`… radi end` above
 * `… 1.850`: dialect extraName) and every sampled record is one cell shorter than the header; else null. why: the name
 * heads no column (a format's end-of-header word), so the records are whole, not short.
 */
export function extraLastName(names: string[], sample: ParsedRecord[]): string[] | null {
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  return names.length >= 3 && recs.length > 0 && recs.every((r) => r.cells.length === names.length - 1) ? names.slice(0, -1) : null;
}

/**
 * The width of a headerless file whose last column is optional (records of N+1 or N cells only, the extra cell
 * always last), or null. Two shapes count, each on clear evidence only:
 * - a trailing delimiter on most lines (`1,2,3,`), a line without it (often the last) one cell short: the last
 *   cells are all empty (an artifact of the delimiter) and most records have them;
 * - an optional annotation column (tz zone.tab's comments, a registry's URL): every extra cell holds text, and the
 *   N-cell records are no stray few (at least 3, and a tenth of the records).
 * why the guard: a genuinely short row in a normal table (one or two of many) must still be row-missing-cells.
 */
export function optionalLastColumn(sample: ParsedRecord[]): number | null {
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (recs.length < 3) return null;
  const wide = Math.max(...recs.map((r) => r.cells.length));
  if (wide < 2) return null;
  const long = recs.filter((r) => r.cells.length === wide);
  const short = recs.length - long.length;
  if (recs.some((r) => r.cells.length < wide - 1)) return null;
  if (long.every((r) => r.cells[wide - 1] === "")) return long.length > short ? wide : null;
  const annotated = long.every((r) => /\p{L}/u.test(r.cells[wide - 1]));
  return annotated && wide >= 3 && short >= 3 && short * 10 >= recs.length ? wide : null;
}
