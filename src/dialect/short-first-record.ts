// Whether a row one or more cells short of the table, above rows of its own width, is a record (an optional last column left out), not a preamble line.

/** Rows below it of the short row's width that make that width the table's own (a last column some records leave out). */
const MIN_SAME = 3;
const MIN_SHARE = 0.1;
/** Rows below that must be full rows of the table's width or of the short row's. */
const WHOLE_SHARE = 0.9;

/** why no space or colon: lines of words or settings split there (a script, `name = module:function`) have two widths too. */
const DELIMITERS = ["\t", ",", ";", "|"];

type Kind = "empty" | "number" | "date" | "text";

/**
 * True when the row at k (not a comment line) has 2 or more cells, all filled, one fewer than the table's width;
 * below it (comment lines left out) at least MIN_SAME rows and a tenth of them have exactly its width, nine in ten
 * have its width or the table's with no empty cell; and each of its cells is of the kind most of the short rows hold
 * in that column. why: tzdata's `zone1970.tab` leaves its fourth column
 * (comments) out on a third of its rows, and a `#` note in the body made `#` the comment mark; its first record
 * (`AD<TAB>+4230+00131<TAB>Europe/Andorra`), one cell short, was then skipped as a preamble and the next record read
 * as the header (a record lost, 111 `row-missing-cells`). Refused: a width no row below repeats (a title or a note
 * split at its delimiters), two or more cells short, an empty cell, one cell (a title), a cell unlike its column
 * (`Source:` above numbers), rows below of other widths or with empty cells (a log, a script: no table of two widths),
 * a space or `:` delimiter.
 */
export function shortFirstRecord<R extends { cells: string[] }>(rows: R[], k: number, width: number, delimiter: string, commented: (r: R) => boolean, kind: (cell: string) => Kind): boolean {
  const row = rows[k].cells;
  if (!DELIMITERS.includes(delimiter) || commented(rows[k]) || row.length < 2 || row.length !== width - 1 || row.some((c) => c === "")) return false;
  const below = rows.slice(k + 1).filter((r) => !commented(r));
  const same = below.filter((r) => r.cells.length === row.length);
  if (same.length < MIN_SAME || same.length < below.length * MIN_SHARE) return false;
  // why full rows of both widths: a table of one optional column has those two widths only, and no empty cell
  const whole = below.filter((r) => (r.cells.length === width || r.cells.length === row.length) && !r.cells.includes(""));
  if (whole.length < below.length * WHOLE_SHARE) return false;
  return row.every((cell, c) => kind(cell) === modalKind(same.map((r) => kind(r.cells[c]))));
}

function modalKind(kinds: Kind[]): Kind {
  const count = new Map<Kind, number>();
  for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0][0];
}
