// Header/detail record layouts ("H,…" then "D,…" lines): a record-type code in the first column, each type with a width of its own.
import type { ParsedRecord } from "../types.js";

/** A record-type code: a short word or number ("H", "D", "HDR", "01"). */
const CODE = /^[A-Za-z0-9]{1,4}$/;
const MAX_TYPES = 8;

export interface RecordTypes {
  /** Cells per record of each type, in order of first appearance. */
  widths: Record<string, number>;
}

/**
 * Recognises a record-type layout from the first line and a sample of records, or null: every first cell a
 * short code, each code always with the same number of cells, at least two codes of different widths, and codes
 * repeated (why: a handful of ragged rows keyed by ids would otherwise pass for one).
 */
export function recordTypes(first: string[] | null, sample: ParsedRecord[]): RecordTypes | null {
  const rows = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === "")).map((r) => r.cells);
  if (first) rows.unshift(first);
  return recordTypeWidths(rows);
}

/** recordTypes on rows of cells (the header sniffer's rows too: such a file has no preamble). */
export function recordTypeWidths(rows: string[][]): RecordTypes | null {
  const widths = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const cells of rows) {
    const code = cells[0] ?? "";
    if (!CODE.test(code)) return null;
    const w = widths.get(code);
    if (w !== undefined && w !== cells.length) return null;
    widths.set(code, cells.length);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  // why: a lone record of one cell holds its code only (a count line, `32` above a 32-column matrix): no record type
  for (const [code, w] of widths) if (w === 1 && counts.get(code) === 1) { widths.delete(code); counts.delete(code); }
  if (widths.size < 2 || widths.size > MAX_TYPES || rows.length < 2 * widths.size) return null;
  if (new Set(widths.values()).size < 2 || Math.max(...counts.values()) < 3) return null;
  return { widths: Object.fromEntries(widths) };
}

/** "H: 4 cells, D: 6 cells" for messages. */
export function describeRecordTypes(rt: RecordTypes): string {
  return Object.entries(rt.widths).map(([c, w]) => `${c}: ${w} cell${w === 1 ? "" : "s"}`).join(", ");
}
