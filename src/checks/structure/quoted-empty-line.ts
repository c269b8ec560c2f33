// A line holding only `""` in a table of two columns or more is a blank row (Protel/Altium pick-and-place exports).
import type { ParsedRecord } from "../../types.js";
import { LineRecord } from "../../parse/line-record.js";

/**
 * True when the record is one quoted empty cell and the table is wider than one column. why: writers that quote
 * every cell write an empty line as `""` (Protel's pick-and-place CSV puts one under its header); in a table of
 * several columns that line cannot be a record of values, and reported as `row-missing-cells` it was an error on a
 * good file. In a one-column table `""` is a value (an empty string, quoted on purpose) and stays one.
 */
export function isQuotedEmptyLine(rec: ParsedRecord, columns: number): boolean {
  if (columns < 2) return false;
  // why the width and range first: reading a LineRecord's `cells` makes every cell's string (this runs on every record)
  if (rec instanceof LineRecord) return rec.width === 1 && rec.at[rec.base] === rec.at[rec.base + 1] && rec.isQuoted(0);
  const cells = rec.cells;
  if (cells.length !== 1 || cells[0].length !== 0) return false;
  return rec.quoted !== null && rec.quoted[0] === true;
}
