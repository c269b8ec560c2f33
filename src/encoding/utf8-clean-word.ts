// Whether a window that reads tolerantly as UTF-8 holds one word that is valid UTF-8 by itself: where every such word also holds a bad byte, its valid pairs are chance pairs of a legacy word (cp855 `Кинески` is C7 B7 D4 A8 E3 C6 B7, three valid pairs around one bad byte).
import { isAscii, isUtf8 } from "node:buffer";
import { firstNonAscii } from "./detect.js";

/** A byte that ends a word: ASCII other than a letter or a digit. */
const isCut = (b: number): boolean => b < 0x80 && !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) && !(b >= 0x30 && b <= 0x39);

/**
 * True when some word of `sample[from, to)` holding a byte >= 0x80 is valid UTF-8 on its own. why: tolerant UTF-8 keeps
 * a UTF-8 file with a few bad bytes (a cut character, a row from a legacy tool) UTF-8, and such a file writes whole
 * words in UTF-8 beside them. A legacy page whose letters fill C2–DF and 80–BF (cp855 Cyrillic) forms valid pairs inside
 * its own words: a Macedonian list with one local word was read as UTF-8 `ǷԨ�Ʒ`, silently, at 3 valid pairs to 1 bad.
 * A word running into `to` counts as clean when its bytes so far are (the window may cut it).
 */
export function hasCleanUtf8Word(sample: Buffer, from: number, to: number): boolean {
  for (let i = firstNonAscii(sample, from, to); i >= 0 && i < to; ) {
    let s = i;
    while (s > from && !isCut(sample[s - 1])) s--;
    let e = i + 1;
    while (e < to && !isCut(sample[e])) e++;
    const word = sample.subarray(s, e);
    if (!isAscii(word) && (isUtf8(word) || (e === to && validPrefix(word)))) return true;
    i = e >= to ? -1 : firstNonAscii(sample, e, to);
  }
  return false;
}

/** Whether `word` is valid UTF-8 once a character cut at its end is left out. */
function validPrefix(word: Buffer): boolean {
  for (let k = 1; k <= 3 && k < word.length; k++) if (isUtf8(word.subarray(0, word.length - k))) return true;
  return false;
}
