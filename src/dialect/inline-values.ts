// Whether the inline notes a row loses could be its own text: one word after spaces and the mark (`Apt # B`, `Room  #4`).

/** Lines of the sample read. */
const MAX_LINES = 2000;

/** What the sniffer reports of the value-like notes it cuts: how many lines, and the first of them (1-based). */
export interface InlineValues { lines: number; line: number; value: string }

/**
 * The lines of the sample whose inline note (as the parser cuts it: after a TAB or two spaces, or one blank with
 * `spaced`) reads like a value, or null when none does: spaces only before the mark (no TAB), at most one space after
 * it, then one word (`12 Main St # B`, `Room  #4`).
 * why: a word after `#` is also an address's unit or a number sign, and cut as a note the cell lost it with no word;
 * what it refuses (plainly notes, never warned): a note after a TAB (`…,45<TAB><TAB># Somalia`: a column of notes
 * aligned by TABs), a note of several words (`# L&  [26] LATIN CAPITAL…`), a mark followed by two blanks or more
 * (`2ADC    #  FORKING`: the note's own layout). Lines starting with the mark and lines holding a `"` are not cut.
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
    if (!m || m[1].includes("\t") || !/^ ?\S+$/.test(m[2])) continue;
    if (found) found.lines++;
    else found = { lines: 1, line: i + 1, value: l.trim() };
  }
  return found;
}
