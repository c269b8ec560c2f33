// Columns left empty on every row of a table (`AW;;Aruba`: a doubled delimiter), dropped before the first row is judged.

/**
 * The rows with every column dropped that is empty in the first row (`at`) and in each row of its width below
 * (`AW;;Aruba` above `AF;;Afganisztán`: a list written with a two-character `;;`, read at `;`, has an empty middle
 * column). why: an empty cell has no letters and no shape, so a first record holding one was judged unlike the
 * rows below and read as a header with a blank name (header-blank); a column empty everywhere tells nothing either
 * way. Null when no column is empty so, when fewer than 3 rows of the width lie below, or when no column would be left.
 * Rows of other widths are kept whole.
 */
export function withoutEmptyColumns<R extends { cells: string[] }>(rows: R[], at: number): { cells: string[] }[] | null {
  const width = rows[at].cells.length;
  const same = rows.slice(at + 1, at + 41).filter((r) => r.cells.length === width);
  if (same.length < 3) return null;
  const empty = rows[at].cells.map((h, c) => h === "" && same.every((r) => r.cells[c] === ""));
  const kept = empty.filter((e) => !e).length;
  if (kept === width || kept === 0) return null;
  return rows.map((r, i) => (i >= at && r.cells.length === width ? { cells: r.cells.filter((_, c) => !empty[c]) } : r));
}
