// Whether a whole file's last line is an end mark closing its table (`#end`, `END`, `eof`): a word that is no record.
import type { Candidate } from "./consistency.js";
import { COMMENT_CANDIDATES, isCommentLine, lineWidth } from "./comment.js";
import { modalWidth } from "./columns.js";

/** Rows above the end line read to learn the table's width, and the fewest that make a table. */
const TAIL_LINES = 40;
const MIN_ROWS = 3;

/**
 * An end mark: `end`, `eof` or `__end__` in any case, alone or glued to a comment mark (`#end`, `//EOF`), then nothing
 * or a blank and a note in a comment mark (`#end<TAB>// EOF !!!`, libghemical's parameter files).
 */
export function isEndMark(line: string): boolean {
  const m = /^(?:#|\/\/|;|!|%)?(?:end|eof|__end__)(?:[ \t]+(.*))?$/i.exec(line.trim());
  return m !== null && (m[1] === undefined || COMMENT_CANDIDATES.some((c) => m[1].startsWith(c)));
}

/**
 * True when, of the lines (a whole file), the only ones marked with `c` are an end mark that is the last line, and
 * another mark opens notes elsewhere in the file. why: the parser skips one comment mark; libghemical's
 * `param_mm/*\/parameters*.txt` put `//` notes above a space table and close it with `#end`, and with `#` taken for
 * the comment mark (tried first) the `//` notes were read as the header and records (up to 132 `row-missing-cells`).
 * Refused: a `#` line anywhere else, or no other mark (then `#` is the mark, as on main, and the end line a note).
 */
export function endMarkOnly(lines: string[], c: string): boolean {
  const last = lastFilled(lines);
  if (last < 0 || !isCommentLine(lines[last], c) || !isEndMark(lines[last])) return false;
  if (lines.some((l, i) => i !== last && isCommentLine(l, c))) return false;
  return COMMENT_CANDIDATES.some((o) => o !== c && !c.startsWith(o) && lines.some((l, i) => i !== last && isCommentLine(l, o)));
}

/**
 * The 1-based line of the text's last line when it is an end mark closing a table (records start at the 0-based line
 * `firstRecord`), else null: the last line is an end mark (isEndMark), not a comment line, and of the rows above it
 * (comment lines and blank lines left out) 9 in 10 or more have one width of 2 or more, and none opens with an end
 * word. why: libghemical's `param_sf/*.txt` close rows of 9 values with `end`, read as a record of one cell (a false
 * `row-missing-cells`). Refused, so a short last row stays loud: a one-column list (`END` may be an entry), a
 * ragged table, an end word among the rows' first cells (`end 4 5` keys a row: a cut one would be read as the mark),
 * anything else on the line (`END 12`), lines below it, a delimited table (trailerLine's refusal of a lone `END` under
 * comma rows stands: there a cell cut from its row cannot be told from the mark by width alone).
 */
export function endMarkLine(text: string, d: Candidate, firstRecord: number, comment: string | null): number | null {
  if (d.delimiter !== " ") return null;
  const lines = text.split(/\r\n|\n|\r/);
  const last = lastFilled(lines);
  if (last < firstRecord + MIN_ROWS || !isEndMark(lines[last])) return null;
  if (comment !== null && isCommentLine(lines[last], comment)) return null;
  const rows = lines.slice(firstRecord, last).filter((l) => l.trim() !== "" && !(comment !== null && isCommentLine(l, comment))).slice(-TAIL_LINES);
  if (rows.length < MIN_ROWS || rows.some((l) => isEndMark(l.trim().split(/[\s,;|]/)[0]))) return null;
  const widths = rows.map((l) => lineWidth(l, d));
  const width = modalWidth(widths);
  if (width < 2 || widths.filter((w) => w === width).length < rows.length * 0.9) return null;
  return last + 1;
}

/**
 * The text without its last line when that line is an end mark (blank lines after it go too), for scoring the
 * delimiter. why: a one-cell `#end` under a few rows of five values weighs against the space delimiter, and a small
 * table closed so was read as one column. The parser still reads the line (endMarkLine then skips it).
 */
export function withoutEndMark(text: string, comment: string | null): string {
  const lines = text.split(/\r\n|\n|\r/);
  const last = lastFilled(lines);
  if (last < 1 || !isEndMark(lines[last]) || (comment !== null && isCommentLine(lines[last], comment))) return text;
  return lines.slice(0, last).join("\n");
}

function lastFilled(lines: string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && lines[i].trim() === "") i--;
  return i;
}
