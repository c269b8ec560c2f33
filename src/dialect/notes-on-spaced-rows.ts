// Whether rows parted by single spaces carry inline notes, read in the whitespace mode, where the parser cuts a note.

/**
 * True when every row of the text (its inline notes cut) parts its cells by single spaces. why: the parser cuts an
 * inline note after a run of blanks only in the whitespace mode (or after a TAB); with a plain space delimiter the
 * blanks before the note are empty cells and the note's words cells too, so ESO-MIDAS' `cvr8.dat` (8 hex bytes, then
 * `    !  +0.00000000000e+000`) read as 14 columns with an error on 16 rows of 15 cells. With single spaces between
 * cells the whitespace mode reads the same cells. Refused: a row holding a run of blanks between its cells (an empty
 * cell that the single-space reading keeps), or holding a TAB.
 */
export function notesOnSpacedRows(text: string): boolean {
  const rows = text.split(/\r\n|\n|\r/).map((l) => l.trim()).filter((l) => l !== "");
  return rows.length >= 2 && rows.every((l) => !/ {2}|\t/.test(l));
}
