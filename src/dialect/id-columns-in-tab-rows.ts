// Ids joined by a mark in the same TAB fields of every line, beside more fields of values (`gi|4947|ref|NC_0059.1|<TAB>…<TAB>90.15`): TABs split the table.
import { PLAIN_NUMBER } from "./number.js";
import { evenTabFields } from "./marks-inside-tab-fields.js";

/** Fewest TAB fields: two id columns and values beside them. */
const MIN_WIDTH = 4;

/** The indexes of a line's TAB fields that hold the mark, joined (`0,1`). */
function holding(fields: string[], mark: string): string {
  return fields.flatMap((f, i) => (f.includes(mark) ? [i] : [])).join(",");
}

/**
 * True when every line (the first 1,000 non-blank ones, 5 or more) has the same number of TAB fields (4 or more),
 * the picked mark stands in the same two fields or more on every line, the fields free of it are twice as many or
 * more, and one of them on every line is a number. why: BLAST's tabular output with NCBI ids
 * (`gi|49474831|ref|NC_005956.1|<TAB>gi|49473688|ref|NC_005955.1|<TAB>90.15<TAB>20312…`, genoPlotR's
 * `BH_vs_BQ.blastn.tab`) reads at `|` at one width too when every id has the same parts, so marksInsideTabFields
 * (ragged `|` counts) refused it and 12 columns were read as 9, `dialect-uncertain` only.
 * Refused: the mark in one field only (Blast2lca's `ECSKW3110|AC_000091|595348|415<TAB>Enterobacteriaceae<TAB>10`,
 * read at `|` by CleverCSV's label), in other fields from line to line, as many fields holding it as free of it
 * (a `|` table whose cells hold TABs), no number among the free fields, lines of other TAB counts.
 */
export function idColumnsInTabRows(full: string, picked: string): boolean {
  if (picked === "" || picked === " " || picked === "\t") return false;
  const rows = evenTabFields(full);
  if (rows === null || rows[0].length < MIN_WIDTH) return false;
  const width = rows[0].length;
  const ids = holding(rows[0], picked);
  const count = ids === "" ? 0 : ids.split(",").length;
  if (count < 2 || (width - count) < 2 * count) return false;
  return rows.every((f) => holding(f, picked) === ids && f.some((c) => !c.includes(picked) && PLAIN_NUMBER.test(c.trim())));
}
