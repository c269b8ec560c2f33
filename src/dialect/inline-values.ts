// Whether the inline notes a row loses could be its own text: one word after one space and the mark (`Apt # B`), or glued to it (`Room  #4`).
import { lazyRegExp } from "../lazy.js";

/** Lines of the sample read. */
const MAX_LINES = 2000;

// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
// why a word of letters, not any letter: hex codes hold letters too (`[*02A7.0020.0002] # AMPERSAND`, `FB01 # Nushu`
// in Unicode's collation keys), and a note after a code is plainly a note
const WORD = lazyRegExp("(?:^|\\s)\\p{L}[\\p{L}.'’-]*(?=\\s|$)", "u");
const LETTER = lazyRegExp("\\p{L}", "u");
const GLUED = lazyRegExp("^[\\p{L}\\p{N}]", "u");
/**
 * An address a unit or number after `#` belongs to: a house number then words (`12 Main St`, `7 Ash Rd`), or a cell
 * ending in a unit word (`Apt`, `Suite`, `Room`). why not any word: `open  # P1`, `fast  # v2`, `fixed  # 1234`
 * (priorities, versions, issue numbers) are notes after a word; an address is what a number sign follows.
 */
const ADDRESS_CELL = lazyRegExp(
  "(?:^\\s*\\d+[\\p{L}\\d/-]*(?:\\s+\\p{L}[\\p{L}.'’-]*)+|(?:^|\\s)(?:apt|apartment|suite|ste|room|rm|unit|floor|fl|bldg|building|flat|box)\\.?)$",
  "iu",
);
/** What a number sign points at: one capital (`B`) or a short token holding a digit (`4`, `12A`, `2-B`). */
const UNIT_MARK = lazyRegExp("^(?:\\p{Lu}|(?=[\\p{L}\\p{N}-]*\\p{N})[\\p{L}\\p{N}-]{1,6})$", "u");

/** The cell a row's text ends in (after its last `,`, `;`, `|` or TAB): what the mark would cut a value from. */
const cellBefore = (text: string): string => /[^,;|\t]*$/.exec(text)![0];

/** A marker word a coder glues to the mark (`#TODO`, `#FIXME`): a note, not a value. */
const MARKER = /^(?:TODO|FIXME|XXX|NOTE|HACK|BUG|TBD)\b/;

/**
 * Whether a cut note (the blanks before the mark, the text after it, its end trimmed) reads like a value, and which
 * cell before the mark it needs: one word after one space and at most one blank (`St # B`, after a word of letters),
 * or a token of a letter or digit glued to the mark after any blanks (`Room  #4`, `Room  #4 #5`, `fun<TAB>#summer`,
 * after a cell holding a letter: `(Annex)  #4`, `Room2  #12`), or after padding, `# ` and one capital or short token
 * holding a digit (`12 Main St  # B`, `Room  # 12A`), after an address (a house number then words, or a unit word).
 * why glued after padding too: notes are written `# text` (0 of the 48 files of the corpora and /usr/share read with
 * inline notes glue a note's word to the mark after a text cell), while a number sign, a unit or a hashtag is glued;
 * why the end trimmed: a trailing blank (`Room  #4 `) is no second word. What it refuses: a marker word (`#TODO`,
 * `#FIXME`: a coder's note), a ruler (`#----`), a glued token after a cell with no letter (DuckDB's `6;7    #test`).
 */
function valueLike(blanks: string, raw: string): RegExp | null {
  const note = raw.trimEnd();
  if (MARKER.test(note.trimStart())) return null;
  if (blanks === " " && /^ ?\S+$/.test(note)) return WORD();
  // why after padding too: `12 Main St  # B` is an address's unit cut off; dcmtk's notes (`PN []    # PatientName`) and
  // a services list's (`web,80  # http`) are words, or stand after a cell that is no address (`open  # P1`, `web,80  # 2`)
  if (/^ \S+$/.test(note) && UNIT_MARK().test(note.slice(1))) return ADDRESS_CELL();
  return GLUED().test(note) ? LETTER() : null;
}

/**
 * Whether the note cut after `blanks` and the mark (`note`, the rest of the line) reads like a value cut from the cell
 * `before` ends in (see valueLike). The parser asks it too, for the lines past the ones the sniffer judged.
 */
export function cutLooksLikeValue(before: string, blanks: string, note: string): boolean {
  const cell = valueLike(blanks, note);
  return cell !== null && cell.test(cellBefore(before));
}

/**
 * How many of the text's lines inlineValueNotes judged whole: the parser judges the lines after them. why one less
 * than it read: the sample's last line may be cut short, and the parser sees it whole.
 */
export function inlineJudgedLines(text: string): number {
  return Math.max(0, text.split(/\r\n|\n|\r/, MAX_LINES).length - 1);
}

/** What the sniffer reports of the value-like notes it cuts: how many lines, and the first of them (1-based). */
export interface InlineValues { lines: number; line: number; value: string }

/**
 * The lines of the sample whose inline note (as the parser cuts it: after a TAB or two spaces, or one blank with
 * `spaced`) reads like a value cut from its cell, or null when none does (see valueLike), where the cell before the
 * mark holds a word of letters, or a letter for a glued value (`12 Main St # B`, `Room  #4`: one text cut in two).
 * why: a word after `#` is also an address's unit, a number sign or a hashtag, and cut as a note the cell lost it
 * with no word; what it refuses (plainly notes, never warned): a word (not a lone capital) after padding and `# ` (`web,80  # http`,
 * `PN []    # PatientName` in dcmtk's dumps) or after a TAB and `# ` (`…,45<TAB># Somalia`); a note after a cell
 * with no word of letters (`6;7    #test`, `web,80 # http`, `FB01 # Nushu`); a lone capital or number after padding
 * and `# ` when the cell before is no address (`web,80  # 2`, `open  # P1`, `fast  # v2`, `fixed  # 1234`); a note of several words
 * (`# L&  [26] LATIN CAPITAL…`); a mark followed by two blanks or more (`2ADC    #  FORKING`: the note's own layout).
 * Lines starting with the mark and lines holding a `"` are not cut, nor a mark with no blank before it (`C#`).
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
    if (!m || !cutLooksLikeValue(l.slice(0, m.index), m[1], m[2])) continue;
    if (found) found.lines++;
    else found = { lines: 1, line: i + 1, value: l.trim() };
  }
  return found;
}
