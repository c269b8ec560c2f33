// A declaration line of `key=value` attributes above a table (UCSC's `track name="Reads" visibility=2` above BED rows).

/** One `key=value` attribute: a bare word, a dotted or dashed name, then a quoted or unspaced value. */
const ATTRIBUTE = String.raw`[A-Za-z_][\w.-]*=(?:"[^"]*"|'[^']*'|[^\s"']+)`;
/** A keyword, then one or more attributes and nothing else (`track type=bedGraph name="Test"`). */
const LINE = new RegExp(String.raw`^[A-Za-z][\w-]*(?:\s+${ATTRIBUTE})+\s*$`);

/**
 * True when the cells are one line that declares a keyword with `key=value` attributes (a genome browser's `track`
 * line, a `#!`-less format's settings line), e.g. `track name="Test Bed 2" maxheightpixels=120:120` above BED rows.
 * why a preamble even above a few records: a header names columns with words, never `name=value` pairs, and a line of
 * one cell above 3-column records read as their header made every record one of "row-extra-cells".
 */
export function attributeLine(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  return filled.length === 1 && LINE.test(filled[0].trim());
}
