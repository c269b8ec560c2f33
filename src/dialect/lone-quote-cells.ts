// A comma file whose `"` quotes no field but stands as whole cells that would open a span of records: text.
import { quoteEvidence } from "./evidence.js";
import { modalWidth } from "./columns.js";

/**
 * True when the sample is comma-separated, `"` quotes no field there (the sniffer chose no quote), and some `"` that is
 * a whole cell would, read as RFC 4180's quote, open a field that a later whole-cell `"` closes lines below (`Pipe,12,"`
 * above `Elbow,3,"`: a column of inch or ditto marks). why: the parser quotes at a cell's start whatever the sniffer
 * chose for commas (a stray `"` in a comma file is a finding), so each such pair read as one quoted field and the
 * records between were merged into it, with no error when the marks were even in number. Read as text, every record
 * is kept. Refused: a `"` glued to text (`12"`, `Pipe 3/4"`: quote-stray, as RFC 4180 says), a `"` that opens on
 * text (`"12 Main St`), a file with real quoted fields (the sniffer then chose `"`), other delimiters (quoteIsText
 * reads their `"` as text already), and marks whose lines are not records (see marksOnRecords).
 */
export function loneQuoteCells(full: string, delimiter: string): boolean {
  if (delimiter !== "," || !full.includes('"') || quoteEvidence(full, delimiter, '"').alone === 0) return false;
  return marksOnRecords(full.split(/\r\n|\n|\r/), delimiter);
}

/**
 * True when every line holding a whole-cell `"`, and every line between two such lines that the parser would pair,
 * splits (with `"` as text) into the table's usual width, two cells or more. why: a ditto or inch mark sits in a
 * record of its own, among records; a real multi-line field that opens and closes on a line break (`1,3,"` / `Call
 * the customer first.` / `"`) leaves its closing line one cell wide and its inner lines without the table's shape.
 * Only a one-column table could give both ends of a real field the full width, and it is refused.
 */
function marksOnRecords(lines: string[], d: string): boolean {
  const width = (line: string) => line.split(d).length;
  const filled = lines.filter((line) => line.trim() !== "");
  const usual = modalWidth(filled.map(width));
  const marked = lines.flatMap((line, i) => (line.split(d).some((cell) => cell.trim() === '"') ? [i] : []));
  if (usual < 2 || marked.length === 0) return false;
  for (let k = 0; k < marked.length; k += 2) {
    const span = lines.slice(marked[k], (marked[k + 1] ?? marked[k]) + 1);
    if (span.some((line) => line.trim() !== "" && width(line) !== usual)) return false;
  }
  return true;
}
