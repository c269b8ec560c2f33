// Whether a picked delimiter only joins the parts of one word inside a space-aligned column (`page.html#rules   Rules of the Game`).
import { cutColumns, fixedColumns } from "./columns.js";

/** Fewest lines that show the alignment (fixedColumns learns no columns on fewer). */
const MIN_LINES = 3;

/**
 * True when the lines (3 or more, no TAB) line up in columns at runs of spaces (fixedColumns), every line holds the
 * picked delimiter, and every cell holding it is one word with it glued inside (`gamazons.html#rules`, then `Rules
 * of the Game` from one position on every line: GNOME help's `topic.dat`). why: read at `#`, each line split into a
 * page and its anchor glued to the padded title (`rules           Rules of the Game`: alignment padding inside a
 * cell), two columns at one width, so nothing looked wrong; the delimiter is an anchor, a path's or a name's joint,
 * and the blanks split the table. Refused: a blank on either side of the delimiter (`a # b`, `key: value`), a cell
 * holding it and a blank (`a#b c`: the delimiter splits text), a line without it, lines that do not line up by
 * position, a TAB, the blank delimiters themselves.
 */
export function gluedInAlignedCell(full: string, picked: string): boolean {
  if (picked === "" || picked === " " || picked === "\t") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES || lines.some((l) => l.includes("\t") || !l.includes(picked))) return false;
  const starts = fixedColumns(lines);
  if (starts === null) return false;
  return lines.every((l) => {
    const cells = cutColumns(l, starts);
    return cells !== null && cells.every((c) => !c.includes(picked) || glued(c, picked));
  });
}

/** The cell is one word (no blank) and the delimiter stands between two of its characters (`a.html#b`, not `#b`). */
function glued(cell: string, d: string): boolean {
  return !/\s/.test(cell) && !cell.startsWith(d) && !cell.endsWith(d);
}
