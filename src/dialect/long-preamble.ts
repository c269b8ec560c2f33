// A block of one-cell lines longer than the header sniffer's preamble window, above a table of one width (GEO SOFT).
import { isCommentLine } from "./comment.js";

/** Lines the block must exceed: shorter blocks are preambleRows' (header.ts, MAX_PREAMBLE). */
const MIN_LINES = 30;
/** Records of the table's width the block must stand above, in the text read. */
const MIN_RECORDS = 20;
/** A line a metadata block writes: led by a mark, not a letter, digit or sign (`!Sample_title = …`, `^SAMPLE = …`). */
const MARKED = /^[!^#%@$&*~;]/;

/**
 * Whether the block's lines (non-blank, not comments) read as metadata: each led by a mark, half or more holding
 * ` = ` (a key and its value). why: one-cell records under a one-cell header (`email` over addresses) are lines of one
 * cell too; a table that gains a second column past 30 of them is ragged, not under a preamble.
 */
const metadata = (block: string[]): boolean =>
  block.every((l) => MARKED.test(l.trimStart())) && block.filter((l) => / = ?/.test(l)).length * 2 >= block.length;

/**
 * The number of lines above a table's first line when the text opens with more than 30 lines of one cell each (no
 * delimiter; comment lines count, blank lines do not; not comment lines only), then a line of 2 cells or more, then
 * at least 20 records, every one of that line's width but the last; else 0.
 * why: GEO SOFT files hold 38 to 104 `!Sample_title = …` / `^SAMPLE = …` lines above `!sample_table_begin` and the
 * TAB table; past the 30 lines the header sniffer weighs, the first line was read as a one-cell header and every
 * record was "row-extra-cells". What it refuses (today's reading kept): a delimiter of spaces, a quote in the lines
 * read (a quoted cell may hold the delimiter), a line with a delimiter in the block, a block line led by a letter,
 * digit or sign or a block mostly without ` = ` (one-cell records: `email` over addresses, then `addr,name` records),
 * a record of another width under the table's first line (a ragged table is reported as such), fewer than 20 records.
 */
export function longPreamble(text: string, delimiter: string, comment: string | null): number {
  if (delimiter === "" || delimiter === " " || text.includes('"')) return 0;
  const lines = text.split(/\r\n|\n|\r/);
  const skipped = (l: string): boolean => l.trim() === "" || (comment !== null && isCommentLine(l, comment));
  let k = 0;
  // why comment lines counted: the header sniffer's window counts them too; a block of them only is skipped anyway
  let block = 0;
  let notes = 0;
  for (; k < lines.length && (skipped(lines[k]) || !lines[k].includes(delimiter)); k++) {
    if (lines[k].trim() !== "") block++;
    if (skipped(lines[k])) notes++;
  }
  if (block <= MIN_LINES || notes === k || k >= lines.length) return 0;
  if (!metadata(lines.slice(0, k).filter((l) => !skipped(l)))) return 0;
  const width = lines[k].split(delimiter).length;
  // why the last line left out: a sample may end inside a line, and a file in a one-cell end mark (`!sample_table_end`)
  const records = lines.slice(k + 1).filter((l) => !skipped(l)).slice(0, -1);
  if (records.length < MIN_RECORDS || records.some((l) => l.split(delimiter).length !== width)) return 0;
  return k;
}
