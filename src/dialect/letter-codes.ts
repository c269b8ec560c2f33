// Whether a first row's cell is a long code of letters of one case, as long as every value below it: a record, not a name.

/** Fewest values below that show the shape (fewer: a few words may be as long by chance). */
const MIN_VALUES = 5;

/** Shortest code: shorter words of one length are common (`sequence` above 8-letter peptides). */
const MIN_LENGTH = 12;

const LOWER = /^[a-z]+$/;
const UPPER = /^[A-Z]+$/;

/**
 * A code of 12 letters or more, all small or all capital, above 5 values or more of the same case and exactly its
 * length (SnapPea census signatures `hfdafbcdefgggaaaaaafo` above `hfdafbcdefgggaaaaaajs`): the first record of a
 * code list, not a name. why: sameShapeAsBody needs a digit (or a short alphabet) to call a cell a code, so in an
 * all-text file the vote tied and the first code became the header, lost from the records, silently; a column name
 * that long is no code of exactly the values' length. Refused: a cell shorter than 12, mixed case (`Identification`),
 * digits or separators in it, values of another length or case, fewer than 5 values.
 */
export function letterCodeLikeBody(cell: string, values: string[]): boolean {
  if (values.length < MIN_VALUES || cell.length < MIN_LENGTH) return false;
  const form = LOWER.test(cell) ? LOWER : UPPER.test(cell) ? UPPER : null;
  return form !== null && values.every((v) => v.length === cell.length && form.test(v));
}
