// The spellings of "missing" a column shows, less the null-like words of a one-column word list (`nil`, `none`, `null`).
import type { CompiledField } from "../../schema/types.js";

/** Cells a one-column list holds at least, for a null-like token met once to read as one of its words. */
const MIN_LIST = 100;

/**
 * The spellings, less each null-like token (`nan`, `nil`, `none`, `null`, `undefined`) that occurs once in a text
 * column that is the table's only column and holds MIN_LIST cells or more, unless the field declares it missing or
 * null-like. why: a word list (a spelling dictionary, a list of SQL or R keywords) holds each word once, these among
 * them, and null-mixed said that `nan` (1) and `null` (1) were two ways of writing "missing". What it refuses, so the
 * warning stays: a column of a wider table (`NA` here, `NULL` there), a token met twice or more, a short list, a
 * column typed other than text, the empty cell.
 */
export function listSpellings(spellings: Map<string, number>, field: CompiledField, cells: number, columns: number): Map<string, number> {
  if (columns !== 1 || field.type !== "string" || cells < MIN_LIST) return spellings;
  const kept = new Map<string, number>();
  for (const [s, n] of spellings) {
    const word = n === 1 && s !== "" && s !== '""' && !field.missing.has(s) && !field.nullLike.has(s);
    if (!word) kept.set(s, n);
  }
  return kept;
}
