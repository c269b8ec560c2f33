// A mark inside several TAB fields of every line, at ragged counts (`gi|16080617|ref|NP_391444.1|<TAB>gi|…|`): TABs split the table.

/** Fewest lines that show it (fewer: one TAB per line may be chance). */
const MIN_LINES = 5;

/**
 * True when every line (the first 1,000 non-blank ones, 5 or more) holds the same number of TABs, one or more, and
 * the picked mark inside two of its TAB fields or more, while the mark reads the lines at two widths or more: the
 * mark joins the parts of ids (BLAST's `gi|16080617|ref|NP_391444.1|` beside `gi|11464971:4-101`) and the TABs split
 * the table at one width. why: the consistency score preferred the wider `|` reading, and every line whose ids held
 * fewer parts was reported short (`row-missing-cells`). Refused: the mark in one TAB field only (a `|` table with a
 * TAB-joined tail, as insideFirstTabField refuses), lines of different TAB counts, the mark at one width on every line
 * (a `|` table whose cells hold TABs), blanks.
 */
export function marksInsideTabFields(full: string, picked: string): boolean {
  if (picked === "" || picked === " " || picked === "\t") return false;
  const fields = evenTabFields(full);
  if (fields === null || !fields.every((f) => f.filter((c) => c.includes(picked)).length >= 2)) return false;
  const marks = new Set(fields.map((f) => f.join("\t").split(picked).length));
  return marks.size >= 2;
}

/** The first 1,000 non-blank lines split at TABs, when they are 5 or more, all of one width of 2 fields or more; else null. */
export function evenTabFields(full: string): string[][] | null {
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES) return null;
  const fields = lines.map((l) => l.split("\t"));
  const width = fields[0].length;
  return width < 2 || fields.some((f) => f.length !== width) ? null : fields;
}
