// Whether the inline notes a row loses could be its own text: one word after one space and the mark (`Apt # B`).
import { lazyRegExp } from "../lazy.js";

/** Lines of the sample read. */
const MAX_LINES = 2000;

// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
const LETTER = lazyRegExp("\\p{L}", "u");

/** The cell a row's text ends in (after its last `,`, `;`, `|` or TAB): what the mark would cut a value from. */
const cellBefore = (text: string): string => /[^,;|\t]*$/.exec(text)![0];

/** What the sniffer reports of the value-like notes it cuts: how many lines, and the first of them (1-based). */
export interface InlineValues { lines: number; line: number; value: string }

/**
 * The lines of the sample whose inline note (as the parser cuts it: after a TAB or two spaces, or one blank with
 * `spaced`) reads like a value cut from its cell, or null when none does: one space before the mark, at most one
 * after it, then one word, where the cell before the mark holds a letter (`12 Main St # B`: one text cut in two).
 * why: a word after `#` is also an address's unit or a number sign, and cut as a note the cell lost it with no word;
 * what it refuses (plainly notes, never warned): a note after padding, two spaces or more (`web,80  # http`,
 * `6;7    #test`: the row's cells end, then the note, and `Room  #4` is read so too) or a TAB (`…,45<TAB># Somalia`);
 * a note after a cell with no letter (`web,80 # http`: a number ends there); a note of several words
 * (`# L&  [26] LATIN CAPITAL…`); a mark followed by two blanks or more (`2ADC    #  FORKING`: the note's own layout).
 * Lines starting with the mark and lines holding a `"` are not cut.
 */
export function inlineValueNotes(text: string, c: string, spaced: boolean): InlineValues | null {
  // why one blank only before a mark then a blank or the end, in the spaced form: the parser keeps `Suite #C` whole
  const wide = `[\\t ]*(?:\\t| {2})`;
  const at = new RegExp(spaced ? `(${wide}|[\\t ](?=\\${c}(?:[ \\t]|$)))\\${c}(.*)$` : `(${wide})\\${c}(.*)$`);
  const lines = text.split(/\r\n|\n|\r/, MAX_LINES);
  let found: InlineValues | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.trimStart().startsWith(c) || l.includes('"')) continue;
    const m = at.exec(l);
    if (!m || m[1] !== " " || !/^ ?\S+$/.test(m[2]) || !LETTER().test(cellBefore(l.slice(0, m.index)))) continue;
    if (found) found.lines++;
    else found = { lines: 1, line: i + 1, value: l.trim() };
  }
  return found;
}
