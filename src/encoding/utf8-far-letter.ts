// A few legacy bytes that are valid UTF-8 by chance, each a letter of a far script glued to ASCII letters (cp775 `Õs` read `Ռs`): UTF-8, warned.
import type { EncodingDecision } from "../types.js";
import { lazyRegExp } from "../lazy.js";
import { hasHighHalf, highHalf } from "./high-half.js";

/** Multi-byte characters a sample holds at most for its UTF-8 to be doubted: chance pairs are few, real text writes more. */
const CHANCE_CHARACTERS = 3;
const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * Whether a two-byte character is of a far script: Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana or N'Ko (U+0400–07FF).
 * why not Latin, IPA or Greek: `é`, `ˈ` and Greek letters glue to ASCII letters in real text (`Δt`, `μg`, `λmax`).
 */
const farScript = (c: number): boolean => c >= 0x400 && c < 0x800;

/**
 * Cyrillic letters that look like Latin ones. why: real UTF-8 writes them inside Latin words by keyboard slips and
 * homoglyphs (`Mоscow` with Cyrillic `о`); a chance pair of legacy bytes seldom lands on one of these few.
 */
const LOOKALIKE = new Set("АВЕЅІЈКМНОРСТХУаеѕіјорсхуԁԛԝ");

/**
 * Whether `text` (a valid UTF-8 window, decoded) holds 1 to CHANCE_CHARACTERS non-ASCII characters and each is a letter of
 * a far script glued to an ASCII letter. why: a legacy letter and the byte after it pair up as UTF-8 by chance, and the
 * pair lands in whatever block its lead byte names; no real word glues one Armenian or Arabic letter to Latin ones.
 */
export function farLettersGlued(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (++n > CHANCE_CHARACTERS || !farScript(c) || !LETTER().test(text[i]) || LOOKALIKE.has(text[i])) return false;
    if (!isAsciiLetter(text.charCodeAt(i - 1)) && !isAsciiLetter(text.charCodeAt(i + 1))) return false;
  }
  return n > 0;
}

/**
 * Whether each far character of `text` reads in single-byte page `name` as two letters (its UTF-8 lead and continuation
 * bytes). why: a legacy word split into a chance pair is letters on both sides (cp775 `šī` = `D5 8C`); a real Cyrillic
 * letter read in a legacy page is a letter and a sign (`Ð–` for `Ж`, `Ñ‹` for `ы`), which is no word.
 */
export function readsAsLetters(text: string, name: string): boolean {
  // why a multi-byte page passes: its reading of two bytes is one character, which this letter test cannot judge
  if (!hasHighHalf(name)) return true;
  const high = highHalf(name);
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    const lead = 0xc0 | (c >> 6), cont = 0x80 | (c & 0x3f);
    if (!LETTER().test(high[lead - 0x80]) || !LETTER().test(high[cont - 0x80])) return false;
  }
  return true;
}

/**
 * `utf8` (a sure UTF-8 decision on `sample`), warned naming the legacy page that reads the window, when its few
 * characters are far letters glued to ASCII ones (farLettersGlued) and the page reads each as two letters (readsAsLetters);
 * else `utf8`. why still UTF-8: the bytes are valid, and two of them tell a page too little to answer it; the warning
 * keeps the misreading from passing silently.
 */
export async function farLetterWarned(utf8: EncodingDecision, sample: Buffer, wStart: number, wEnd: number, eof: boolean): Promise<EncodingDecision> {
  if (utf8.confidence !== 1) return utf8;
  const text = sample.toString("utf8", wStart, wEnd);
  if (!farLettersGlued(text)) return utf8;
  const { legacyGuess } = await import("./legacy.js");
  const guess = await legacyGuess(sample, wStart, sample.subarray(wStart, wEnd), eof);
  if (guess.name === "utf-8" || !readsAsLetters(text, guess.name)) return utf8;
  return { ...utf8, confidence: 0.4, uncertain: true, alternative: guess.name, alternatives: [guess.name] };
}
