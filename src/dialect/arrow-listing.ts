// Whether a text split at single spaces is a listing of `keys → value` lines of spread widths: one column, not a space table.

/** Arrow tokens that map what stands before them to what stands after them. */
const ARROWS = new Set(["→", "->", "=>", "⇒", "⟶", "↦"]);

/** Lines a listing needs before its spread of widths means anything. */
const MIN_LINES = 10;

/**
 * True when every non-blank line holds exactly one arrow standing alone between single spaces (`U+0023 U+20E3 → #⃣`,
 * `U+1F3C3 U+1F3FF U+200D U+2642 U+FE0F → 🏃🏿‍♂️`), the arrow stands at 3 word positions or more across the lines, and
 * no position holds half of them. why: split at the spaces, each line's keys are as many cells as it has words, so
 * the rows spread over many widths and every row off the commonest width was an error (2,682 `row-extra-cells` and
 * 1,409 `row-missing-cells` on emoji-test-regex-pattern's 5,285-line index): the arrow, not the space, marks the
 * line's one boundary, and the lines read whole lose nothing. Refused (the space split stays): an arrow at one
 * position or mostly one (`a → b` on every line is a space table of 3 columns, ragged only where a value is
 * missing), a line without an arrow or with two, an arrow glued to a word (`a->b`), runs of spaces (aligned
 * columns), fewer than 10 lines.
 */
export function arrowListing(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES) return false;
  const positions = new Map<number, number>();
  for (const line of lines) {
    if (!/^\S+(?: \S+)*$/.test(line)) return false;
    const words = line.split(" ");
    const at = words.flatMap((w, i) => (ARROWS.has(w) ? [i] : []));
    if (at.length !== 1 || at[0] === 0 || at[0] === words.length - 1) return false;
    positions.set(at[0], (positions.get(at[0]) ?? 0) + 1);
  }
  return positions.size >= 3 && Math.max(...positions.values()) * 2 < lines.length;
}
