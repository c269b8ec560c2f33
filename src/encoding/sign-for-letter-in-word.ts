// What a sign glued between two lower-case letters of a word costs where another page reads its byte as a letter of the file's language (ISO-8859-15 Dutch `geïmporteerd` read in cp850 as `ge´mporteerd`).
import { highHalf } from "./high-half.js";
import { letterRun } from "./dash-in-word.js";
import { lazyRegExp } from "../lazy.js";

/**
 * What each such sign costs in a language whose alphabet holds the letter, beyond its price as a sign: what a rare sign
 * glued to a word costs (language.ts symbolScore), as capital-between-figures.ts does. why: the letter model priced
 * cp850's `´` between two letters as a Dutch apostrophe (`programma´s`) and its two pieces as short words, cheaper than
 * the Dutch word with its `ï`, so a Dutch render log whose only accents were `geïmporteerd` was answered cp850.
 */
export const SIGN_FOR_LETTER = -7;

/**
 * Signs that sit between two letters of a real word, left to their own rules: apostrophes (`d’Artagnan`), Catalan `l·l`,
 * the soft hyphen, Hebrew marks; `‘` standing in for `’` (stand-in-quote.ts).
 */
const OWN_RULES = new Set([..."’‘·\u00ad\u05be\u05f3\u05f4"]);
/** Signs typed for an apostrophe (Dutch `zo´n`, `foto´s`, `rock´n´roll`): free beside a one-letter piece. */
const APOSTROPHE_LIKE = new Set([..."´`"]);
/** Dashes join words and ranges (`cost–benefit`, `ma–vr`, `a–f`): they pay only splitting a one-letter piece off a word (`li–a`). */
const DASHES = new Set([..."–—"]);
/**
 * Chat text glues words with `…` and `•`, beside one-letter words too (`allora…andiamo`, `va bene…a presto`): never
 * priced. why: windows-1252 writes `…` at 0x85, which cp850 reads `à`, a letter of Italian, Portuguese, Catalan and
 * French; pricing it sent windows-1252 chat lists to cp850 (audit wqa34 F5).
 */
const GLUE = new Set([..."…•"]);

const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");
// why punctuation and symbols only: a byte a page leaves unassigned or reads as a control is priced far higher already
const SIGN = lazyRegExp(String.raw`^[\p{P}\p{S}]$`, "u");

/** Whether the sign at word[i], between two lower-case letters, is of a kind this rule prices there. */
function priced(word: string, i: number): boolean {
  const c = word[i];
  if (c < "\x80" || OWN_RULES.has(c) || GLUE.has(c) || !SIGN().test(c)) return false;
  if (!LOWER().test(word[i - 1] ?? "") || !LOWER().test(word[i + 1] ?? "")) return false;
  const left = letterRun(word, i - 1, -1), right = letterRun(word, i + 1, 1);
  if (APOSTROPHE_LIKE.has(c)) return Math.min(left, right) > 1;
  if (DASHES.has(c)) return Math.min(left, right) === 1 && Math.max(left, right) > 1;
  return true;
}

/** A priced sign: the word (line of the evidence) it is in, and the lower-case letters other pages read its byte as. */
export interface SignSpot {
  line: number;
  letters: string[];
}

/**
 * The priced signs of `text`, the reading of `evidence` (one word a line; one character a byte, as single-byte pages
 * read), each with the lower-case letters the pages of `names` read its byte as; none without such a letter.
 */
export function signsForLetters(text: string, evidence: Uint8Array, names: string[]): SignSpot[] {
  const spots: SignSpot[] = [];
  if (text.length !== evidence.length) return spots;
  let start = 0;
  text.split("\n").forEach((word, line) => {
    for (let i = 1; i + 1 < word.length; i++) {
      const b = evidence[start + i];
      if (b < 0x80 || !priced(word, i)) continue;
      const letters = [...new Set(names.map((n) => highHalf(n)[b - 0x80]).filter((ch) => ch !== undefined && LOWER().test(ch)))];
      if (letters.length > 0) spots.push({ line, letters });
    }
    start += word.length + 1;
  });
  return spots;
}

/**
 * The cost of each word of a reading in a language with alphabet `alphabet` (language-data.ts ALPHABETS): SIGN_FOR_LETTER
 * for each spot whose letters the alphabet holds; null when no word pays. Refused: a letter the language does not write
 * (PDF text's spacing accents, `Universita¨t`, which ISO-8859-15 reads `Universitašt`, stay free in German and English-like
 * readings), and the signs `priced` leaves alone.
 */
export function signForLetterCosts(spots: SignSpot[], words: number, alphabet: string): number[] | null {
  let costs: number[] | null = null;
  for (const s of spots) {
    if (!s.letters.some((ch) => alphabet.includes(ch))) continue;
    costs ??= new Array<number>(words).fill(0);
    costs[s.line] += SIGN_FOR_LETTER;
  }
  return costs;
}
