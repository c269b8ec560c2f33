// An optional text column past an aligned table's end (`  2.06 ALPHERATZ` on a few of a star list's lines): a column of its own.

/** Fewest lines holding such text (fewer: a stray note past the table). */
const MIN_LINES = 3;

/**
 * The start of a text column that only some lines of a fixed-width table reach, or null: most lines (half or more)
 * end at one position, the table's end; every longer line (3 or more) is blank there and goes on with text starting
 * at one position past it, after the last column start, that opens with a letter. why: `columnStarts` counts a
 * position as a gap when fewer than half the lines reach it, so PreviSat's star names (301 of 9,110 lines) were glued
 * to the magnitude in the last fixed column (`2.06 ALPHERATZ`), and that column read as text. What it refuses: lines
 * ending anywhere (a ragged last column of text), longer lines blank-free at the table's end (a value spilling over),
 * text starting at different positions or with a digit or a sign (numbers: a wider row, which stays loud).
 */
export function trailingTextStart(rows: string[], starts: number[]): number | null {
  const ends = rows.map((l) => l.trimEnd().length);
  const count = new Map<number, number>();
  for (const e of ends) count.set(e, (count.get(e) ?? 0) + 1);
  const [end, most] = [...count].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (most * 2 < rows.length) return null;
  const long = rows.filter((_, i) => ends[i] > end);
  if (long.length < MIN_LINES || long.some((l) => l[end] !== " ")) return null;
  const at = new Set(long.map((l) => end + l.slice(end).search(/\S/)));
  if (at.size !== 1) return null;
  const start = [...at][0];
  return start > starts[starts.length - 1] && long.every((l) => /^\p{L}/u.test(l.slice(start))) ? start : null;
}

/**
 * True when the last of the fixed columns is such a text column. The parser then reads a line that does not fit
 * the columns (a sign one position left of a column start: `-0.72 CANOPUS`) at runs with the text as its last cell
 * (maxFields), so a name of two words (`Rigel Kentaurus`) is one cell there too.
 */
export function endsInTextColumn(lines: string[], columns: number[]): boolean {
  const rows = lines.filter((l) => l.trim() !== "");
  return columns.length > 2 && trailingTextStart(rows, columns.slice(0, -1)) === columns[columns.length - 1];
}
