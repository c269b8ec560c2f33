// A first line of whole numbers, the first counting the rows below, above rows led by names (PHYLIP's `   5   13`) is a count line.
import { PLAIN_NUMBER } from "./number.js";
import { lazyRegExp } from "../lazy.js";

/** Rows below the counts needed before their first column is evidence. */
const MIN_ROWS = 3;
/** Share of the rows whose first cell must be a name. */
const SHARE = 0.8;
// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
const LETTER = lazyRegExp("\\p{L}", "u");

/**
 * True when every cell of the first line is a whole number and, of the rows below (3 or more), 4 in 5 or more begin
 * with a name (a letter in it, no number). countLine asks it when the count's line holds more than words beside the
 * count. why: a PHYLIP alignment (EMBOSS's `protdist.dat`: `   5   13` above `Alpha     AACGTGGCCACAT`) states
 * its taxa and sites first; read as a record, the counts became a name and a sequence, silently. Refused: a cell
 * that is no whole number (`5 13.5`, `5 taxa 13`), numbers leading the rows below (a headerless table of numbers
 * whose first value is the count by chance), fewer than 3 rows.
 */
export function countsAboveNames(first: string[], rows: string[][]): boolean {
  if (rows.length < MIN_ROWS || first.length < 2 || !first.every((c) => /^\d+$/.test(c.trim()))) return false;
  const name = (c: string | undefined): boolean => c !== undefined && LETTER().test(c) && !PLAIN_NUMBER.test(c.trim());
  return rows.filter((r) => name(r[0])).length >= rows.length * SHARE;
}
