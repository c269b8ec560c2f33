// Tells a first record that the types below mark as a header: a word over a column of numbers (`waiting` over `79`, `54`).
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** Rows below the first record needed before their types are evidence. */
const MIN_ROWS = 4;

/**
 * True when some column holds numbers in 4 rows in 5 or more (of the first record's width, 4 rows or more) and the
 * first record's cell there is no number and not empty (`id,eruptions,waiting` over `1,3.6,79`). why: a commented
 * line that splits into as many cells (`#The "old faithful" data, pulled from R. If …, use ?faithful …`) was taken
 * for the names of rows of text, and the file's own header was read as a record, with no warning.
 */
export function typedFirstRecord(first: string[], rows: string[][]): boolean {
  const full = rows.filter((r) => r.length === first.length);
  if (full.length < MIN_ROWS) return false;
  return first.some((cell, k) => cell !== "" && !NUMBER.test(cell) && full.filter((r) => NUMBER.test(r[k])).length >= full.length * 0.8);
}
