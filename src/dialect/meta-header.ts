// Meta-information lines (`##key=value`, as VCF opens) above a header glued to one `#` (`#CHROM<TAB>POS<TAB>…`).

/** Fewest TAB-separated names on the header line. */
const MIN_NAMES = 3;

/**
 * The number of `##` lines above a `#`-marked header whose TAB width every record under it shares, or null.
 * why: the comment sniffer weighs the marked lines against the records, and with one record or none (a VCF of
 * `##` lines, `#CHROM` and one variant; a test file that holds the header alone), or with records so wide that few
 * reach the scorer, the `##` lines outweighed them: `#` was read as the delimiter and `##fileformat=VCFv4.1` as the
 * header (every record an error). A doubled mark opens no header, and a header glued to one mark names the
 * columns of the records under it, so the `##` lines are a preamble and the `#` line the header, as VCFs with more
 * records already read.
 * Refused (left to the sniffer as before): a header of fewer than 3 names, a name left blank, a record of another
 * width or marked itself, a blank line among the meta lines, no record in a sample that is not the whole file.
 * @param lines the sample's lines (whole lines only), from the first
 * @param whole the lines are the whole file (with no record, the header alone then is the table)
 */
export function metaLinesAboveHeader(lines: string[], whole: boolean): number | null {
  let k = 0;
  while (k < lines.length && lines[k].startsWith("##")) k++;
  if (k === 0 || k >= lines.length) return null;
  const head = lines[k];
  if (!/^#[A-Za-z]/.test(head)) return null;
  const names = head.split("\t");
  if (names.length < MIN_NAMES || names.some((n) => n.trim() === "")) return null;
  const records = lines.slice(k + 1).filter((l) => l.trim() !== "");
  if (records.length === 0 && !whole) return null;
  return records.every((r) => !r.startsWith("#") && r.split("\t").length === names.length) ? k : null;
}
