// Lines of text above a block of number rows that runs to the end: a program's header block, not the table's header.
import type { Row } from "./header.js";
import { PLAIN_NUMBER } from "./number.js";
import { unicodeOrAscii } from "../lazy.js";

/** Number rows the block must hold. */
const MIN_RECORDS = 20;
/** Lines of text above it (comment lines aside) that may be called a preamble. */
const MAX_LEAD = 30;
/** A letter in any script. why unicodeOrAscii: a module-level \p{…} literal is expanded at load (src/lazy.ts). */
const LETTER = unicodeOrAscii(String.raw`\p{L}`, "u");

const numberRow = (r: Row, width: number): boolean => r.cells.length === width && r.cells.every((c) => PLAIN_NUMBER.test(c));
const namesRow = (r: Row, width: number): boolean => r.cells.length === width && r.cells.every((c) => LETTER.test(c) && !PLAIN_NUMBER.test(c));
const blank = (r: Row): boolean => r.cells.every((c) => c.trim() === "");

/**
 * The rows above the block (its first row's index, or the one above it when that row has the table's width) when the rows read end in MIN_RECORDS rows or more of `width`
 * (2 or more) plain numbers, and every row above them (2 to MAX_LEAD, blank and comment rows aside) holds a letter;
 * else 0. why: FEFF's `feff0001.dat` writes 19 lines of `name:`, `Abs Z=30 Rmt= 1.203 …`, atom positions and a column
 * line `k real[2*phc] … red factor …` (8 words for 7 columns) above its rows of 7 numbers; its first line, wider than
 * the table, ended the preamble loop at once, became the header, and every record was "row-missing-cells". Skipped
 * as a preamble it is one warning. Refused: a row of numbers only above the block (a ragged record, reported as such),
 * fewer than 2 or more than 30 lines above, a row of names of the table's width above the line right over the
 * block (a header over units or notes), fewer than 20 number rows, a text cell among them (a text column: the
 * header sniffer's own case), a width of 1.
 */
export function textAboveNumbers(rows: Row[], width: number, commented: (r: Row) => boolean): number {
  if (width < 2) return 0;
  let end = rows.length;
  while (end > 0 && blank(rows[end - 1])) end--;
  let s = end;
  while (s > 0 && numberRow(rows[s - 1], width)) s--;
  if (end - s < MIN_RECORDS || s === 0) return 0;
  const lead = rows.slice(0, s).filter((r) => !blank(r) && !commented(r));
  if (lead.length < 2 || lead.length > MAX_LEAD) return 0;
  if (!lead.every((r) => r.cells.some((c) => LETTER.test(c)))) return 0;
  // why: a row of the table's width in names only, higher than the line right above the block, is the table's header
  // (names over a units row `s,degC,hPa`; `year;region;value` over a blank and a `Source:` line); skipped, the names
  // were lost and the units read as them. The header sniffer reads those as before
  if (rows.slice(0, s - 1).some((r) => !commented(r) && namesRow(r, width))) return 0;
  // why the line right above when it has the table's width: that is the block's header, judged as any header is
  return rows[s - 1].cells.length === width ? s - 1 : s;
}
