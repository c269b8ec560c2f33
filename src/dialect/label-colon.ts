// Whether a picked `:` only ends a label before blank-parted numbers (`0:<TAB>  0   0   0<TAB><TAB>black`): blanks split the table.
import { PLAIN_NUMBER as NUMBER } from "./number.js";
import { lazyRegExp } from "../lazy.js";

/** Fewest labelled rows that show such a layout. */
const MIN_ROWS = 3;

/** Most lines above the rows that may lack the layout (a setting such as `scale:255`, a title). */
const MAX_LEAD = 2;

/** Fewest numbers after the label on each row. */
const MIN_NUMBERS = 2;

/** A label (no blank, no colon) closed by one `:`, then a blank, then the rest without a colon. */
const LABELLED = /^\s*([^\s:]+):[ \t]([^:]*)$/;

/** Two names parted by one `:` (`name: value`): a header naming a `:` table's two columns, no setting or title. */
const NAME_PAIR = lazyRegExp(String.raw`^\s*[^\s:]*\p{L}[^\s:]*[ \t]*:[ \t]*[^\s:]*\p{L}[^\s:]*\s*$`, "u");

/**
 * True when every line but at most the first 2 is a label closed by its one `:` and a blank, followed by blank-parted
 * cells of which 2 or more are numbers, and the whole lines split at runs of blanks into a steady width (3 rows or
 * more; see steadyWidth). why: ncurses' colour tables (`scale:255` above `0:<TAB>  0   0   0<TAB><TAB>black`,
 * `7:<TAB>229 229 229 <TAB><TAB>gray90`) were read at `:` with `scale`/`255` as the header and each row's RGB values
 * and name glued in one cell, silently: the one setting line fits `:` and no blank reading, and that outscored the
 * rows' steady width at blanks. Refused: a `:` glued to what follows (a time `12:30`, `a:b`), a second `:` on a row,
 * rows of text after the label (`name:<TAB>Ann Lee`, fewer than 2 numbers: a `key: value` list), ragged widths at
 * blanks, more than 2 other lines, such lines below the first row (a `:` table's own rows), or a lead line of two
 * names (`name: value` above `width: 800 600`). why the last: that line names the `:` columns of a clean `key: values`
 * list, and read at blanks it was skipped as a preamble and the label kept its `:` (`width:`), the header lost.
 */
export function labelColonRows(full: string, picked: string): boolean {
  if (picked !== ":") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  const first = lines.findIndex((l) => labelledNumbers(l));
  if (first < 0 || first > MAX_LEAD || lines.slice(0, first).some((l) => NAME_PAIR().test(l))) return false;
  const rows = lines.slice(first);
  if (rows.length < MIN_ROWS || !rows.every(labelledNumbers)) return false;
  return steadyWidth(rows.map(cells));
}

/**
 * One width of 3 or more, or two: the wider rows one cell longer, each ending in a word, the others in no word (a
 * name given to some rows only: xterm's 88 colours name their first 16, `15:<TAB>255 255 255<TAB><TAB>white` above
 * `16:<TAB>  0   0   0`).
 */
function steadyWidth(rows: string[][]): boolean {
  const wide = Math.max(...rows.map((r) => r.length));
  const word = (r: string[]): boolean => /\p{L}/u.test(r[r.length - 1]);
  return wide >= 3 && rows.every((r) => r.length === wide || (r.length === wide - 1 && wide > 3 && !word(r))) &&
    (rows.every((r) => r.length === wide) || rows.filter((r) => r.length === wide).every(word));
}

function labelledNumbers(line: string): boolean {
  const m = LABELLED.exec(line);
  return m !== null && cells(m[2]).filter((c) => NUMBER.test(c)).length >= MIN_NUMBERS;
}

function cells(line: string): string[] {
  return line.trim().split(/[ \t]+/);
}
