// Whether the last line of a whole file is a trailer record (`"all done",7,0,0` under rows of 7 cells): a label and counts.
import type { Candidate } from "./consistency.js";
import { readRows } from "./header.js";
import { modalWidth } from "./columns.js";
import { lazyRegExp } from "../lazy.js";

/** Lines above the last one that are read to learn the rows' width (and fewest of them that make a table). */
const TAIL_LINES = 40;
const MIN_ROWS = 3;

/**
 * The 1-based line of the text's last line when it is a trailer record, else null (records start at the 0-based line
 * `firstRecord`, under the preamble and the header): a line of its own with 2 cells or
 * more but fewer than the records above (9 in 10 of them at one width of 3 or more), whose first cell names a trailer
 * (`all done`, `TOTAL`, `EOF`: namesTrailer) and every other cell a whole number (counts), while no first cell of those records
 * holds a letter (ids, numbers). why: delta and batch files close with a control record counting what they hold, and
 * read as a record it was a false row-missing-cells. What it refuses, so a short last row stays an error: a last row
 * whose first cell is like the rows' (`carol,28` under names: a record cut short), a cell that is no count
 * (`all done,7,x`), one cell (`END`), a text of a few lines, a space-aligned table.
 */
export function trailerLine(text: string, d: Candidate, firstRecord: number): number | null {
  if (d.delimiter === "" || d.delimiter === " ") return null;
  const lines = text.split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  const last = lines.length - 1;
  if (last - firstRecord < MIN_ROWS) return null;
  const tail = lines.slice(Math.max(firstRecord, last - TAIL_LINES)).filter((l) => l.trim() !== "");
  const rows = readRows(tail.join("\n"), d).map((r) => r.cells);
  const trailer = rows.pop();
  // why the same count of rows as lines: a quoted line break would make the last row span lines
  if (trailer === undefined || rows.length !== tail.length - 1) return null;
  const width = modalWidth(rows.map((r) => r.length));
  const body = rows.filter((r) => r.length === width);
  if (width < 3 || body.length < MIN_ROWS || body.length < rows.length * 0.9) return null;
  if (trailer.length < 2 || trailer.length >= width || !namesTrailer(trailer[0])) return null;
  if (!trailer.slice(1).every((c) => /^\d+$/.test(c)) || body.some((r) => LETTER().test(r[0]))) return null;
  return last + 1;
}

// why lazy: see lazyRegExp
const LETTER = lazyRegExp(String.raw`\p{L}`, "u");

/**
 * A label that names a trailer: words of closing or counting only (`all done`, `TOTAL`, `Grand total`, `EOF`, `end of
 * file`, `Summe`). why words, not any text: a last record that lost its id (`Alice,30` under `3,Dave,35`, or a title
 * holding such a word, `Total Recall,1990,7`) is a label and counts too, and skipped as a trailer its defect was hidden.
 */
const TRAILER_WORDS = new Set(["total", "totals", "grand", "sum", "summe", "gesamt", "totaal", "totale", "end", "of", "file",
  "eof", "eod", "done", "all", "finished", "trailer", "footer", "summary", "count", "record", "records", "rows", "lines",
  "fin", "ende", "data", "trl"]);

function namesTrailer(label: string): boolean {
  const words = label.toLowerCase().split(NOT_LETTER()).filter((w) => w !== "");
  return words.length > 0 && words.every((w) => TRAILER_WORDS.has(w));
}

const NOT_LETTER = lazyRegExp(String.raw`[^\p{L}]+`, "u");
