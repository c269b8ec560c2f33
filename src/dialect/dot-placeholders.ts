// A row holding `.` in two cells or more is a record: `.` marks a missing value in GFF, VCF and BED, and names no column.

/**
 * True when two cells or more of the row are a lone `.`.
 * why: a GFF file of one record under a `#` note (`I<TAB>Expr_profile<TAB>…<TAB>.<TAB>.<TAB>.<TAB>+<TAB>.<TAB>…`)
 * held no number, so the record was read as the header, its `.` names reported as duplicates (header-duplicate)
 * and the file as empty of rows. A header names each column once, and `.` is the formats' "no value", never a name.
 * Refused (left to the other signs): one `.` (a column an export named `.`), and other placeholders (`-`, `NA`),
 * which a header may hold as the blank names under a group's title.
 */
export function dotPlaceholders(cells: string[]): boolean {
  return cells.filter((c) => c.trim() === ".").length >= 2;
}
