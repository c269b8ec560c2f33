// A rare page the gate keeps from answering still warns a silent answer it beats, or that reads its lower-case letters as capitals inside words (cp852 `PorŚwnaj`).
import { lazyRegExp } from "../lazy.js";
import { powerInsideAt } from "./power-inside-word.js";

const UPPER = lazyRegExp(String.raw`^\p{Lu}$`, "u");
const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");
const LETTERS = lazyRegExp(String.raw`\p{L}`, "gu");

/**
 * How many distinct words `answer` reads with a non-ASCII capital right after a lower-case letter where `rare` reads a
 * lower-case letter (cp852 `WspŚlny`, `WrŚĆ` for Mac Central European `Wspólny`, `Wróć`). why non-ASCII only: ASCII
 * capitals inside words are names and identifiers (`McLeod`, `iPhone`); no language capitalises an accented letter there.
 */
export function capitalsInsideWords(answer: string[], rare: string[]): number {
  return wordsReadWhere(answer, rare, (a, r, j) => j > 0 && a[j] > "\x7f" && UPPER().test(a[j]) && LOWER().test(a[j - 1]) && LOWER().test(r[j]));
}

/** How many distinct words `answer` reads differently from `rare` (same length) with a position where `at` holds. */
function wordsReadWhere(answer: string[], rare: string[], at: (a: string, r: string, j: number) => boolean): number {
  const seen = new Set<string>();
  for (let i = 0; i < answer.length; i++) {
    const [a, r] = [answer[i], rare[i]];
    if (a === r || a.length !== r.length || seen.has(a)) continue;
    for (let j = 0; j < a.length; j++) {
      if (at(a, r, j)) {
        seen.add(a);
        break;
      }
    }
  }
  return seen.size;
}

/** How many distinct words `answer` reads with a power inside where `rare` reads a letter (power-inside-word.ts). */
export function powersInsideWords(answer: string[], rare: string[]): number {
  return wordsReadWhere(answer, rare, powerInsideAt);
}

/**
 * Whether `answer` reads some word with a capital inside (capitalsInsideWords) or a power inside (powersInsideWords, cp850
 * `Mê²`) where `rare` reads letters: readings no text has, so a rare page reading letters there is a rival however thin.
 */
export function oddInsideWords(answer: string[], rare: string[]): boolean {
  return capitalsInsideWords(answer, rare) > 0 || powersInsideWords(answer, rare) > 0;
}

/** What heldRareRival reads of a reading. */
export interface RivalWords {
  name: string;
  words: string[];
}

/** Whether `rare` reads some word differently from `answer` with two letters or more (a lone `þ` for `ﬂ` is no word). */
function ownWord(answer: string[], rare: string[]): boolean {
  return rare.some((w, i) => w !== answer[i] && (w.match(LETTERS()) ?? []).length >= 2);
}

/**
 * Among the rare pages' readings the rare-page gate keeps from answering (`held`), the one that comes closest to `answer`
 * (`lead`: the answer's head-to-head advantage over it), when that lead is under `needed` and either the answer reads a
 * word with a capital inside (capitalsInsideWords) or the rare reading beats it outright (lead below 0) on a word of its
 * own (ownWord); else null. why: cp852 holds Mac Central European's `ó` `ą` at the bytes of its own `Ś` `ł`, letters of
 * Polish, and Mac Roman reads `ó` alike and `ą` as a Catalan `à`, so the gate, which counts only foreign letters and
 * signs, found no word of a Polish Mac file read improbably and dropped the rare page; cp852, ahead by its prior,
 * answered `PorŚwnaj … wyciłgiem` and `Urzłd` silently. The answer stays: a word or two cannot give a rare page the
 * file (`;ﬂ;` as Mac Icelandic `þ`), but they warn.
 */
export function heldRareRival<T extends RivalWords>(answer: T, held: T[], lead: (r: T) => number, needed: number): T | null {
  let [out, closest] = [null as T | null, needed];
  for (const r of held) {
    const margin = lead(r);
    const against = oddInsideWords(answer.words, r.words) || (margin < 0 && ownWord(answer.words, r.words));
    if (against && margin < closest) [out, closest] = [r, margin];
  }
  return out;
}
