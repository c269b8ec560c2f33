// A first line of numbers and then a title, wider than the grid of numbers below it: a preamble, not the header.
import type { Row } from "./header.js";
import { PLAIN_NUMBER } from "./number.js";
import { unicodeOrAscii } from "../lazy.js";

/** Number rows the grid must hold below the line. */
const MIN_RECORDS = 20;
/** A letter in any script. why unicodeOrAscii: a module-level \p{…} literal is expanded at load (src/lazy.ts). */
const LETTER = unicodeOrAscii(String.raw`\p{L}`, "u");

const blank = (r: Row): boolean => r.cells.every((c) => c.trim() === "");
const numbers = (r: Row): boolean => r.cells.every((c) => PLAIN_NUMBER.test(c));
const word = (c: string): boolean => LETTER.test(c) && !PLAIN_NUMBER.test(c);

/**
 * 1 when the first line, split at runs of blanks, opens with a plain number, holds a word after it, and has 2 or
 * more parts than `width` (2 or more), and every other row (blank and comment rows aside, MIN_RECORDS or more) holds
 * `width` plain numbers, but the last that may hold fewer (a series wrapped at `width` values a line); else 0.
 * why: a powder pattern (objcryst-fox's `xray.dat`) writes its scan's start, step and end and then its title on one
 * line (`10.000 0.025 160.000 PbSO4 XrayDif (Rietveld Round Robin, …`) above 600 lines of 10 counts; that line was
 * taken for a header of 12 names, and every record was `row-missing-cells`. A header opens with a name, not a
 * number, and a record of this grid holds no word.
 * why the line split at blanks: the sniffer's rows keep `Robin, R.J.` as one cell, the parser reads two.
 * why 2 parts more: a header with one name more than the rows (a row-names or total column) is read as before.
 * Refused: a first line of numbers only (a ragged first record, reported as such), one led by a word (a header),
 * one no more than 1 part wider than the grid, a text cell in the grid, a short row above its last, fewer than 20
 * rows, another delimiter than spaces (the caller passes no line).
 */
export function numbersAndTitleLine(rows: Row[], width: number, commented: (r: Row) => boolean, line: string | null): number {
  if (line === null || width < 2 || rows.length === 0 || commented(rows[0])) return 0;
  const parts = line.trim().split(/\s+/);
  if (parts.length < width + 2 || !PLAIN_NUMBER.test(parts[0]) || !parts.slice(1).some(word)) return 0;
  const body = rows.slice(1).filter((r) => !blank(r) && !commented(r));
  if (body.length < MIN_RECORDS || !body.every(numbers)) return 0;
  const last = body.length - 1;
  // why the last row may be short: a series written `width` values a line ends where it ends
  return body.every((r, i) => r.cells.length === width || (i === last && r.cells.length < width)) ? 1 : 0;
}
