// Whether a first row's cell is a key then a number (`Gain_L-1 0.25`), as every value below it is: a record, not a name.
import { PLAIN_NUMBER } from "./number.js";

/** Fewest values below that show the shape (fewer: two names may look so by chance). */
const MIN_VALUES = 5;

/** A key without blanks that is no number, then one blank or more, then a number (the whole of it). */
function keyedNumber(cell: string): boolean {
  const m = /^(\S+)[ \t]+(\S+)$/.exec(cell.trim());
  return m !== null && !PLAIN_NUMBER.test(m[1]) && /\p{L}/u.test(m[1]) && PLAIN_NUMBER.test(m[2]);
}

/**
 * A key and a number above 5 values or more that all are (`Gain_L-1 0.25;` above `Gain_R-1 -0.5;`: a settings list
 * read whole at a `;` that ends each line): the first setting, not a name. why: in one text column the vote tied and
 * the first setting became the header, lost from the records, silently. Refused: a cell or a value of two words or
 * more before the number (`Room 12 north`), a number first (numberLedLikeBody's case), a key of digits only, fewer
 * than 5 values.
 */
export function keyedNumberLikeBody(cell: string, values: string[]): boolean {
  return values.length >= MIN_VALUES && keyedNumber(cell) && values.every(keyedNumber);
}
