// Notes marked by the table's own delimiter (`; Spamhaus DROP List …` above `1.10.16.0/20 ; SBL256894`) are a preamble.

/** Farthest a block of notes may reach, as for any preamble. */
const MAX_NOTES = 30;
/** Fewest records under the notes. */
const MIN_RECORDS = 5;
/** Records read under the notes. */
const WINDOW = 40;

/**
 * The number of leading lines that open with the delimiter, a blank and text (the cells: an empty one, then one
 * filled), one of them 3 words or more, above 5 records or more (of the next 40) none of which opens with the
 * delimiter or holds an empty first cell, each with 2 filled cells or more; 0 otherwise. why: a list that marks its
 * notes with the character that splits its rows (Spamhaus' DROP list: `;` notes above `1.10.16.0/20 ; SBL256894`)
 * cannot have that character as its comment mark, so the notes were read as a header of a blank name and records
 * (`header-blank`, 3 rows of no address). Refused: a line glued to the delimiter (`;Name;Age`, R's row-names header),
 * a note of 2 filled cells (`, Smith, 42`: a record with an empty first cell), notes of 1 or 2 words only, a record
 * below that opens with the delimiter or has an empty first cell (a sparse first column), fewer than 5 records.
 */
export function delimiterLedNotes(rows: { cells: string[]; start: number }[], text: string, delimiter: string): number {
  if (delimiter === "" || delimiter === " " || delimiter === "\t" || text === "") return 0;
  const opens = (r: { start: number }): boolean => text.startsWith(delimiter, r.start);
  const note = (r: { cells: string[]; start: number }): boolean =>
    opens(r) && /^ \S/.test(text.slice(r.start + delimiter.length, r.start + delimiter.length + 2)) && r.cells[0] === "" && r.cells.filter((c) => c !== "").length === 1;
  let k = 0;
  while (k < rows.length && k < MAX_NOTES && note(rows[k])) k++;
  if (k === 0 || !rows.slice(0, k).some((r) => r.cells.join(" ").trim().split(/\s+/).length >= 3)) return 0;
  const records = rows.slice(k, k + WINDOW).filter((r) => r.cells.some((c) => c !== ""));
  const record = (r: { cells: string[]; start: number }): boolean => !opens(r) && r.cells[0] !== "" && r.cells.filter((c) => c !== "").length >= 2;
  return records.length >= MIN_RECORDS && records.every(record) ? k : 0;
}
