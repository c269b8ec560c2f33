// Finds a first row whose numbered cells are siblings of the cells under them (`seq1`…`id1` above `seq5`…`id2`): a record, not names.
import { countsColumns, numberShape, wordOverOtherKind } from "./counted-names.js";

/** Numbered sibling cells needed in a row: one may be chance (`gene1` over `gene2`), two are a pattern. */
const MIN_SIBLINGS = 2;
/** Rows compared under the first. */
const WINDOW = 20;

/** True when `a` holds a letter and a number and `b` is the same text with other numbers. */
function sibling(a: string, b: string): boolean {
  return a !== b && /[A-Za-z]/.test(a) && /\d/.test(a) && numberShape(a) === numberShape(b);
}

/**
 * True when the first row and every row of its width under it (1 to 20 of them, all the rows near the top being of
 * that width) hold, in the same 2 or more columns, cells that differ only in their numbers (`seq1 A42B id1
 * description 1` above `seq2 C43D id2 description 2`; `original1 ariba1` above `original2 ariba2`). why: names are
 * written unlike the values they head; a first row numbered like the rows under it is the first of them, and read as
 * names it is lost. A header's numbered names (`gene1 gene2` above `1* 2`, `x1 y1` above `0.5 1.2`) have no such
 * sibling under them. Refused too: names whose numbers count their columns (`team1 team2` above `team4 team9`) and a
 * row with a plain word over a column of no words (`support` above `0.031`): names over generic ids.
 */
export function numberedSiblings(rows: { cells: string[] }[], at: number): boolean {
  const head = rows[at].cells;
  const lines = rows.slice(at + 1, at + 1 + WINDOW).filter((r) => r.cells.some((c) => c !== ""));
  if (lines.length === 0 || head.length < MIN_SIBLINGS || lines.some((r) => r.cells.length !== head.length)) return false;
  const columns = head.map((_, c) => c).filter((c) => lines.every((r) => sibling(head[c], r.cells[c])));
  if (columns.length < MIN_SIBLINGS || countsColumns(head)) return false;
  return !head.some((cell, c) => !columns.includes(c) && wordOverOtherKind(cell, lines.map((r) => r.cells[c])));
}
