// Whether a space-sniffed text parts its values by spaces on some lines and by TABs on others (one table, two editors).

import { modalShare } from "./space-runs.js";

/** Lines that must part their values each way: fewer is a stray TAB or a stray run of spaces. */
const MIN_EACH = 2;

/**
 * True when runs of blanks (spaces and TABs together) read every line (but 1 in 100) at one width of 2 or more, at
 * least 2 lines part their values by spaces only and 2 by TABs only, and single spaces read fewer lines at one width.
 * why: OCCT's `MigrationSheet.txt` pads `TDataStd_Shape          TDataXtd_Shape` with spaces on its first lines and
 * `PDataStd_Shape<TAB><TAB>PDataXtd_Shape` with TABs below; with one line of a single space, spaces alone padded too
 * few lines to count as aligned, and read at single spaces every line was a ragged error (whitespace mode reads a TAB
 * as a space). Refused: runs of blanks giving several widths (prose, ragged rows), a width of 1, TABs or spaces on
 * fewer than 2 lines each (a stray TAB in a cell), a text that single spaces read as evenly.
 */
export function mixedBlanks(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  const runs = lines.map((l) => l.trim().split(/[ \t]+/).length);
  const even = modalShare(runs);
  // why both shares: at 99 in 100 lines of one width and of 2 cells or more, that width is 2 or more
  if (even < 0.99 || runs.filter((w) => w >= 2).length < runs.length * 0.99) return false;
  // why trimmed: a TAB or space left at a line's end parts no values
  const inner = lines.map((l) => l.trim());
  const bySpaces = inner.filter((l) => / /.test(l) && !l.includes("\t")).length;
  const byTabs = inner.filter((l) => l.includes("\t") && !/ /.test(l)).length;
  if (bySpaces < MIN_EACH || byTabs < MIN_EACH) return false;
  return modalShare(lines.map((l) => l.split(" ").length)) < even;
}
