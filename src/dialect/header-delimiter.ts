// A mark the header line does not hold, inside one field of every record cut by the mark the header does (`gene;anchor_index` above `K02545|TRBJ1-1*01|…|;17`).

/** Fewest lines that show it: the header and 4 records (fewer: one `;` per line may be chance). */
const MIN_LINES = 5;

/** Marks a header may name its columns with. */
const MARKS = [";", ",", "\t"];

/** Count of `mark` in `line`. */
const count = (line: string, mark: string): number => line.split(mark).length - 1;

/**
 * The mark the first line names its columns with, when the sniffer picked another: the first line (names holding a
 * letter each, no picked mark) and every line after it (the first 1,000 non-blank ones, 5 or more) hold that mark
 * the same number of times, and the picked mark stands in one of its fields only, the same on every record (IGoR's
 * `J_gene_CDR3_anchors.csv`: IMGT ids `K02545|TRBJ1-1*01|Homo sapiens|…| |` before `;17`). why: the consistency score
 * preferred the wider `|` reading, and the header, one cell wide, made every record `row-extra-cells` (or went as a
 * preamble, the last `|` cell holding `;17`). Refused (null): a header holding the picked mark, lines of other counts,
 * the picked mark in two fields or in other fields on some record, a header cell without a letter, fewer than 5 lines.
 */
export function delimiterNamedByHeader(full: string, picked: string): string | null {
  if (picked === "" || MARKS.includes(picked)) return null;
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES || lines[0].includes(picked)) return null;
  for (const mark of MARKS) {
    const n = count(lines[0], mark);
    if (n === 0 || !lines[0].split(mark).every((c) => /\p{L}/u.test(c))) continue;
    if (lines.every((l) => count(l, mark) === n) && pickedInOneField(lines.slice(1), mark, picked)) return mark;
  }
  return null;
}

/** The picked mark stands in one field of each record, the same field on every record. */
function pickedInOneField(records: string[], mark: string, picked: string): boolean {
  const at = records.map((l) => {
    const holding = l.split(mark).map((f, i) => (f.includes(picked) ? i : -1)).filter((i) => i >= 0);
    return holding.length === 1 ? holding[0] : -1;
  });
  return at[0] >= 0 && at.every((i) => i === at[0]);
}
