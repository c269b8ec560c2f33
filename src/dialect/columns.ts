// Fixed-width columns of a whitespace-aligned table: the character positions where each column starts.
import { PLAIN_NUMBER as NUMBER } from "./number.js";
import { mergedValuesCell } from "./merged-values-cell.js";
import { quotedFieldInCell } from "./quoted-field-in-cell.js";
import { trailingTextStart } from "./trailing-text-column.js";

/** Fewest lines on which column positions are learned (fewer: a blank position may be chance). */
const MIN_LINES = 3;

/**
 * The start position of each column when the lines are aligned by position and reading them so explains the table
 * better than splitting at runs of spaces (`1 Ohio St` in a text column); null otherwise. A gap is a position blank
 * on every line that reaches it and reached by at least half the lines. why half: a ragged last column (text whose
 * length varies) leaves positions reached by few lines blank by chance; those are no boundary.
 */
export function fixedColumns(lines: string[], refuseMergedNumbers = true): number[] | null {
  const rows = lines.filter((l) => l.trim() !== "" && !l.includes("\t"));
  if (rows.length < MIN_LINES || rows.length !== lines.filter((l) => l.trim() !== "").length) return null;
  const found = mergeChance(rows, columnStarts(rows));
  if (found.length < 2) return null;
  const text = trailingTextStart(rows, found);
  const starts = text === null ? found : [...found, text];
  const byRuns = offWidth(rows.map((l) => l.trim().split(/ +/).length));
  const cuts = rows.map((l) => cutColumns(l, starts));
  // why: cells that keep runs of spaces inside (`A  R  N  D` above right-aligned numbers) are several columns
  // merged, not a value with spaces; runs of spaces read such a table, one header name short for its row names.
  // why two lines or more: one line's text may hold a run of spaces itself (`"CA"      95820` in an address column)
  const merged = cuts.filter((c) => c?.some((v) => /\S {2,}\S/.test(v))).length;
  if (merged >= 2 && merged * 10 > rows.length) return null;
  // why: a cell of two numbers or more (`255 255 0`) is values merged by ragged rows, not text with a space in it
  // (`1 Ohio St`, `Canes Venatici` hold words); the caller turns this off where no aligned reading would replace it
  if (refuseMergedNumbers && cuts.some((c) => c?.some((v) => / /.test(v) && v.split(/ +/).every((t) => NUMBER.test(t))))) return null;
  // why on most lines and whatever the flag: numbers with a flag word among them (mergedValuesCell) are no text either
  if (cuts.filter((c) => c?.some(mergedValuesCell)).length * 2 > rows.length) return null;
  // why: a quoted field after other text in one cell (`(-*) "general hydrogen"`) is fields merged (quotedFieldInCell)
  if (cuts.filter((c) => c?.some(quotedFieldInCell)).length * 2 > rows.length) return null;
  // why the optional text column counted as there: the lines without it are whole (trailingTextStart)
  const byPosition = offWidth(cuts.map((c) => (c === null ? -1 : text === null ? c.length : Math.max(c.length, starts.length))));
  // why strictly better: a table that runs of spaces already read right keeps the plain whitespace reading
  return byPosition < byRuns ? starts : null;
}


/** Positions where a column starts: a non-gap position after a gap (or the first non-gap position). */
function columnStarts(rows: string[]): number[] {
  const width = Math.max(...rows.map((l) => l.length));
  const starts: number[] = [];
  let inGap = true;
  for (let p = 0; p < width; p++) {
    let reach = 0;
    let blank = true;
    for (const l of rows) {
      if (l.length <= p) continue;
      reach++;
      if (l.charCodeAt(p) !== 32) blank = false;
    }
    const gap = blank && reach * 2 >= rows.length;
    if (!gap && inGap) starts.push(p);
    inGap = gap;
  }
  return starts;
}

/**
 * Drops the column starts that follow a one-space gap and begin a column empty on more than half the lines. why: in
 * a text column the inner spaces of a few long values can line up by chance (`Carla de Sa` alone past `de`); a real
 * column after one space (`Rank Team`) holds a value on most lines.
 */
function mergeChance(rows: string[], starts: number[]): number[] {
  return starts.filter((p, k) => {
    const wideGap = !rows.some((l) => l.length > p - 2 && l.charCodeAt(p - 2) !== 32);
    if (k === 0 || wideGap) return true;
    const to = k + 1 < starts.length ? starts[k + 1] : Infinity;
    const filled = rows.filter((l) => l.slice(p, to).trim() !== "").length;
    return filled * 2 > rows.length;
  });
}

/** Lines whose cell count differs from the most common one. */
export function offWidth(counts: number[]): number {
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  const top = Math.max(...freq.values());
  return counts.length - top + (counts.includes(-1) ? counts.length : 0);
}

/**
 * The cells of one line cut at the column starts, trimmed; null when the line does not fit the columns (a character
 * right before a column start: a value spilling over a boundary). A line ending before a column has no cell there.
 */
export function cutColumns(line: string, starts: number[]): string[] | null {
  const cells: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = k === 0 ? 0 : starts[k];
    if (k > 0 && from >= line.length) break;
    if (k > 0 && line.charCodeAt(from - 1) !== 32) return null;
    const to = k + 1 < starts.length ? starts[k + 1] : line.length;
    cells.push(line.slice(from, to).trim());
  }
  return cells;
}

/**
 * Column starts of a TAB-sniffed text whose columns line up by character position once each TAB counts as one
 * blank (X11 rgb.txt: `139 121<TAB> 94<TAB><TAB>NavajoWhite4` under `255 250 250<TAB><TAB>ghost white`), when that
 * reads the lines at one width more often than TABs do; else null. why: the numbers are padded with spaces and
 * TABs alike, and the last column's names hold spaces, so neither TABs nor runs of blanks read the table; the
 * parser reads TABs as one space in whitespace mode, so the positions it cuts at are these.
 */
export function tabAlignedColumns(lines: string[]): number[] | null {
  const rows = lines.filter((l) => l.trim() !== "");
  const spaced = rows.map((l) => l.replace(/\t/g, " "));
  const starts = fixedColumns(spaced);
  // why no cell across a TAB: a ragged TSV whose codes happen to have one length (tzdata's zone.tab, a note after
  // the zone on some rows) lines up by position too, but there the TAB parts the last two values
  if (starts === null || rows.some((l) => starts.some((from, k) => l.slice(from, starts[k + 1] ?? l.length).trim().includes("\t")))) return null;
  const byPosition = offWidth(spaced.map((l) => cutColumns(l, starts)?.length ?? -1));
  const tabWidths = rows.map((l) => l.split("\t").length);
  // why more columns than TABs make: the spaces part values too (`255 250 250` is three); a TAB table with a few
  // lines of another kind (log lines above `    0<TAB>0.862`) may line up by chance, and TABs read its rows already
  return starts.length > modalWidth(tabWidths) && byPosition < offWidth(tabWidths) ? starts : null;
}

/** The most common cell count (the first seen of equally common ones). */
export function modalWidth(widths: number[]): number {
  const freq = new Map<number, number>();
  for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best = 0;
  for (const [w, n] of freq) if (n > (freq.get(best) ?? 0)) best = w;
  return best;
}
