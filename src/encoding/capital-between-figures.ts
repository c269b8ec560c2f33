// What a capital letter standing alone between figures costs where another page reads its byte as `×`: a dimension's sign (cp850 `2048 × 1536` read in cp857 as `2048 Ş 1536`).
import { bytesEveryTime, wordCosts } from "./byte-every-time.js";
import { lazyRegExp } from "../lazy.js";

/**
 * What each such word costs: what a rare sign glued to a word costs (language.ts symbolScore), as an unclosed low quote
 * does. why: `×` between figures writes a size (`2048 × 1536 Pixel`, `8.5 × 11 tuumaa`), and no language writes a capital
 * letter as a word of its own between two figures; the letter model priced cp857's `Ş` there as a foreign capital only,
 * a little under cp850's `×`, so every cp850 list holding a picture size was warned naming cp857.
 */
export const CAPITAL_BETWEEN_FIGURES = -7;

/** The bytes some page reads as `×`: cp850, cp852 and cp775 at 9E, the Latin windows and ISO pages at D7, cp857 at E8, Hebrew pages at AA. */
const TIMES_BYTES = new Set([0x9e, 0xaa, 0xd7, 0xe8]);

/**
 * Capitals typed for `×` on Greek and Cyrillic keyboards (`30 Χ 40`, `30 Х 40`): a size, in the page that reads them.
 * why refused: KOI8-R writes `Х` at E8 and the Greek pages `Χ` at D7, and Russian or Greek lists write sizes so.
 */
const X_LIKE = new Set(["Χ", "Х"]);

// why lazy: a module-level \p{…} pattern is compiled at start-up for every run (test/cli/startup-patterns.test.ts)
const UPPER = lazyRegExp(String.raw`^\p{Lu}$`, "u");

const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/** The byte before `i` (or after, `step` 1) past one space, or undefined. */
function figureSide(sample: Uint8Array, i: number, step: number): number | undefined {
  const b = sample[i];
  return b === 0x20 ? sample[i + step] : b;
}

/**
 * The bytes of TIMES_BYTES that occur in `sample` from `from` on and stand, every time, alone between two figures (a space
 * on either side or none: `2048 × 1536`, `10×15`). why every time: one such byte inside a word (`Ş` in `Şubat`) is a letter.
 */
export function timesBetweenFigures(sample: Uint8Array, from: number): Set<number> {
  return bytesEveryTime(sample, from, TIMES_BYTES, (x, i) => isDigit(figureSide(x, i - 1, -1)) && isDigit(figureSide(x, i + 1, 1)));
}

/**
 * The cost of each line (word) of `text`, the reading of `evidence` (one word a line): CAPITAL_BETWEEN_FIGURES for a word
 * that is one byte of `times` read as an upper-case letter; else 0; null when no word pays. Refused: lower-case letters
 * (KOI8-R `3 в 1`, cp850 Spanish `3 ó 4` are words), the x-like capitals (X_LIKE), signs, and uncased letters (Hebrew `ח`).
 */
export function capitalBetweenFiguresCosts(text: string, evidence: Uint8Array, times: Set<number>): number[] | null {
  if (times.size === 0) return null;
  return wordCosts(text, evidence, (w, bytes) => (bytes.length === 1 && times.has(bytes[0]) && UPPER().test(w) && !X_LIKE.has(w) ? CAPITAL_BETWEEN_FIGURES : 0));
}
