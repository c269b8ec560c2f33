// Whether a whole file closes with a block of one-letter keys and values (`B<TAB>0/0/0`, `F …`, `N …`) under numbered rows.
import type { Candidate } from "./consistency.js";
import { readRows } from "./header.js";
import { modalWidth } from "./columns.js";

/** Lines above the block that are read to learn the rows' width, the most key lines, and the fewest rows. */
const TAIL_LINES = 40;
const MAX_KEYS = 4;
const MIN_ROWS = 3;

/** The block's first line (1-based) and its count of key lines. */
export interface ClosingKeys {
  line: number;
  keys: number;
}

/**
 * The closing key block of a whole file, else null: its last lines (but for comment and blank lines) are 1 to 4 lines
 * of 2 cells, a key of one capital letter (each key once) and a value of the kind the rows' cells hold (the same
 * shape, digits aside: `255/255/255` under `26/14/52`) or a name (`black`), under 3 rows or more of one width of 3 or
 * more whose first cell is a number (a key line of one cell, `B black`, splits at its spaces). why: a GMT colour table
 * closes its slices with the colours for the background, the foreground and NaN (`B`, `F`, `N`), and read as records
 * they were false row-missing-cells. What it refuses, so a short last row stays an error: a first cell that is a
 * number (`0.5<TAB>9/9/9`: a row cut short), a key of a word or a lower-case letter, a key twice, rows whose first
 * cells hold letters (ids: the key could be one), a value of another shape (`12:30`), a key line above the last rows.
 */
export function closingKeys(text: string, d: Candidate, firstRecord: number, comment: string | null): ClosingKeys | null {
  if (d.delimiter === "" || d.delimiter === " ") return null;
  const lines = text.split(/\r\n|\n|\r/);
  const kept = (i: number) => lines[i].trim() !== "" && !(comment !== null && lines[i].startsWith(comment));
  const idx: number[] = [];
  for (let i = firstRecord; i < lines.length; i++) if (kept(i)) idx.push(i);
  const rows = readRows(idx.slice(-(TAIL_LINES + MAX_KEYS)).map((i) => lines[i]).join("\n"), d).map((r) => r.cells);
  // why the same count of rows as lines: a quoted line break would make a row span lines
  if (rows.length !== Math.min(idx.length, TAIL_LINES + MAX_KEYS)) return null;
  let keys = 0;
  while (keys < MAX_KEYS && keys < rows.length && keyLine(rows[rows.length - 1 - keys]) !== null) keys++;
  const block = rows.slice(rows.length - keys).map((r) => keyLine(r)!);
  const body = rows.slice(0, rows.length - keys);
  const width = modalWidth(body.map((r) => r.length));
  const full = body.filter((r) => r.length === width);
  if (keys === 0 || width < 3 || full.length < MIN_ROWS || full.length < body.length * 0.9) return null;
  if (!body.every((r) => NUMBER.test(r[0])) || new Set(block.map((r) => r[0])).size !== keys) return null;
  const shapes = new Set(full.flatMap((r) => r.slice(1).map(shape)));
  if (!block.every((r) => shapes.has(shape(r[1])) || WORD.test(r[1]))) return null;
  return { line: idx[idx.length - keys] + 1, keys };
}

/** A key line's key and value: 2 cells, or one cell of a key, spaces and a value (`B black` in a TAB file). */
function keyLine(cells: string[]): [string, string] | null {
  const pair = cells.length === 1 ? SPACED.exec(cells[0])?.slice(1) : cells.length === 2 ? cells : null;
  return pair && KEY.test(pair[0]) && pair[1] !== "" ? [pair[0], pair[1]] : null;
}

const KEY = /^[A-Z]$/;
const SPACED = /^(\S) +(\S+)$/;
// why a word: a colour is named as often as it is numbered (`B<TAB>black`, `N<TAB>gray` under `0<TAB>0/97/71` rows)
const WORD = /^[A-Za-z]+$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A cell's shape: digit runs as `9`, a word of letters as `a` (`26/14/52` → `9/9/9`, `black` → `a`). */
function shape(cell: string): string {
  return cell.replace(/\d+/g, "9").replace(/[A-Za-z]+/g, "a");
}
