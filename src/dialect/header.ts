// Whether the first row is a header, and how many preamble lines (titles, notes) come before it.
import { forEachCell, quoteRegions, valueInternal, type Candidate } from "./consistency.js";

export interface Structure {
  header: boolean;
  skipRows: number;
}

/** Rows read to decide (a header and its preamble sit at the top). */
const ROWS = 60;
const CHARS = 64 * 1024;
/** Never call more lines than this a preamble. */
const MAX_PREAMBLE = 30;

export interface Row {
  cells: string[];
  /** Offset of the row's first character in the text. */
  start: number;
}

/** The first ROWS rows of the text under a dialect, cells trimmed (exported for the fast-path tests). */
export function readRows(text: string, d: Candidate): Row[] {
  const rows: Row[] = [];
  const visit = (cell: string, _quoted: boolean, row: number, col: number, start: number): void => {
    if (col === 0) rows[row] = { cells: [], start };
    rows[row].cells.push(cell.trim());
  };
  // why a prefix of whole lines first: splitting needs the quoted regions and value colons of the text, and
  // working them out over all CHARS for ROWS rows was most of this step. On a prefix that ends with a line
  // break, with no quote left open and that break not escaped, they come out as on the whole text (no quoted
  // region, time or URL match runs on past such a break); if the prefix holds ROWS rows, they are the text's.
  const cut = afterLines(text, 2 * ROWS);
  if (cut > 0 && cut < text.length && !/[\r\n]/.test(d.quote + d.escape)) {
    const head = text.slice(0, cut);
    const regions = quoteRegions(head, d.quote, d.escape, valueInternal(head));
    if (regions.unclosed < 0 && regions.inside[cut - 1] === 0 && forEachCell(head, d, regions, visit, ROWS) === ROWS) return rows;
    rows.length = 0;
  }
  forEachCell(text, d, null, visit, ROWS);
  return rows;
}

/** The offset just after the n-th LF of the text, or -1 when it has fewer. */
function afterLines(text: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf("\n", i + 1);
    if (i < 0) return -1;
  }
  return i + 1;
}

const NUMERIC = /^[-+]?(?:\p{Sc}\s?)?(?:\d[\d,. ]*|\.\d+)(?:[eE][-+]?\d+)?%?$/u;
// why: NUMERIC on ASCII text without compiling the Unicode class (see the ASCII twins in cell-types.ts)
const NUMERIC_ASCII = /^[-+]?(?:\$\s?)?(?:\d[\d,. ]*|\.\d+)(?:[eE][-+]?\d+)?%?$/;
const NON_ASCII = /[^\x00-\x7f]/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
const MISSING = /^(?:|na|n\/a|null|none|nan|-|\?)$/i;

function kind(cell: string): "empty" | "number" | "date" | "text" {
  if (cell === "") return "empty";
  if (NUMERIC_ASCII.test(cell) || (NON_ASCII.test(cell) && NUMERIC.test(cell))) return "number";
  if (DATE_LIKE.test(cell)) return "date";
  return "text";
}

