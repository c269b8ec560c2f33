// A few rows that end in a note (`ZERO<TAB>zero<TAB># New software`, `way_area  real  linear # calculated`), wider
// than the rows without one.

/** Fewest rows with such a note (one is a cell starting with the mark as likely as a note). */
const MIN_NOTES = 2;

/**
 * True when 2 lines or more end in a note after a TAB (the mark, a blank, then text: a bare `#` is as likely a cell),
 * every line holding the mark is such a note, every line without it is of one width of 2 cells or more (TAB by TAB,
 * 3 lines at least), and each note line is wider whole and of that width with its note cut. why: notes on 2 rows of 10 (IRAF's ccddb tables, `# New software` after the runs of TABs that pad
 * `ZERO` and `BIAS`) are fewer than the fifth inlineComments wants, and read as cells they made those rows
 * "row-extra-cells". why wider whole: a TSV cell may start with the mark (`a<TAB><TAB># 5`: an empty cell, then
 * `# 5`); that row is as wide as the rest, and cut it would be short, so it stays a cell.
 */
export function fewTabNotes(lines: string[], c: string): boolean {
  return fewNotes(lines, new RegExp(`\\t+\\${c}[ \\t]+\\S.*$`), c, (l) => l.split("\t").length);
}

/**
 * The same with spaces: a note after one space or more (`linear # This is calculated during import`) on a few rows
 * of a table whose other rows are one width at runs of spaces (osm2pgsql's `.style` files: 4 notes in 106 rows).
 * why one space is enough here: each noted row, cut, must be as wide as every other row, and its note a phrase of 3
 * words or more; text holding a `#` (`bob 25 Apt # 5`: a row too wide, reported so) seldom is.
 */
export function fewSpacedNotes(lines: string[], c: string): boolean {
  return fewNotes(lines, new RegExp(` +\\${c} +\\S+ +\\S+ +\\S.*$`), c, (l) => l.trim().split(/ +/).length);
}

function fewNotes(lines: string[], at: RegExp, c: string, width: (l: string) => number): boolean {
  // why: a cell that starts with the mark (`9230<TAB>#B4mad Research Lab`) would be cut as a note by the parser
  const glued = new RegExp(`[\\t ]\\${c}\\S`);
  if (lines.some((l) => glued.test(l))) return false;
  const noted = lines.filter((l) => at.test(l));
  const plain = lines.filter((l) => !l.includes(c));
  // why every marked line a judged note: the parser then cuts at the mark after two spaces on any row (`Flat  # 3
  // upper`), a cut these notes are no evidence for
  if (noted.length < MIN_NOTES || plain.length < 3 || noted.length + plain.length < lines.length) return false;
  const w = width(plain[0]);
  if (w < 2 || plain.some((l) => width(l) !== w)) return false;
  return noted.every((l) => width(l) > w && width(l.replace(at, "")) === w);
}
