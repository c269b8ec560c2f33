// Whether a whole file opens with the count of its records and a title line (the XYZ molecule format) above them.

/** Records needed below the two lines: one record under a count is too little to tell a grid. */
const MIN_RECORDS = 2;

/**
 * True when the first row is one whole number N, the second row any title (a line of free text), and exactly N rows
 * follow (blank lines at the end left out), none blank, all of one width of 2 cells or more, which the title's width
 * is not. why: the XYZ format writes an atom count, then a comment line, then one `element x y z` line an atom
 * (votca's `formamide.xyz`: `6`, `formamide`, six lines of 4 cells); the count's one cell set the width, and every
 * atom was `row-extra-cells`. A title of one word above 20 records or more was a preamble already (a title line);
 * one of several words, or above fewer records, was not. The count stated exactly is the evidence, so the text must
 * be the whole file. Refused (the old reading kept): a first row of more than one cell or of no whole number, a
 * count other than the records below, a blank line among them, rows of several widths or of one cell, a second row
 * of the records' width (it may be their header), fewer than 2 records.
 */
export function countAndTitleLines(rows: string[][]): boolean {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c.trim() === "")) end--;
  if (end < 2 + MIN_RECORDS || rows[0].length !== 1 || !/^\d+$/.test(rows[0][0].trim())) return false;
  const records = rows.slice(2, end);
  if (Number(rows[0][0].trim()) !== records.length) return false;
  const width = records[0].length;
  if (width < 2 || records.some((r) => r.length !== width)) return false;
  return rows[1].length !== width;
}
