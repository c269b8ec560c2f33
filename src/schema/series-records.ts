// Variable-length records: each a label, then a list of numbers of its own length (`Jan 27.74 27.28 …`, one value a day).
import type { ParsedRecord } from "../types.js";

/** Fewest records that make such a layout (fewer: a few rows of other widths are as likely defects). */
const MIN_RECORDS = 5;

/** Fewest distinct widths: two are a table with some rows short or long, which stays loud. */
const MIN_WIDTHS = 3;

/** Fewest numbers after each label. */
const MIN_VALUES = 2;

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export interface SeriesRecords {
  /** The records read, and the fewest and most cells of one. */
  records: number;
  fewest: number;
  most: number;
}

/**
 * Recognises series of varying length in a headerless sample, or null: 5 records or more, each a label holding a
 * letter, none repeated, then 2 numbers or more and nothing else; 3 widths or more, none held by more than half the
 * records. why: Qt's box-plot data (`Jan 27.74 27.28 …`, one value per trading day, 17 to 24 cells a row) is ragged by
 * nature, and read against one width it got a row-missing-cells or row-extra-cells error on most rows. What it
 * refuses, so a table's short or long rows stay loud: one or two widths, a width held by most records, a word or an
 * empty cell among the values, a repeated label (a long table), fewer than 5 records.
 */
export function seriesRecords(sample: ParsedRecord[]): SeriesRecords | null {
  const rows = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === "")).map((r) => r.cells);
  if (rows.length < MIN_RECORDS) return null;
  const series = (c: string[]): boolean => c.length > MIN_VALUES && /\p{L}/u.test(c[0]) && !NUMBER.test(c[0]) && c.slice(1).every((v) => NUMBER.test(v));
  if (!rows.every(series) || new Set(rows.map((c) => c[0])).size !== rows.length) return null;
  const counts = new Map<number, number>();
  for (const c of rows) counts.set(c.length, (counts.get(c.length) ?? 0) + 1);
  if (counts.size < MIN_WIDTHS || Math.max(...counts.values()) * 2 > rows.length) return null;
  return { records: rows.length, fewest: Math.min(...counts.keys()), most: Math.max(...counts.keys()) };
}
