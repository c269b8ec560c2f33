// Cells made of backticks only (`` ` ``, `` ``` ``) are text, not quoting: the text a backtick quote is judged on.

/** A line break, kept by split (a capturing group). */
const BREAK = /(\r\n|\n|\r)/;

/**
 * The text with every cell that holds nothing but backticks emptied (a cell: between delimiters or line ends).
 * why: a password list (THC Hydra's `dpl4hydra_local.csv`) tries `` ` ``, ``` `` ```, … up to eight backticks as
 * passwords, one a row; read as quoting evidence the even runs looked like doubled backticks inside quoted fields,
 * the backtick became the quote, and the odd runs opened fields that swallowed the next line's record, 8 lines read
 * as 4 with no word. A backtick quote shows itself by wrapping text (`` `a,b` ``), which these cells never do.
 * Refused (kept as evidence): a backtick beside other text in its cell (`` `a` ``, ``` x`` ```), any other quote; and
 * the quote-all test of the first line still reads the line whole (its empty fields `` `` `` are wrapped too).
 */
export function withoutBacktickOnlyCells(text: string, delimiter: string): string {
  if (!text.includes("`")) return text;
  const blank = (line: string): string => (delimiter ? line.split(delimiter) : [line]).map((c) => (/^`+$/.test(c) ? "" : c)).join(delimiter);
  return text.split(BREAK).map((part, i) => (i % 2 === 1 ? part : blank(part))).join("");
}
