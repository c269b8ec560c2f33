// Finds a block of `%` notes at the top of a file (TeX's `filecontents` banner, MATLAB/Octave notes) above rows with no `%`.
import { isCommentLine } from "./comment.js";
import { withoutPercentFooter } from "./percent-trailer.js";

/** The mark of such notes: TeX, MATLAB, Octave. why not among the comment candidates: `%` opens cells too (`%CPU`). */
export const PERCENT = "%";
/** Notes needed in the block: one `%` line is as likely a header (`% X1 X2 Y1 Y2`) as a note. */
const MIN_NOTES = 2;
/** Rows needed under the block. */
const MIN_ROWS = 2;

/**
 * True when the first non-blank lines are 2 or more lines that start with `%`, and 2 or more non-blank lines follow,
 * none of them holding a `%` anywhere (`%% LaTeX2e file `data1.dat'` … `%%` above `256.4912 0.0674`). why no `%`
 * below: a percent in a row (`-10%  11.68`, `50%`) would make the mark a cell's text, and the notes are then left
 * to the other rules. In a whole text, a closing block of `%` lines (docstrip's `%% End of file` footer) is notes too
 * and is not among the rows (see percent-trailer.ts).
 */
export function percentLead(sample: string, complete = false): boolean {
  const lines = sample.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
  let notes = 0;
  while (notes < lines.length && isCommentLine(lines[notes], PERCENT)) notes++;
  // why a whole text only: docstrip's footer (`%% End of file …`) closes the file; `%` lines where a sample is cut
  // off are not known to close anything
  const rest = (complete && notes < lines.length ? withoutPercentFooter(lines.slice(notes)) : null) ?? lines.slice(notes);
  return notes >= MIN_NOTES && rest.length >= MIN_ROWS && !rest.some((l) => l.includes(PERCENT));
}
