// Sentences and notes read at single spaces above a space-separated table (`The frequency distribution for ...`).
import type { Row } from "./header.js";

/** Records below the lead that make it a preamble rather than a ragged start. */
const MIN_RECORDS = 20;
/** Never call more lines than this such a lead. */
const MAX_LEAD = 10;

/** Lower-case function words of prose (`at`, `in`, `to`); names seldom hold two. */
export const FUNCTION_WORD = /(?<=^| )(?:of|the|and|for|by|to|in|at|from|with|on|per)(?= |$)/g;

/**
 * How many leading rows of a text split at single spaces are a lead of notes (else 0): each row two cells or more
 * wider than the table, at least one of them a sentence (6 words or more, two function words), and below them a row
 * of the table's width and MIN_RECORDS rows or more, 9 in 10 of them at that width. why two cells wider: a header
 * one name wider than its rows is a header with an extra name; a sentence split at its spaces is many cells wider.
 * why a sentence: a lead of wide lines of values or names alone may be ragged records, reported as such.
 */
export function spacedProseLead(rows: Row[], width: number, delimiter: string): number {
  if (delimiter !== " " || width < 1) return 0;
  let k = 0;
  while (k < rows.length && k < MAX_LEAD && rows[k].cells.length >= width + 2) k++;
  if (k === 0 || k >= rows.length || rows[k].cells.length !== width) return 0;
  if (!rows.slice(0, k).some((r) => isSentence(r.cells.filter((c) => c !== "").join(" ")))) return 0;
  const rest = rows.slice(k);
  const same = rest.filter((r) => r.cells.length === width).length;
  return rest.length >= MIN_RECORDS && same >= rest.length * 0.9 ? k : 0;
}

/** Six words or more, two of them function words: a sentence, not a line of names (`text` single-spaced). */
export function isSentence(text: string): boolean {
  return text.split(" ").length >= 6 && (text.match(FUNCTION_WORD)?.length ?? 0) >= 2;
}
