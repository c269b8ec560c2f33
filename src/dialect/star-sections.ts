// Whether `*` lines open the sections of a table (`* bullet_atlas_1.png size 2048 2048` above each block of rows).
import { isCommentLine } from "./comment.js";

/** Rows (lines not marked) needed in all: fewer tell no table from a short list. */
const MIN_ROWS = 5;

/**
 * True when the lines' first filled line is a `*` line, every `*` line is the mark, a blank and text (`* name size W
 * H`), there are 2 or more of them (or 1 above 5 rows or more, the file's title), and every one is followed by a
 * line that is not marked (a section holds rows). why: freedroidrpg-data's sprite atlases open each section so
 * (122 atlases, 241 such lines); with no mark read the first was a preamble and every later one a false
 * `row-missing-cells` (5 cells among rows of 8). Only then is `*` tried as a comment mark, and the table fit still
 * decides (a `*` line of the rows' width stays a row). Refused: a `*` glued to text (`*.log`, `*Operator`), a
 * first line that is a row (a `*` among values, a footnote mark lower down), two `*` lines in a row (a bulleted
 * list), fewer than 5 rows.
 */
export function starSections(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length === 0 || !filled[0].startsWith("* ")) return false;
  const marked = filled.map((l) => isCommentLine(l, "*"));
  if (filled.filter((_, i) => !marked[i]).length < MIN_ROWS) return false;
  return filled.every((l, i) => !marked[i] || (/^\* \S/.test(l) && i + 1 < filled.length && !marked[i + 1]));
}
