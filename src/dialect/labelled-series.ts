// Ragged rows of a label and numbers (`Jan 27.74 27.28 …`): blanks part their cells, and `#` lines of words above them are notes.
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** Fewest rows that show such a layout. */
const MIN_ROWS = 3;

/** Fewest numbers after each row's label. */
const MIN_VALUES = 3;

/** Fewest cells holding a letter in a note (a title of words, not a commented-out series). */
const NOTE_WORDS = 2;

interface Line { text: string; line: number }

/**
 * True when the mark is `#`, every marked line stands above the first row and holds 2 cells of letters or more, and
 * every row (3 or more) split at blanks is a label holding a letter then 3 numbers or more. why: Qt's box-plot data
 * (`# Acme Ltd share deviation in 2012` above `Jan 27.74 27.28 …`, one value per trading day, 16 to 23 to a month)
 * has rows of no one width, so the table-fit test refused `#` as the comment, and the title, read as the header of a
 * one-column table, turned every row into one cell of text without a word. The rows' widths differ because the
 * series do, so no width can tell the note from a row; its words can. Refused: other marks, a marked line below the
 * first row or of fewer than 2 words (`# Dec 1.2 3.4 5.6` is a commented-out series), rows with a word past the label,
 * a row of fewer than 3 numbers, fewer than 3 rows.
 */
export function labelledSeries(mark: string, marked: Line[], rows: Line[]): boolean {
  if (mark !== "#" || rows.length < MIN_ROWS || marked.length === 0) return false;
  const first = Math.min(...rows.map((r) => r.line));
  if (!marked.every((m) => m.line < first && note(m.text.slice(mark.length)))) return false;
  return rows.every((r) => series(r.text));
}

function note(text: string): boolean {
  return text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= NOTE_WORDS;
}

/** A label holding a letter, then 3 numbers or more, parted by blanks (`Jan 27.74 27.28 27.86`). */
export function series(text: string): boolean {
  const [label, ...values] = text.trim().split(/\s+/);
  return /\p{L}/u.test(label) && values.length >= MIN_VALUES && values.every((v) => NUMBER.test(v));
}

/**
 * True when every line (3 or more, the first 1,000 non-blank) is a label and 3 numbers or more (`series`), the lines
 * of 2 widths or more. why: with the title taken as a note, Qt's box-plot series (17 to 23 values to a month) scored
 * best as one column, each row one cell of text, without a word: their widths differ, so no delimiter read them
 * evenly. Read at blanks, every value is a cell and each row of another width is reported. Refused: a line of words
 * past its label or of fewer than 3 numbers (a list of names or phrases stays one column), lines of one width (the
 * scorer reads those at blanks itself), fewer than 3 lines.
 */
export function raggedSeries(full: string): boolean {
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < MIN_ROWS || !lines.every(series)) return false;
  return new Set(lines.map((l) => l.trim().split(/\s+/).length)).size >= 2;
}

/**
 * True when the lines are ragged series (raggedSeries) whose first line does not count up by one: then that line is
 * a record, not a header. why: a label and numbers names no columns, yet when the first series was the widest (a
 * `# Rainfall …` title above `Jan 24.61 32.58 …`, Jan holding the most values) it was read as the header, the
 * numbers as names, and every other row reported short: a record lost. Refused: a first line whose numbers are
 * whole and each one more than the last (`Station 2019 2020 2021`, `id 1 2 3`: years and ordinals do name columns).
 */
export function seriesFirstRowIsRecord(full: string): boolean {
  if (!raggedSeries(full)) return false;
  const first = full.split(/\r\n|\n|\r/, 1000).find((l) => l.trim() !== "")!;
  return !countsUp(first.trim().split(/\s+/).slice(1));
}

function countsUp(values: string[]): boolean {
  return values.every((v, i) => /^-?\d+$/.test(v) && (i === 0 || Number(v) === Number(values[i - 1]) + 1));
}
