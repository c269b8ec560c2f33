// A comma file whose `"` quotes no field but stands as whole cells that would open a span of records: text.
import { quoteEvidence } from "./evidence.js";

/**
 * True when the sample is comma-separated, `"` quotes no field there (the sniffer chose no quote), and some `"` that is
 * a whole cell would, read as RFC 4180's quote, open a field that a later whole-cell `"` closes lines below (`Pipe,12,"`
 * above `Elbow,3,"`: a column of inch or ditto marks). why: the parser quotes at a cell's start whatever the sniffer
 * chose for commas (a stray `"` in a comma file is a finding), so each such pair read as one quoted field and the
 * records between were merged into it, with no error when the marks were even in number. Read as text, every record
 * is kept. Refused: a `"` glued to text (`12"`, `Pipe 3/4"`: quote-stray, as RFC 4180 says), a `"` that opens on
 * text (`"12 Main St`), a file with real quoted fields (the sniffer then chose `"`), other delimiters (quoteIsText
 * reads their `"` as text already).
 */
export function loneQuoteCells(full: string, delimiter: string): boolean {
  return delimiter === "," && full.includes('"') && quoteEvidence(full, delimiter, '"').alone > 0;
}