/** Lines (line breaks counted, CRLF as one) before offset `end` of the text. */
function linesBefore(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function modalWidth(rows: Row[], from: number): number {
  const count = new Map<number, number>();
  for (let i = from; i < rows.length; i++) count.set(rows[i].cells.length, (count.get(rows[i].cells.length) ?? 0) + 1);
  let best = 1;
  let bestN = 0;
  for (const [w, c] of count) if (c > bestN || (c === bestN && w > best)) { best = w; bestN = c; }
  return best;
}

/** A row that looks like a title or note above the table rather than a header or a record. */
function preambleLike(row: Row, width: number, comment: boolean): boolean {
  const filled = row.cells.filter((c) => c !== "").length;
  if (comment) return true;
  if (filled === 0) return true;
  // A row of another width with fewer filled cells than the table has columns (a wider row is more likely
  // a header with an extra name).
  if (width >= 2 && row.cells.length !== width && filled < width) return true;
  // A padded title ("Meetings,,,,,,,,"): one filled cell in a wide table.
  return width >= 3 && filled === 1 && row.cells[0] !== "";
}

/** How many leading rows are preamble: each one preamble-like, and what follows a consistent table. */
function preambleRows(rows: Row[], d: Candidate): number {
  if (rows.length < 3) return 0;
  const width = modalWidth(rows, Math.min(rows.length - 1, 5));
  let k = 0;
  while (k < rows.length - 2 && k < MAX_PREAMBLE) {
    const first = rows[k].cells[0] ?? "";
    const comment = first.startsWith("#") && d.delimiter !== "#" && rows[k].cells.length !== width;
    if (!preambleLike(rows[k], width, comment)) break;
    k++;
  }
  if (k === 0) return 0;
  // why: only a table that follows makes the rows above it a preamble; require the header row to have the
  // table's width and most of the rest too.
  if (rows[k].cells.length !== width) return 0;
  // The row after the preamble must read as column names, not as a record (else the preamble-like row
  // above it was the header).
  if (rows[k].cells.some((c) => kind(c) === "number" || kind(c) === "date")) return 0;
  const rest = rows.slice(k + 1);
  const same = rest.filter((r) => r.cells.length === width).length;
  return same >= rest.length * 0.6 ? k : 0;
}

/** Does the row look like column names above the rows that follow it? */
function looksLikeHeader(rows: Row[], at: number): boolean {
  const head = rows[at];
  if (!head) return true;
  const width = head.cells.length;
  const body = rows.slice(at + 1, at + 21).filter((r) => r.cells.length === width);
  const headKinds = head.cells.map(kind);
  // A first row of numbers and dates only is data.
  if (headKinds.every((k) => k !== "text")) return headKinds.every((k) => k === "empty");
  if (body.length === 0) return true;
  let votes = 0;
  for (let c = 0; c < width; c++) {
    const kinds = body.map((r) => kind(r.cells[c])).filter((k) => k !== "empty");
    if (kinds.length === 0) continue;
    const typed = kinds.filter((k) => k !== "text").length;
    const h = headKinds[c];
    if (typed >= kinds.length * 0.8) {
      if (h === "text" && !MISSING.test(head.cells[c])) votes++;
      else if (h !== "empty") votes--;
    } else if (h === "text") {
      // A text column: a header cell that repeats as a value is data.
      if (body.some((r) => r.cells[c] === head.cells[c])) votes--;
    }
  }
  return votes >= 0;
}

export function detectHeader(sample: string, complete: boolean, d: Candidate, opts: { comment: string | null; skipRows: number | null; header: boolean | null }): Structure {
  void complete;
  let text = sample.length > CHARS ? sample.slice(0, CHARS) : sample;
  let skipRows = opts.skipRows ?? 0;
  let rows: Row[] | null = null;
  if (opts.skipRows === null) {
    rows = readRows(text, d);
    const k = preambleRows(rows, d);
    if (k > 0) skipRows = linesBefore(text, rows[k].start);
  }
  if (opts.header !== null) return { header: opts.header, skipRows };
  if (skipRows > 0) { text = dropLines(text, skipRows); rows = null; }
  if (opts.comment) { text = text.split(/\r\n|\n|\r/).filter((l) => !l.startsWith(opts.comment!)).join("\n"); rows = null; }
  // why reuse: with no preamble and no comment lines the text is the same, and so are its rows
  rows ??= readRows(text, d);
  return { header: looksLikeHeader(rows, 0), skipRows };
}

function dropLines(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    let end = i;
    while (end < s.length && s.charCodeAt(end) !== 10 && s.charCodeAt(end) !== 13) end++;
    if (end >= s.length) return "";
    if (s.charCodeAt(end) === 13 && s.charCodeAt(end + 1) === 10) end++;
    i = end + 1;
  }
  return s.slice(i);
}
