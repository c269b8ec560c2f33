// A block of comment lines at the top longer than the sniffer reads (a VCF's thousands of `##contig=` lines).
import { COMMENT_CANDIDATES, isCommentLine } from "./comment.js";

/** Lines at the end of such a block kept for the sniff: a commented header and the notes right above the records. */
export const KEPT_LINES = 20;
/** A block this long in lines is past what the comment sniffer reads (it reads 2,000 lines). */
const LONG_LINES = 1000;

/**
 * The mark and line count of a block of lines at the top that all start with one comment mark, when the block fills
 * half of the scoring window (`windowChars`) or LONG_LINES lines and a line of another kind follows it; else null.
 * why: the scorer and the comment sniffer read the first 64 KiB and 2,000 lines only, so under a longer block they
 * saw notes alone and read their words at spaces as the table (12 columns above 6-field BED rows: every record short).
 */
export function longCommentLead(sample: string, windowChars: number): { mark: string; lines: number } | null {
  const mark = COMMENT_CANDIDATES.find((c) => sample.startsWith(c));
  if (mark === undefined) return null;
  const re = /\r\n|\n|\r/g;
  let lines = 0;
  let start = 0;
  for (let m = re.exec(sample); m !== null; m = re.exec(sample)) {
    if (!isCommentLine(sample.slice(start, m.index), mark)) break;
    lines++;
    start = m.index + m[0].length;
  }
  const rest = sample.slice(start);
  if (rest.trim() === "" || isCommentLine(rest, mark)) return null;
  // why more lines than are kept: fewer would leave the sample as it is (a few very long notes are left alone)
  return lines > KEPT_LINES && (start > windowChars / 2 || lines >= LONG_LINES) ? { mark, lines } : null;
}
