// A block of `name<TAB>value` pairs above a wider table without a header is its preamble, not a short header.

/** A key written as one identifier (`database_name`, `version`, `Source.Date`): a letter, then letters, digits, `_`, `.`, `-`. */
const KEY = /^[A-Za-z][\w.-]*$/;

/**
 * True when the rows above the table (`lead`) are 2 or more pairs of an identifier key and a value (`database_name
 * <TAB>HMDB`, `database_version<TAB>4.0`), each key once, above a table of 3 columns or more whose first cells
 * (`records`, the first cell of each record below) are mostly not identifiers (masses, ids of digits).
 * why: a row one cell short of the table may be R's write.table header, so such rows ended no preamble, the first
 * pair became the header of a 2-column table and every record was "row-extra-cells" (11,531 in OpenMS's
 * HMDBMappingFile.tsv); but only the row right above the records could be that header, and a block of pairs is
 * metadata.
 * Refused: one pair (R's header, or a header one name short), pairs as wide as the table (a 2-column table's
 * records), a key of several words or led by a digit (`Total amount`, `2024`), a key twice, an empty value, records
 * led by identifiers too (`alpha<TAB>1` above `beta<TAB>2<TAB>x`: short records of a ragged table, reported so).
 */
export function keyPairBlock(lead: string[][], width: number, records: string[]): boolean {
  if (lead.length < 2 || width < 3) return false;
  const keys = lead.map((r) => r[0]);
  if (!lead.every((r) => r.length === 2 && KEY.test(r[0]) && r[1].trim() !== "") || new Set(keys).size !== keys.length) return false;
  return records.filter((c) => KEY.test(c)).length * 2 < records.length;
}

/**
 * True when the last row above the table (`lead`) is R's write.table header — one cell short of the table, every
 * cell quoted, none a number — and the rows above it are identifier-key/value pairs, unquoted (`source<TAB>survey2020`
 * above `"height"<TAB>"weight"` above `"1"<TAB>170.2<TAB>65.1`). Then the pairs alone are the preamble.
 * why: keyPairBlock took the quoted header for one more pair, and the columns lost their names (warned as a preamble
 * only); write.table quotes every name it writes, a metadata line its writer adds above is not quoted.
 * Refused: an unquoted last row (HMDB's `database_version<TAB>4.0` is a pair, as before), a quoted pair above it, a
 * last row holding a number, no pair above it.
 */
export function pairsAboveQuotedHeader(lead: string[][], quoted: boolean[][], width: number): boolean {
  const last = lead.length - 1;
  if (last < 1 || lead[last].length !== width - 1 || width < 3) return false;
  if (!lead[last].every((c, i) => quoted[last]?.[i] === true && c.trim() !== "" && !/^[-+]?[\d.,]+$/.test(c.trim()))) return false;
  return lead.slice(0, last).every((r, i) => r.length === 2 && KEY.test(r[0]) && r[1].trim() !== "" && !quoted[i]?.some((q) => q));
}
