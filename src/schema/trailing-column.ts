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
