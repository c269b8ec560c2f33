// Lines that end in a colon introducing the rows below (`List of known color names:`): a lead of notes, not a header.
import type { Row } from "./header.js";

/** Never call more lines than this such a lead. */
const MAX_LEAD = 5;
/** Rows below the lead that make it a lead rather than a ragged start. */
const MIN_RECORDS = 5;
/** Words a colon line holds at least (`Name:` alone may be a key). */
const MIN_WORDS = 3;

const words = (r: Row): string[] => r.cells.join(" ").trim().split(/\s+/).filter((w) => w !== "");

/**
 * How many leading rows are a lead ending in a colon line (else 0): rows up to one whose last word ends in `:` and that
 * holds MIN_WORDS words or more, none of them (nor any row above it) of the table's width, then a row of that width and
 * MIN_RECORDS rows or more, 9 in 10 of them at that width. why: a phrase that introduces what follows is no header; split
 * at its spaces one cell short of the rows it became R's header over row names, and the title line above it (one word
 * wider than the rows: gnuplot's `colors.txt`) the header of every row, each then `row-missing-cells`. Refused: a colon
 * line of the table's width (names such as `Name: Value:`), of fewer words, deeper than MAX_LEAD rows or under a row of
 * the table's width, and rows below of another width.
 */
export function colonLead(rows: Row[], width: number): number {
  if (width < 2) return 0;
  let k = 0;
  while (k < rows.length && k < MAX_LEAD && rows[k].cells.length !== width && !colonLine(rows[k])) k++;
  if (k >= rows.length || k >= MAX_LEAD || rows[k].cells.length === width || !colonLine(rows[k])) return 0;
  const rest = rows.slice(k + 1);
  if (rest.length < MIN_RECORDS || rest[0].cells.length !== width) return 0;
  return rest.filter((r) => r.cells.length === width).length >= rest.length * 0.9 ? k + 1 : 0;
}

/** A row of MIN_WORDS words or more whose last one ends in a colon. */
function colonLine(r: Row): boolean {
  const w = words(r);
  return w.length >= MIN_WORDS && /[^:]:$/.test(w[w.length - 1]);
}
