// A marked line above the rows that holds their values (`# @missing: 0000..10FFFF; N` over `0020;Na`, `0000..001F;N`): a note, not a commented header.
import { unicodeOrAscii } from "../lazy.js";

/** Rows that must hold a cell of the marked line in its column. why 2: one equal value may be chance. */
const MIN_ROWS = 2;

/**
 * A cell holding a letter: a text value. why: a number names a numbered column as often as it is a value (`# pair<TAB>1<TAB>L1`).
 * why unicodeOrAscii: src/lazy.ts.
 */
const TEXT = unicodeOrAscii(String.raw`\p{L}`, "u");

/**
 * True when a text cell of the marked line (its mark cut, `cells`) is the value of the same column in 2 rows or more below.
 * why: a header names its columns and its names do not recur as their values; a marked line whose cells do is a note
 * about the values (Unicode's `# @missing: 0000..10FFFF; N`, the default for the code points the file leaves out)
 * or a row commented out. Read as the header under its 41 notes, `N` named the column of `N`, `Na`, `W` values,
 * and `# EOF` at the end was one row short (row-missing-cells). A header such as `#OTU ID<TAB>sample1` holds none.
 */
export function holdsRowValues(cells: string[], rows: string[][]): boolean {
  return cells.some((cell, i) => TEXT.test(cell) && rows.filter((r) => r[i] === cell).length >= MIN_ROWS);
}
