// Whether a whole file closes with a colour table's key block (`B<TAB>0/0/0`, `F …`, `N …`) under its z-value slices.
import type { Candidate } from "./consistency.js";
import { readRows } from "./header.js";
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** Lines above the block that are read to check the slices, the most key lines, and the fewest slices. */
const TAIL_LINES = 40;
const MAX_KEYS = 3;
const MIN_ROWS = 3;

/** The block's first line (1-based) and its count of key lines. */
export interface ClosingKeys {
  line: number;
  keys: number;
}

/**
 * The closing key block of a whole file, else null: its last lines (but for comment and blank lines) are 1 to 3 lines
 * of a palette key, `B` (background), `F` (foreground) or `N` (NaN), each once, and a colour, under 3 rows or more that
 * are all z-value slices `z0 colour0 z1 colour1` (4 cells, the z values numbers, each slice starting where the one
 * above ends). A colour is `r/g/b` (or `c/m/y/k`), `h-s-v`, `#rrggbb`, a name (`black`, `gray50`) or `-`; a gray level
 * (a number from 0 to 255) only where every colour cell of the slices is one too. why: a GMT colour table closes its
 * slices with these colours, and read as records they were false row-missing-cells. What it refuses, so a short last
 * record stays a record (an error): any other key (`X<TAB>156040895` under per-chromosome rows), a key twice, a value
 * that is no colour, or a number under slices whose colours are not numbers (`N<TAB>412`), rows that are not slices
 * (a first cell of letters, a colour cell that is a count, a gap between slices), a key line above the last rows, a
 * sample that is not the whole file.
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
  if (keys === 0 || body.length < MIN_ROWS || new Set(block.map((r) => r[0])).size !== keys || !slices(body)) return null;
  const gray = body.every((r) => GRAY.test(r[1]) && GRAY.test(r[3]));
  return block.every(([, value]) => COLOUR.test(value) || (gray && GRAY.test(value))) ? { line: idx[idx.length - keys] + 1, keys } : null;
}

/** Whether rows are a colour table's slices: `z0 colour0 z1 colour1`, each z0 the z1 above, colours all gray or none. */
function slices(rows: string[][]): boolean {
  const isSlice = (r: string[]) => r.length === 4 && NUMBER.test(r[0]) && NUMBER.test(r[2]);
  const colours = (test: (c: string) => boolean) => rows.every((r) => test(r[1]) && test(r[3]));
  if (!rows.every(isSlice) || !(colours((c) => COLOUR.test(c)) || colours((c) => GRAY.test(c)))) return false;
  return rows.every((r, i) => i === 0 || Number(r[0]) === Number(rows[i - 1][2]));
}

/** A key line's key and value: 2 cells, or one cell of a key, spaces and a value (`B black` in a TAB file). */
function keyLine(cells: string[]): [string, string] | null {
  const pair = cells.length === 1 ? SPACED.exec(cells[0])?.slice(1) : cells.length === 2 ? cells : null;
  return pair && KEY.test(pair[0]) && pair[1] !== "" ? [pair[0], pair[1]] : null;
}

// why only these three: the palette convention's keys (background, foreground, NaN); any other letter may be an id
const KEY = /^[BFN]$/;
const SPACED = /^(\S) +(\S+)$/;
const NUM = String.raw`\d+(?:\.\d+)?`;
// r/g/b or c/m/y/k, h-s-v, #rrggbb, a name (`black`, `gray50`), `-` (no fill)
const COLOUR = new RegExp(String.raw`^(?:${NUM}(?:/${NUM}){2,3}|${NUM}-${NUM}-${NUM}|#[0-9A-Fa-f]{6}|[A-Za-z]+\d*|-)$`);
const GRAY = /^(?:\d{1,2}|1\d\d|2[0-4]\d|25[0-5])(?:\.\d+)?$/;
