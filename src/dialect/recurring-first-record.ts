// A first line met again word for word below, one of its cells also a value of its column elsewhere: a record that recurs, not a header.
import { PLAIN_NUMBER } from "./number.js";

/** Copies of the first line asked for (a header joined in twice by a concatenation is one copy). */
const COPIES = 2;
/** Lines, not copies, asked to hold one of the first line's cells in its column. */
const MET = 2;
/** Share of a column's values (outside the copies) that are numbers, over which a word is the column's name. */
const NUMERIC = 0.9;

/**
 * True when the first line of `text` from offset `start` (2 cells or more at `delimiter`) recurs word for word
 * COPIES times or more in the lines after it, and some cell of it stands in its own column in MET lines or more that
 * are not copies (`Dit<TAB>Pron` again 7 times among 7,000 token lines, `Pron` the tag of 529 other lines). why: a
 * tagged corpus (one token and its tag per line: mbtserver's `eindh.data`) repeats common pairs, its first among
 * them; read as names, its every recurrence was a `header-repeated` error and its first record lost. Exports joined
 * with their headers repeat names that are never values of their own columns. why lines, not the header's rows: those
 * are the first 60, too few to meet a copy. Refused: a first line with no copy or one copy (files joined once), names
 * met as values only in the copies, a word over a column of numbers (a page header), a one-cell line (a list's
 * entries recur), the space delimiter (words of prose).
 */
export function recurringFirstRecord(text: string, start: number, delimiter: string): boolean {
  if (delimiter === " " || delimiter === "") return false;
  const lines = text.slice(start).split(/\r\n|\n|\r/);
  const first = lines[0].trimEnd();
  const head = first.split(delimiter);
  if (head.length < 2) return false;
  const others = lines.slice(1).filter((l) => l.trimEnd() !== first);
  if (lines.length - 1 - others.length < COPIES) return false;
  const cut = others.map((l) => l.split(delimiter));
  // why: a page header repeated (`Item<TAB>Unit<TAB>Qty`, `Unit` also a value of its column) names a column of
  // numbers with a word; a token corpus's pairs are words over words
  if (head.some((cell, c) => wordOverNumbers(cell, cut.map((cells) => cells[c])))) return false;
  return head.some((cell, c) => cell.trim() !== "" && cut.filter((cells) => cells[c] === cell).length >= MET);
}

/** True when `cell` is no number and nearly all of the column's non-empty `values` are (a name over counts). */
function wordOverNumbers(cell: string, values: (string | undefined)[]): boolean {
  if (PLAIN_NUMBER.test(cell.trim())) return false;
  const filled = values.map((v) => (v ?? "").trim()).filter((v) => v !== "");
  return filled.length >= MET && filled.filter((v) => PLAIN_NUMBER.test(v)).length >= NUMERIC * filled.length;
}
