// An ellipsis glued to a word's last letter mid-sentence, where a close rival reads a letter that ends words in the file's language (cp850 Italian `proprietà` read in windows-1252 as `propriet…`), pays what an unknown letter pays.
import { LOG_UNKNOWN_LETTER, closesWordsShare } from "./language.js";
import { lazyRegExp } from "../lazy.js";
import { midSentence } from "./sign-after-short-word.js";
import type { LangWords } from "./foreign-letter-inside-word.js";

/**
 * What such an ellipsis costs beyond what language.ts `symbolScore` asks of a common sign glued to a word (−5): in all,
 * what an unknown letter costs. why: the DOS pages write `à` at 85, where the windows pages hold `…`, and Italian ends
 * words with `à` (`proprietà`, `città`, `già`); the letter-pair model finds `propriet` as likely a word as `proprietà`,
 * so the windows page won by its prior. Read as a sign closing a word that goes on with a lower-case word, the ellipsis is
 * no likelier than a letter the language never writes.
 */
export const ELLIPSIS_AS_LETTER_COST = LOG_UNKNOWN_LETTER + 5;
/** The share of a letter's occurrences that close a word after a letter above which the language ends words with it (Italian `à`: nearly all). */
const CLOSES_WORDS = 0.5;

const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");

/**
 * How many evidence words `best` reads with an ellipsis glued to a lower-case letter and closing the word where `other`
 * reads the same letters closed by a non-ASCII lower-case letter that closes words after a letter in `other`'s language, the file's as that reading has it (closesWordsShare; why not `best`'s: a
 * reading whose only letters are ASCII may put the file in any language its page serves, Latvian for an Italian list),
 * and `going(i)` says the word stands mid-sentence. Refused: an ellipsis ending a cell or a line (`Loading…`,
 * `Descripti…`), one after a capital (`OK…`), a rival letter the file's language does not end words with (English
 * `etc…` read `etcà`), and a rival that changes other letters of the word.
 */
export function ellipsesForWordEnds(best: LangWords, other: LangWords, going: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < best.words.length; i++) {
    const [a, r] = [best.words[i], other.words[i]];
    if (a === r || a.length !== r.length || a.length < 2 || !a.endsWith("…") || r.slice(0, -1) !== a.slice(0, -1)) continue;
    const letter = r[r.length - 1];
    if (!LOWER().test(a[a.length - 2]) || letter <= "\x7f" || !LOWER().test(letter)) continue;
    if (closesWordsShare(letter, other.lang) >= CLOSES_WORDS && going(i)) n++;
  }
  return n;
}

/**
 * The first of `near` (closest first) that leads `best` once each ellipsis it reads as a word-ending letter
 * (ellipsesForWordEnds) pays ELLIPSIS_AS_LETTER_COST, else null; `advantage(r)`: how far `best` leads `r`.
 */
export function wordEndLetterRival<T extends LangWords>(best: T, near: T[], evidence: Uint8Array, sample: Uint8Array, advantage: (r: T) => number): T | null {
  const words = Buffer.from(evidence.buffer, evidence.byteOffset, evidence.byteLength).toString("latin1").split("\n");
  const going = (i: number): boolean => midSentence(sample, Buffer.from(words[i] ?? "", "latin1"));
  if (!best.words.some((w) => w.endsWith("…"))) return null;
  return near.find((r) => r !== best && advantage(r) + ellipsesForWordEnds(best, r, going) * ELLIPSIS_AS_LETTER_COST < 0) ?? null;
}
