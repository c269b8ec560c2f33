// What a no-break space costs glued to the end of a lower-case word and followed by a plain space, where another page reads its byte as a letter ending the word (cp850 Spanish `está desconectado` read in windows-1252 as `est\u00a0 desconectado`).
import { bytesEveryTime, wordCosts } from "./byte-every-time.js";

/**
 * What each such word costs: what a rare sign glued to a word costs (language.ts symbolScore), as capital-between-figures.ts
 * does. why: a no-break space keeps two things together (`12\u00a0kg`, `M.\u00a0Dupont`); glued after a word and then
 * followed by a plain space it keeps nothing. The letter model priced it as a common sign, so windows-1252's `est` beat
 * cp850's `está` by the pages' prior and a DOS Spanish log whose only accents were word-final `á` was warned wrong.
 */
export const NBSP_BEFORE_SPACE = -7;

/** The bytes some page reads as a no-break space: A0 in the windows and ISO pages, FF in the DOS pages, CA in Mac Roman. */
const NBSP_BYTES = new Set([0xa0, 0xca, 0xff]);

const isLower = (b: number | undefined): boolean => b !== undefined && b >= 0x61 && b <= 0x7a;

/**
 * The bytes of NBSP_BYTES that occur in `sample` from `from` on and stand, every time, right after an ASCII lower-case
 * letter and right before a plain space and a lower-case letter (`est\xa0 desconectado`). why every time: one such byte
 * between a figure and a unit, or anywhere else, is a no-break space doing its job, and then the file keeps the old reading.
 */
export function nbspBeforeSpaceBytes(sample: Uint8Array, from: number): Set<number> {
  return bytesEveryTime(sample, from, NBSP_BYTES, (x, i) => isLower(x[i - 1]) && x[i + 1] === 0x20 && isLower(x[i + 2]));
}

/**
 * The cost of each line (word) of `text`, the reading of `evidence` (one word a line): NBSP_BEFORE_SPACE for a word that
 * ends in a byte of `glued` read as a no-break space; else 0; null when no word pays. Refused: the pages that read the
 * byte as a letter (they are the other reading), and words the byte does not end.
 */
export function nbspBeforeSpaceCosts(text: string, evidence: Uint8Array, glued: Set<number>): number[] | null {
  if (glued.size === 0) return null;
  return wordCosts(text, evidence, (w, bytes) => (bytes.length > 0 && glued.has(bytes[bytes.length - 1]) && w.endsWith("\u00a0") ? NBSP_BEFORE_SPACE : 0));
}
