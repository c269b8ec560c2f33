// Marked lines that are values, not commented-out rows: `#python` counted each week, `#ff0000` in a palette.

/** One marked line or row as the comment sniffer sees it: its first cell and the index of its physical line. */
export interface FirstCell { cell: string; line: number }

/** A colour written in hex (`#ff0000`, `#FFF`, `#ff000080`): 3, 4, 6 or 8 hex digits, one letter at least. */
const HEX_COLOUR = /^#(?=[0-9a-f]*[a-f])(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** A tag or a handle: a sigil glued to a word that starts with a letter (`#rustlang`, `@guido`, `$AAPL`). */
const TAG = (sigil: string): RegExp => new RegExp(`^[${sigil}]\\p{L}[\\p{L}\\p{N}_]*$`, "u");

/**
 * True when the marked lines fitting the table (`fits`) are its values, with the mark part of the value: every one
 * a hex colour; every one a `#tag` while the column holds `@handles` or `$cashtags` unmarked (a social-media list);
 * or a marked first cell recurring in two sections (between notes) as the unmarked keys recur (a list kept per
 * period: `#python` in week 48 and in week 49, beside `python`). why: read as commented-out rows they were dropped
 * with one warning, half the records of a hashtag list; a commented-out row is disabled once (RTKLIB's
 * `#IGU_CLK  ftps://…`), and its key is no colour and no tag beside handles. Only for the mark `#`.
 */
export function markedCellsAreValues(c: string, fits: FirstCell[], rows: FirstCell[], notes: number[]): boolean {
  if (c !== "#" || fits.length === 0) return false;
  if (fits.every((f) => HEX_COLOUR.test(f.cell))) return true;
  if (fits.every((f) => TAG("#").test(f.cell)) && rows.some((r) => TAG("@").test(r.cell) || TAG("$").test(r.cell))) return true;
  return recursBySection(fits, notes) && recursBySection(rows, notes);
}

/** True when a first cell stands in two sections or more (a section: the lines between two notes). */
function recursBySection(cells: FirstCell[], notes: number[]): boolean {
  const sections = new Map<string, Set<number>>();
  for (const { cell, line } of cells) {
    const section = notes.filter((n) => n < line).length;
    const seen = sections.get(cell) ?? new Set<number>();
    seen.add(section);
    sections.set(cell, seen);
    if (seen.size >= 2) return true;
  }
  return false;
}
