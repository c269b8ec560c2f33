// A Windows sign glued to the end of a one- or two-letter lower-case word where another page reads a letter of its file's language (cp850 Italian `già`, `più` read in windows-1252 as `gi…`, `pi—`): such an answer is warned, never silent.
import { lazyRegExp } from "../lazy.js";
import { foreignLetter } from "./rare-pages.js";
import type { LangWords } from "./foreign-letter-inside-word.js";

/**
 * A whole evidence word of one or two lower-case letters closed by a sign the windows pages hold at 80–9F. why these
 * signs: the DOS pages write their commonest accented lower-case letters there (cp850, cp437: `à` 85, `è` 8A, `å` 86,
 * `ù` 97, `ò` 95), and a short word ending in an accented vowel is common (Italian `già`, `più`, `può`, `là`; French
 * `où`; Norwegian `på`). The windows reading prices `…` and `—` as common signs and the letter-pair model sees `gi`
 * as a fine word, so cp850 `già` read `gi…` won by the page's prior, silently. why two letters at most: an ellipsis or a
 * dash after a longer word is ordinary punctuation (`Wait… what`, `continued…`, `Loading…`).
 */
const SHORT_WORD_SIGN = lazyRegExp(String.raw`^\p{Ll}{1,2}[…†‡‰•–—˜™›]$`, "u");
const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");

const isLowerAscii = (b: number | undefined): boolean => b !== undefined && b >= 0x61 && b <= 0x7a;
const isWordByte = (b: number | undefined): boolean => b !== undefined && (b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a));

/**
 * Whether the evidence word `word` (its bytes) stands in `sample` as a word of its own followed by a space and a
 * lower-case ASCII letter: mid-sentence (`gi\x85 aggiunta`). why: a label ends with an ellipsis after a short word
 * (`Gardar a…`, `Přejít na…`: Save as, Go to), and those are real; a sentence going on after it (`già aggiunta`,
 * `più disponibile`) is where a DOS page's word-final letter was read as a sign.
 */
export function midSentence(sample: Uint8Array, word: Uint8Array): boolean {
  const buf = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  for (let p = buf.indexOf(word); p >= 0; p = buf.indexOf(word, p + 1)) {
    const e = p + word.length;
    if (!isWordByte(buf[p - 1]) && buf[e] === 0x20 && isLowerAscii(buf[e + 1])) return true;
  }
  return false;
}

/**
 * Whether `best` reads some evidence word as a short lower-case word closed by a sign (SHORT_WORD_SIGN) that `other`
 * reads with the same letters and, for the sign, a non-ASCII lower-case letter its file's language writes (`gi…` /
 * `già`), where `going(i)` says the word stands mid-sentence (midSentence). Refused: a sign after a capital or after
 * three letters or more (`So…`, `Wait…`), one ending a cell or a line (`Gardar a…`), a sign opening a word or
 * standing alone (language.ts and signs.ts judge those), and a rival letter its own language lacks.
 */
export function letterForSignAfterShortWord(best: LangWords, other: LangWords, going: (i: number) => boolean = () => true): boolean {
  for (let i = 0; i < best.words.length; i++) {
    const [a, r] = [best.words[i], other.words[i]];
    if (a === r || a.length !== r.length || !SHORT_WORD_SIGN().test(a) || r.slice(0, -1) !== a.slice(0, -1)) continue;
    const letter = r[r.length - 1];
    if (letter > "\x7f" && LOWER().test(letter) && !foreignLetter(letter, other.lang) && going(i)) return true;
  }
  return false;
}

/** The first of `readings` (best first) that reads a letter where `best` reads a sign after a short word mid-sentence; else null. */
export function shortWordSignRival<T extends LangWords>(best: T, readings: T[], evidence: Uint8Array, sample: Uint8Array): T | null {
  const words = Buffer.from(evidence.buffer, evidence.byteOffset, evidence.byteLength).toString("latin1").split("\n");
  const going = (i: number): boolean => midSentence(sample, Buffer.from(words[i] ?? "", "latin1"));
  return readings.find((r) => r !== best && letterForSignAfterShortWord(best, r, going)) ?? null;
}
