// Finds `%` note lines at the top of a file that are neither the header nor a row: wider or narrower than the table under them.
import type { Dialect } from "../types.js";
import { isCommentLine } from "./comment.js";
import { PERCENT } from "./percent-lead.js";

/** Lines needed under the notes: the header and two rows. */
const MIN_LINES = 3;

/**
 * The `%` lines at the top of the sample, when 2 or more header-and-row lines follow and none of them holds a `%`
 * (`% typical calls: mpiexec -n 4 ./yade-mpi …` above `numThreads mpi omp Nspheres N M runtime` and `4 4 1 300 …`);
 * null otherwise. why no `%` below: a percent in a row (`50%`) makes the mark a cell's text.
 */
export function percentNotes(sample: string): string[] | null {
  const lines = sample.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
  let notes = 0;
  while (notes < lines.length && isCommentLine(lines[notes], PERCENT)) notes++;
  const rest = lines.slice(notes, notes + 50);
  if (notes === 0 || rest.length < MIN_LINES || rest.some((l) => l.includes(PERCENT))) return null;
  return [...lines.slice(0, notes), rest[0]];
}

/** Cells of a line read by a dialect (quotes not followed: a count to compare widths, not a parse). */
export function cellCount(line: string, d: Dialect): number {
  const text = line.trim();
  if (d.whitespace) return text.split(/\s+/).length;
  return d.delimiter === "" ? 1 : text.split(d.delimiter).length;
}

/**
 * True when the reading with `%` as the comment mark has a header of its own under the notes, and no note has the
 * header's width once its mark is dropped. why the width: `% X1 X2 Y1 Y2` (or `%X1 X2 …`) above the rows names
 * the columns, and is left to the other rules; a note of another width is no name line.
 */
export function notesAboveHeader(lines: string[], marked: Dialect): boolean {
  if (!marked.header || marked.comment !== PERCENT || marked.skipRows !== 0) return false;
  const width = cellCount(lines[lines.length - 1], marked);
  if (width < 2) return false;
  return lines.slice(0, -1).every((note) => {
    const text = note.trim().replace(/^%+/, "").trim();
    return text === "" || cellCount(text, marked) !== width;
  });
}
