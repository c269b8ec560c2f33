// Rows of a TAB table that end in a `<TAB># note` show that `#` marks notes there, so `#<TAB>text` lines are notes too.

/** Fewest `#<TAB>` lines that make a block of notes (one alone may be a header whose first column is named `#`). */
const MIN_MARKED = 2;
/** Share of the rows that must end in a note. */
const MIN_SHARE = 0.8;

/**
 * True when 4 rows in 5 or more (3 at least) end in a note after a TAB (`0x41<TAB>0x0041<TAB># LATIN CAPITAL LETTER
 * A`: a TAB, the mark, a blank or TAB, text) and 2 marked lines or more are the mark, a TAB, then text (`#<TAB>Name:
 * Map from MSX Russian (video) character set to Unicode`). why: such notes split to the width of the rows once their
 * notes are cut (2 cells), so no marked line was a misfit and tabIndentedNote, which wants one, kept them as rows:
 * `#` became the delimiter, with a blank header name. The author who ends every row with a `#` note writes whole-line
 * notes with it too. why 2 marked lines: a lone `#<TAB>name` line above such rows may be a header naming a `#` column.
 * @param marked the lines starting with the mark; @param rows the other non-blank lines, notes not yet cut
 */
export function notedTabRows(c: string, marked: string[], rows: string[]): boolean {
  if (c !== "#" || rows.length < 3) return false;
  if (marked.filter((t) => t.startsWith(c + "\t") && t.slice(2).trim() !== "").length < MIN_MARKED) return false;
  const noted = rows.filter((t) => /^[^\t#]+(?:\t[^\t#]*)*\t#[ \t]+\S/.test(t));
  return noted.length >= rows.length * MIN_SHARE;
}
