// A lone line of code points or hex literals (`U+23,U+2A,U+30-39`, `0x1F,0x2A`) is a record: names are not written so.

/** A code point `U+hex` or a hex literal `0xhex`, alone or as a range (`U+2194-2199`, `U+1F1E6..U+1F1FF`). */
const CODE = /^(?:U\+[0-9A-Fa-f]{2,6}(?:(?:-|\.\.)(?:U\+)?[0-9A-Fa-f]{2,6})?|0x[0-9A-Fa-f]+)$/;

/**
 * True when every filled cell of a line is a code point or a hex literal, and there are 2 or more. why: a lone line
 * is a header over no rows (an export of no records), unless its cells are values in a notation no column name is
 * written in; read as names, a one-line list of code-point ranges (emoji-test-regex-pattern's `css.txt`) lost its
 * only record, silently. Refused: any word among them (`U+code,name`, `V1,V2`, `Q1`): a header-only file stays one.
 */
export function codeNotationLine(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c) => CODE.test(c));
}
