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
 * why lower case: a copy written in capitals (`ID,NAME,AMOUNT` under `id,name,amount`) is as little data as an exact one.
 */
export function headerCopyKey(cells: string[]): string[] | undefined {
  const key = folded(cells);
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
 * Whether cell i, trimmed and in lower case, is `want`; of a LineRecord, read in its line (no string made for a cell of
 * a clean row). why the string for a cell with doubled quotes: its range holds each quote twice (`size ""in""`).
 */
function cellIs(rec: ParsedRecord, i: number, want: string): boolean {
  if (!(rec instanceof LineRecord) || rec.assigned) return trimmed(rec.cells[i]).toLowerCase() === want;
  if (rec.doubled && rec.doubledAt(i)) return trimmed(rec.cell(i)).toLowerCase() === want;
  const t = rec.text;
  let from = rec.at[rec.base + 2 * i];
  let to = rec.at[rec.base + 2 * i + 1];
  if (to - from < want.length) return false;
  while (from < to && blank(t.charCodeAt(from))) from++;
  while (to > from && blank(t.charCodeAt(to - 1))) to--;
  return to - from === want.length && foldedAt(t, from, want);
}

/** Whether `t` from `from` reads `want` (lower case) in any letter case; ASCII compared in place, the rest folded. */
function foldedAt(t: string, from: number, want: string): boolean {
  for (let k = 0; k < want.length; k++) {
    const c = t.charCodeAt(from + k);
    const w = want.charCodeAt(k);
    if (c === w) continue;
    if (c >= 65 && c <= 90 && c + 32 === w) continue;
    return c >= 128 && t.slice(from + k, from + want.length).toLowerCase() === want.slice(k);
  }
  return true;
}

// why the pipeline, not onRow, reports it: the copy is not data, so no other check (types, keys, required) may see it
export function headerRepeatedDefect(rec: ParsedRecord, row: number, headerLine: number | null, units = false): DefectDraft {
  return { code: "header-repeated", row, line: rec.line, byteOffset: rec.byteOffset, column: null, columnIndex: null, value: null, params: { header: headerLine, ...(units ? { units: true } : {}) } };
}

/** The units row's cells (dialect unitsRow) as a copy of it right under a copy of the header is matched. */
export function unitsCopyKey(cells: string[]): string[] | undefined {
  const key = folded(cells);
  return key.some((c) => c !== "") ? key : undefined;
}

/** The cells as a copy's cells are compared: trimmed, in lower case. */
function folded(cells: string[]): string[] {
  return cells.map((c) => trimmed(c).toLowerCase());
}

/**
 * The records but the copies of the header and the copies of its units row right under them (`time,flow` then
 * `[s],[g/h]` again per block): the sample type inference reads. why right under: a units row alone is plain text
 * a record might hold; under a copy of the header it is the copy's second line.
 */
export function withoutCopies(recs: ParsedRecord[], key: string[], unitsKey: string[] | undefined): ParsedRecord[] {
  let afterCopy = false;
  return recs.filter((r) => {
    const units = afterCopy && unitsKey !== undefined && repeatsHeader(r, unitsKey);
    afterCopy = !units && repeatsHeader(r, key);
    return !units && !afterCopy;
  });
}
