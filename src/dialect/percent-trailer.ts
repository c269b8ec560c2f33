// Finds `%` notes both above a table and below its last row: docstrip's banner and its `%% End of file` footer.
import { isCommentLine } from "./comment.js";

/** The mark of TeX's notes (see percent-lead.ts, which imports this file). */
const PERCENT = "%";
/** Notes needed above the rows: one `%` line is as likely a header as a note (as in percentLead). */
const MIN_NOTES = 2;
/** Lines needed between the notes: a header and two rows. */
const MIN_ROWS = 3;

/**
 * The non-blank lines without their closing block of `%`-led lines (`%%`, `%% End of file `colours.csv'.`) when the
 * last one is such a line, else null. why: docstrip closes each file it writes with that footer.
 */
export function withoutPercentFooter(lines: string[]): string[] | null {
  const filled = lines.filter((l) => l.trim() !== "");
  let end = filled.length;
  while (end > 0 && isCommentLine(filled[end - 1], PERCENT)) end--;
  return end < filled.length ? filled.slice(0, end) : null;
}

/**
 * True when the whole text's first `skipRows` lines (the preamble the sniff found) are 2 or more `%` notes and blank
 * lines, its last non-blank lines are `%` notes too (a docstrip footer), and the 3 or more lines between them hold
 * no line led by `%`. why: TeX's docstrip writes its banner above a generated data file and a footer below it; the
 * banner was skipped as a preamble, but the footer was read as records of one cell (3 false `row-missing-cells` on
 * tagpdf's `tagpdf-parent-child-2.csv`). Refused: a `%`-led line among the rows (a cell such as `%CPU` opening a
 * record: the mark is then text), notes below without notes above, a text not read whole (its end is not seen).
 */
export function percentAroundRows(text: string, skipRows: number, complete: boolean): boolean {
  if (!complete || skipRows < MIN_NOTES) return false;
  const lines = text.split(/\r\n|\n|\r/);
  const notes = lines.slice(0, skipRows).filter((l) => l.trim() !== "");
  if (notes.length < MIN_NOTES || !notes.every((l) => isCommentLine(l, PERCENT))) return false;
  const rows = withoutPercentFooter(lines.slice(skipRows));
  return rows !== null && rows.length >= MIN_ROWS && !rows.some((l) => isCommentLine(l, PERCENT));
}
