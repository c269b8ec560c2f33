// A few rows of a blank-aligned table that end in a `//` note (`0x0600 0x3500 S 2.050  490.0<TAB>//added 20050225`).

/** The note: a TAB or two spaces, more blanks maybe, then `//` and the rest of the line (glued text too: `//added`). */
const NOTE = /(?:\t| {2})[ \t]*\/\/.*$/;
/** Fewest rows with such a note, and rows without one. */
const MIN_NOTES = 2;
const MIN_PLAIN = 3;

/** Cells at runs of blanks. */
const width = (line: string): number => line.trim().split(/\s+/).length;

/**
 * True when 2 rows or more (comment lines already dropped) end in a `//` note, every other row holds no `//` and is
 * of one width of 2 cells or more at runs of blanks (3 rows at least), and each noted row, its note cut, is of that
 * width: libghemical's `tripos52/parameters1.txt`, 3 of 95 rows dated so under its `//` notes, each read with 2 extra
 * cells (`row-extra-cells`). why glued text counts here, unlike `#` (tab-notes.ts): `//` glued to a word is no value
 * a cell starts with; why the width cut: a cell that does start so (`//cdn.example.org/a.js`, a URL without its
 * scheme) leaves its row short when cut, and stays a cell.
 */
export function fewSlashNotes(lines: string[]): boolean {
  const noted = lines.filter((l) => NOTE.test(l));
  const plain = lines.filter((l) => !l.includes("//"));
  if (noted.length < MIN_NOTES || plain.length < MIN_PLAIN || noted.length + plain.length < lines.length) return false;
  const w = width(plain[0]);
  if (w < 2 || plain.some((l) => width(l) !== w)) return false;
  return noted.every((l) => width(l.replace(NOTE, "")) === w);
}
