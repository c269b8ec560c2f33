// A header line indented with spaces above a single-space table: its leading empty names are indentation, not columns.
import type { ParsedRecord } from "../types.js";

/**
 * The header without the empty names its leading spaces made, or null. why: read at single spaces (the records are
 * spaced by one, their text quoted: `AIC "Akaike Information Criterion (AIC)" 1 NA`), a header aligned by hand over
 * them (`         section.title argument assign`, R Commander's `Rcmdr-operations.txt`, read by R's read.table) gave
 * 9 blank names and every record row-missing-cells. Taken only when every record is as wide as the names left, or
 * one wider (R's row names: rowNamesColumn names them). Refused: any other delimiter or whitespace mode (which trims
 * already), an empty name quoted (`"" "" a`: a name written empty), a blank name after the first word (an empty
 * field), a record starting with an empty field (the rows are indented too), records of mixed widths or of the
 * header's own width (one leading space above rows one wider: R's blank row-names name, left to rowNamesColumn),
 * fewer than 2 records.
 */
export function indentedHeader(names: string[], quoted: boolean[] | null | undefined, sample: ParsedRecord[], delimiter: string | undefined, whitespace: boolean | undefined): string[] | null {
  if (delimiter !== " " || whitespace) return null;
  let lead = 0;
  while (lead < names.length && names[lead] === "" && quoted?.[lead] !== true) lead++;
  const rest = names.slice(lead);
  if (lead === 0 || rest.length === 0 || rest.some((n) => n.trim() === "")) return null;
  const recs = sample.filter((r) => !r.skipped && !(r.cells.length === 1 && r.cells[0] === ""));
  if (recs.length < 2 || recs.some((r) => r.cells[0] === "" && r.quoted?.[0] !== true)) return null;
  const width = recs[0].cells.length;
  if (recs.some((r) => r.cells.length !== width) || width === names.length) return null;
  return width === rest.length || width === rest.length + 1 ? rest : null;
}
