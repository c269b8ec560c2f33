// header-repeated: a record that is an exact copy of the header line (exports joined with `cat`, a header written per page): not data.
import type { DefectDraft, ParsedRecord } from "../../types.js";
import { LineRecord, cellCount } from "../../parse/line-record.js";
import { lazyRegExp } from "../../lazy.js";

export const headerRepeatedMeta = {
  id: "header-repeated",
  description: "no record is a copy of the header line",
  codes: ["header-repeated"] as const,
};

// why lazy: a \p{…} class is expanded from ICU's tables where the literal is evaluated (start-up; src/lazy.ts)
const LETTER = lazyRegExp(String.raw`\p{L}`, "u");

/** What String.prototype.trim drops that a cell may hold unquoted: spaces, tabs, NBSP, and a BOM (each joined file brings its own). */
function blank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff;
}

/** `s` without the blanks around it, as a range of a line is trimmed below (one rule for the header and the records). */
function trimmed(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && blank(s.charCodeAt(from))) from++;
  while (to > from && blank(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}

/**
 * The header's cells as its copies are matched (trimmed; quotes are already gone), or undefined when a copy of it could
 * well be data. why two named cells, one with a letter: a one-column list (`word` above words) or a numbered header
 * (`0,1,2` above a matrix) may hold its header's text as a value; a row of two or more names, word for word, is not data.
 */
export function headerCopyKey(cells: string[]): string[] | undefined {
  const key = cells.map(trimmed);
  const named = key.filter((c) => c !== "");
  return named.length >= 2 && named.some((c) => LETTER().test(c)) ? key : undefined;
}

/** True when the record's cells are the key's, one for one (the count first: most records differ there or in cell 1). */
export function repeatsHeader(rec: ParsedRecord, key: string[]): boolean {
  if (rec.skipped || cellCount(rec) !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (!cellIs(rec, i, key[i])) return false;
  return true;
}

/**
 * Whether cell i, trimmed, is `want`; of a LineRecord, read in its line (no string made for a cell of a clean row).
 * why the string for a cell with doubled quotes: its range holds each quote twice (`size ""in""`), the name once.
 */
function cellIs(rec: ParsedRecord, i: number, want: string): boolean {
  if (!(rec instanceof LineRecord) || rec.assigned) return trimmed(rec.cells[i]) === want;
  if (rec.doubled && rec.doubledAt(i)) return trimmed(rec.cell(i)) === want;
  const t = rec.text;
  let from = rec.at[rec.base + 2 * i];
  let to = rec.at[rec.base + 2 * i + 1];
  if (to - from < want.length) return false;
  while (from < to && blank(t.charCodeAt(from))) from++;
  while (to > from && blank(t.charCodeAt(to - 1))) to--;
  return to - from === want.length && t.startsWith(want, from);
}

// why the pipeline, not onRow, reports it: the copy is not data, so no other check (types, keys, required) may see it
export function headerRepeatedDefect(rec: ParsedRecord, row: number, headerLine: number | null): DefectDraft {
  return { code: "header-repeated", row, line: rec.line, byteOffset: rec.byteOffset, column: null, columnIndex: null, value: null, params: { header: headerLine } };
}
