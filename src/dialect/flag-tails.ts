// Whether a text's commas only join the numbers of a word's `/` tail (Hunspell's numeric flags: `Gorozika/23,1`).
import { lazyRegExp } from "../lazy.js";
import { countLine } from "./count-line.js";

/** A word, `/`, then numbers joined by commas: the one token of a line (`-haragizta/1002,2,1`). */
// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
const TAIL = lazyRegExp("^[^\\s/,]*\\p{L}[^\\s/,]*/\\d+(?:,\\d+)+$", "u");
/** A line holding no comma, no blank: a bare word or `word/flags` of one number or of letters (`abade`, `ñaño/9`). */
const BARE = /^[^\s,]+$/;

/**
 * True when the first line counts the lines below it (countLine: within 1 % in a whole file, at least as many in a
 * sample) and, of the first 1,000 non-blank lines after it, 9 in 10 are one token, 20 or more of them a word whose `/`
 * tail is numbers joined by commas (TAIL), and those tails hold 2 counts of commas or more (`23,1` and `1002,2,1`).
 * why: a Hunspell dictionary with numeric flag aliases (`FLAG num`) was read at `,` (98 % of its lines two cells), its
 * count line a one-cell record setting the width, then every line row-extra-cells; its commas are inside one token,
 * never between words. The list is one column.
 * why the count line: a `.dic` has it and a table has not; a `,` table keyed by a code holding a `/` (bins
 * `A1/04,10017,38`, stations `WX/12`, routes `bus3/1`) with one short row shows tails of 2 widths too, and read as one
 * column it lost its columns and its row-missing-cells silently. Bare words are no test: a real list is 98 % tails.
 * Refused: a first line that is not that count (a header, a record), a blank in 1 line in 10 or more (a table of
 * text), a tail without a letter before the `/` (`12/2020,5`: a date then a count), tails of one width only (a `,`
 * table whose first cell holds a `/`), fewer than 20 tails.
 */
export function commasInFlagTails(full: string, complete = true): boolean {
  if (!countLine(full, complete, null)) return false;
  const lines = full.split(/\r\n|\n|\r/, 1001).slice(1).map((l) => l.trim()).filter((l) => l !== "");
  const tails = lines.filter((l) => TAIL().test(l));
  if (tails.length < 20 || (tails.length + lines.filter((l) => BARE.test(l)).length) < lines.length * 0.9) return false;
  return new Set(tails.map((t) => t.split(",").length)).size >= 2 && wordsOnce(tails);
}

/**
 * 9 in 10 of the tails' stems (before the `/`) are met once. why: a dictionary lists each word once (Basque: 967
 * stems in 979 tails); a table's key of a group and a number repeats its group (`A1/01` … `A1/10`, `WX/01` …), and
 * with a count line above it and a short row it was read as one column, silently. Refused: a `/` key whose groups
 * are all distinct (`ABC/2020`, `DEF/2021`): still read as one column.
 */
function wordsOnce(tails: string[]): boolean {
  return new Set(tails.map((t) => t.slice(0, t.indexOf("/")))).size >= tails.length * 0.9;
}
