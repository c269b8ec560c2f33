// A headerless file's optional last column, read past the one record wider than all the others (that record's defect).
import type { ParsedRecord } from "../types.js";
import { optionalLastColumn } from "./trailing-column.js";

/**
 * The width optionalLastColumn finds once the sample's one widest record is set aside, or null: 5 records or more, the
 * widest alone at its width. why: that record set the width, and every other row was one or two cells short of it
 * (gcal's copy of tz `zone.tab`: a record of 5 cells, one of them an extra blank, above 349 of 3 or 4); its extra cells
 * are its own defect, reported once as row-extra-cells. Refused: two records or more at the widest width, fewer
 * records, and a rest that is no optional-last-column table (then the widest record still sets the width, as before).
 */
export function optionalLastBesideLoneWide(sample: ParsedRecord[]): number | null {
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (recs.length < 5) return null;
  const wide = Math.max(...recs.map((r) => r.cells.length));
  const long = recs.filter((r) => r.cells.length === wide);
  return long.length === 1 ? optionalLastColumn(recs.filter((r) => r !== long[0])) : null;
}
