// A header's optional last column whose empty cell some rows leave out with its delimiter (`…,1,ar` among `…,1,dz,`).
import type { ParsedRecord } from "../types.js";
import { likeValues } from "../dialect/body-like-row.js";

/**
 * True when the file's rows are of the header's width or one cell short, the short ones are no stray few (3 or more, a
 * tenth of the records or more), the last column is empty in some whole rows too (a column left blank at will), and
 * each short row's last cell is of a shape and a length of the next-to-last column's values in whole rows (`ar` among
 * `dz`, `us`: likeValues): the empty last cell was left out with its delimiter, the row is whole (R's
 * `CRAN_mirrors.csv`, `Comment`). why that cell's form: a row that lost a middle cell ends with the last column's
 * value, written otherwise; why blanks in whole rows: they show the last column is optional. Refused: rows two short or longer, a last column filled in
 * every whole row, short rows ending unlike the column before, or alike the last column's filled values (`3.4` in
 * `tmax` beside numbers in `precip`: a middle cell may be the one lost), fewer short rows.
 */
export function omittedLastCell(names: string[], sample: ParsedRecord[]): boolean {
  const n = names.length;
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (n < 3 || recs.some((r) => r.cells.length !== n && r.cells.length !== n - 1)) return false;
  const whole = recs.filter((r) => r.cells.length === n);
  const short = recs.filter((r) => r.cells.length === n - 1);
  if (short.length < 3 || short.length * 10 < recs.length || !whole.some((r) => r.cells[n - 1].trim() === "")) return false;
  const before = whole.map((r) => r.cells[n - 2]).filter((c) => c.trim() !== "");
  const last = whole.map((r) => r.cells[n - 1]).filter((c) => c.trim() !== "");
  return before.length > 0 && short.every((r) => endsBefore(r.cells[n - 2], before, last));
}

/**
 * A short row's final cell is of the next-to-last column's form and not of the last column's filled values. why the
 * second: when both columns hold one shape (`tmax`, `precip`), a row that lost a middle cell ends just so.
 */
function endsBefore(cell: string, before: string[], last: string[]): boolean {
  return cell.trim() !== "" && likeValues(cell, before) && !(last.length > 0 && likeValues(cell, last));
}
