// A spreadsheet's spacer column: a blank header name inside the header above a column empty in every record.
import type { ParsedRecord } from "../types.js";

/**
 * The header with each blank name above a column that every sampled record has and leaves empty named by its
 * position (`field10`), or null when there is none. why not header-blank: no value stands under the name, so none
 * is left unnamed (a spreadsheet's empty spacer column, `Consecutive;;Notes` above `…;;;text`), as with a trailing
 * delimiter's column (trailing-column.ts). Refused: a blank name above any value (a lost name: header-blank stays),
 * records shorter than the header (a stray delimiter in the header), fewer than 3 records, a header with no other
 * name, a sample that is not the whole file (`wholeFile` false).
 */
export function emptyBlankColumns(names: string[], sample: ParsedRecord[], wholeFile: boolean): string[] | null {
  // why the whole file only: a column empty in the first 10,000 records may hold values after them (a sparse notes
  // column whose name was lost), which would pass unnamed and unflagged; a longer file keeps header-blank
  if (!wholeFile) return null;
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (recs.length < 3 || names.every((n) => n.trim() === "")) return null;
  // why whole records: under a header one delimiter too many (`"URL",,Comments` above rows ending `"URL",`) the blank
  // name is the stray delimiter's, and the rows fall short of the header (row-missing-cells, reported at the header)
  if (recs.some((r) => r.cells.length < names.length)) return null;
  const empty = (i: number): boolean => recs.every((r) => r.cells[i].trim() === "");
  const out = names.map((n, i) => (n.trim() === "" && empty(i) && !names.includes(`field${i + 1}`) ? `field${i + 1}` : n));
  return out.some((n, i) => n !== names[i]) ? out : null;
}
