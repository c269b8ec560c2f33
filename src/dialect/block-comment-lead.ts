// A C block comment (`/* … */`, a licence notice) at the top of the text, above the table.

/** Most lines the block may hold: a notice, not a file of its own. */
const MAX_LINES = 200;

/**
 * The number of lines through the block's closing line (and the blank lines under it) when the text's first
 * non-blank line opens a C block comment (`/*`) and a later line, within MAX_LINES, is the first to hold the closing
 * mark (a star, then a slash) and ends with it; else null.
 * why: simulide's register maps (`EEARH EQU 31`, 65 lines of 3 cells) sit under an 18-line licence notice written
 * ` *   This program is free software; …  *`; the notice's words, many to a line, outvoted the space delimiter and
 * every line was read as one cell, without a word. The notice's lines are no table's, whatever they hold.
 * Refused (left to the sniffer as before): a first line not opening a block (a table's cell `/*.txt` further down
 * included), a block closed on its opening line (a one-line note the sniffer weighs like any title), a closing mark
 * with text after it on its line (a row may follow it there), no closing line within MAX_LINES lines, nothing under it,
 * another block opened under it in the lines read (source code: a shader's notes between its statements, whose `;`
 * ends read as a quiet two-column table once the first notice was left out).
 * @param lines the sample's lines (whole lines only), from the first
 */
export function blockCommentLead(lines: string[]): number | null {
  let open = 0;
  while (open < lines.length && lines[open].trim() === "") open++;
  if (!lines[open]?.trimStart().startsWith("/*") || lines[open].includes("*/")) return null;
  let close = open + 1;
  while (close < lines.length && close - open <= MAX_LINES && !lines[close].includes("*/")) close++;
  if (close >= lines.length || close - open > MAX_LINES || !lines[close].trimEnd().endsWith("*/")) return null;
  let end = close + 1;
  while (end < lines.length && lines[end].trim() === "") end++;
  if (lines.slice(end).some((l) => l.trimStart().startsWith("/*"))) return null;
  return end < lines.length ? end : null;
}
