// Whether a first row's text cell above a column of numbers recurs below as one of its values (a placeholder such as `undef`).

/**
 * The text `cell` heads column `c` of a typed column and stands in that column of a body row that holds a typed cell
 * elsewhere (`7th,undef,65` under `1st,undef,60`): a placeholder the records write for a missing number, so the first
 * row is a record like them. why: a name is never one of its column's values; the placeholder, no MISSING marker
 * (Perl's `undef`), voted the row a header, and GD::Graph's `sample42.dat` lost its first record to it, silently.
 * Refused: a cell met nowhere in its column, or only in rows of text alone (a header line repeated lower down).
 */
export function placeholderHead(cell: string, body: string[][], c: number, typed: (cell: string) => boolean): boolean {
  return body.some((cells) => cells[c] === cell && cells.some((v, i) => i !== c && typed(v)));
}
