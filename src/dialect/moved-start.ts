// A column start a preamble moved left over the rows' blank padding: still the rows' own start, a little further on.

/**
 * True when each of the whole text's column starts stands for one start of the rows under the preamble, no two for
 * the same: the start itself, or the first of the rows' starts past a run of positions blank on every row. why: a
 * gap must be blank on every line, so a title's word over the padding left of right-aligned numbers (`# bisync
 * listing` over `-       19 md5:…`, its `b` at position 2 where the rows are blank up to 7) starts that column at
 * 2, not 7; it is the same column, and only reading under the title finds the boundary after the numbers. What it
 * refuses: a start over the rows' text (a start they drop: another table), two starts moved onto one.
 */
export function keepsEveryStart(rows: string[], starts: number[], under: number[]): boolean {
  const kept = starts.map((p) => movedTo(rows, p, under));
  return kept.every((q) => q !== null) && new Set(kept).size === kept.length;
}

/** The rows' start that `p` stands for, or null. */
function movedTo(rows: string[], p: number, under: number[]): number | null {
  if (under.includes(p)) return p;
  const q = under.find((s) => s > p);
  if (q === undefined) return null;
  return rows.every((l) => l.slice(p, q).trim() === "") ? q : null;
}
