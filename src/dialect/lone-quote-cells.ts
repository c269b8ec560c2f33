// A comma file whose `"` stands as whole cells (inch or ditto marks) on its records: those marks are text.
import { modalWidth } from "./columns.js";

/**
 * True when the sample is comma-separated and holds a `"` that is a whole cell (`Pipe,12,"`: a column of inch or
 * ditto marks), and every such mark stands on a record (see marksOnRecords), whether or not other fields are quoted
 * (`"Pipe, copper",12,"`). The parser then reads a whole-cell `"` as text (ParseOptions.loneQuotes) and still quotes a
 * field whose `"` opens on text. why: read as RFC 4180's quote, each mark opened a field that the next `"` closed lines
 * below, so the records between were merged into it (no error when the marks were even in number, else
 * `quote-unclosed`). Refused: a `"` glued to text only (`12"`: quote-stray, as RFC 4180 says), a `"` that opens on text
 * (`"12 Main St`), other delimiters (quoteIsText reads their `"` as text already), and marks whose lines are not
 * records.
 */
export function loneQuoteCells(full: string, delimiter: string): boolean {
  if (delimiter !== "," || !full.includes('"')) return false;
  return marksOnRecords(full, delimiter);
}

/** The cells of one line as the parser reads them with lone marks as text: a field quoted when its `"` opens on text and closes on the line; null when one goes on past the line. */
export function loneQuoteSplit(line: string, d: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    const c = line[i];
    if (c === '"' && i + 1 < line.length && line[i + 1] !== d) {
      let j = i + 1;
      for (;;) {
        j = line.indexOf('"', j);
        if (j < 0) return null;
        if (line[j + 1] === '"') { j += 2; continue; }
        break;
      }
      const end = line.indexOf(d, j);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      if (end < 0) return cells;
      i = end + 1;
      continue;
    }
    const end = line.indexOf(d, i);
    cells.push(line.slice(i, end < 0 ? line.length : end));
    if (end < 0) return cells;
    i = end + 1;
  }
}

/**
 * True when the sample holds two whole-cell `"` or more, one that a later `"` would close, and each such mark, with every line up to the `"` that would close it as
 * RFC 4180's quote, splits (marks as text) into the table's usual width, two cells or more. why: a ditto or inch mark
 * sits in a record of its own, among records; a real multi-line field that opens on a line break (`1,3,"` / `Call the
 * customer first.` / `"`, or `… first."`) leaves its closing line without the table's shape. Only a one-column table
 * could give both ends of a real field the full width, and it is refused.
 */
function marksOnRecords(full: string, d: string): boolean {
  const lines = full.split(/\r\n|\n|\r/);
  const cells = lines.map((line) => loneQuoteSplit(line, d));
  // why lines without `"`: their width is certain; a real field opening on a line break in a middle column
  // (`1,"` / `second line",3`) gives its own two lines one width, which the marks would otherwise be measured by
  const usual = modalWidth(cells.flatMap((c, i) => (c && lines[i].trim() !== "" && !lines[i].includes('"') ? [c.length] : [])));
  if (usual < 2) return false;
  const starts = lineStarts(full, lines);
  let paired = false, marks = 0;
  for (let i = 0; i < lines.length; i++) {
    const at = markAt(cells[i], d);
    if (at < 0) continue;
    marks++;
    // the `"` a reading by quotes closes the mark at: the next `"` after it (a doubled one is no close either way)
    const close = full.indexOf('"', starts[i] + at + 1);
    const last = close < 0 ? i : lineOf(starts, close);
    paired ||= close >= 0;
    for (let k = i; k <= last; k++) if (lines[k].trim() !== "" && cells[k]?.length !== usual) return false;
  }
  // why a close: a mark nothing closes costs one record at most (quote-unclosed, the lines after read again); why two
  // marks: inch and ditto marks stand in a column, while one `"` left at a line's end is as likely a cut field (said)
  return paired && marks >= 2;
}

/** The position in its line of the first cell that is a lone `"` (spaces around it allowed), or -1. */
function markAt(cells: string[] | null, d: string): number {
  let pos = 0;
  for (const cell of cells ?? []) {
    if (cell.trim() === '"') return pos + cell.indexOf('"');
    pos += cell.length + d.length;
  }
  return -1;
}

/** The offset in the text where each line starts (lines as split at CRLF, LF or CR). */
function lineStarts(full: string, lines: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + (full[at + line.length] === "\r" && full[at + line.length + 1] === "\n" ? 2 : 1);
  }
  return starts;
}

/** The index of the line holding the offset pos (binary search over the line starts). */
function lineOf(starts: number[], pos: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}
