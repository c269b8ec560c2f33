// Fixed-width column starts learned again on the lines under a skipped preamble, whose text hid a column boundary.
import { fixedColumns } from "./columns.js";
import { keepsEveryStart } from "./moved-start.js";

/**
 * The column starts the lines under the preamble give, when they keep every start the whole text gave and add some;
 * else the starts as they were. why: a gap must be blank on every line that reaches it, so a title above an aligned
 * table (`# Example Groove 2` over `36 x.....s.x...... Bassdrum`, its `E` where the rows leave a blank) hid the
 * boundary after `36`, and the number was read glued to the pattern in one cell with no word. why only added starts:
 * preamble lines can hide a boundary, or move one left over the rows' blanks (keepsEveryStart), never make one; a
 * reading that loses a start is another table, left alone.
 */
export function columnsUnderPreamble(text: string, skip: number, starts: number[] | null): number[] | null {
  if (starts === null || skip <= 0) return starts;
  const lines = text.split(/\r\n|\n|\r/, 1000 + skip).slice(skip);
  const under = fixedColumns(lines, false);
  const rows = lines.filter((l) => l.trim() !== "");
  if (under === null || under.length <= starts.length || !keepsEveryStart(rows, starts, under)) return starts;
  return under;
}
