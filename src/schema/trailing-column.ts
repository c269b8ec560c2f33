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
  if (!recs.every((r) => r.cells.length === n && r.cells[n - 1] === "")) return null;
  return [...names.slice(0, -1), `field${n}`];
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
