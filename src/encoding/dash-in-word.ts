// What an en dash inside a lower-case word costs beyond the common symbol it is priced as: another page's letter read in windows-125x (Mac Roman `piña` as `pi–a`, cp850 `Coût` as `Co–t`) far more often than a dash joining two words (`cost–benefit`).
import { lazyRegExp } from "../lazy.js";

/**
 * The extra cost, as much as a `‘` standing in for `’` between two lower-case letters (STAND_IN). why: byte 96 is `–` in
 * every windows-125x page, and Mac Roman `ñ`, cp850 and cp437 `û`, cp852 `ľ`: a Spanish, Galician or Basque Mac export
 * (`Coruña`, `Poñer`, `liña`) and a French DOS one (`Coût`, `sûre`) were read windows-1252 on a word or two.
 */
export const DASH_IN_WORD = -5;
/** A piece at most this long beside a longer one is no word of its own (`Coru–a`, `Superpo–er`, `ma–ana`). */
const PIECE = 2;

const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");
const ROMAN = lazyRegExp("^[ivxlcdm]+$");
const LETTER = lazyRegExp(String.raw`^[\p{L}\p{M}]$`, "u");
const VOWEL = lazyRegExp("[aeiouyæøœ]", "i");

/** Letters in a row from text[i] stepping by `step` (−1 or 1). */
export function letterRun(text: string, i: number, step: number): number {
  let n = 0;
  for (let k = i; k >= 0 && k < text.length && LETTER().test(text[k]); k += step) n++;
  return n;
}

/**
 * Whether a short piece after the dash, `text[from, to)`, writes no vowel (`pt`, `wt`, `śr`): an abbreviation closing a
 * range. why: Polish hours `pon–pt`, `czw–pt` (three letters and two) range abbreviations as `ma–vr` does; a word split
 * by a misread letter keeps a vowel in its short end (`Coru–a`, `Superpo–er`). why only after the dash: before it, a
 * word's opening consonants are such a piece too (cp850 `brûler` read `br–ler`).
 */
function noVowel(text: string, from: number, to: number): boolean {
  return !VOWEL().test(text.slice(from, to).normalize("NFD"));
}

/** Both pieces are roman numerals (`i–xv`, `xii–xv`): a page range, not a split word. */
function romanRange(text: string, i: number, left: number, right: number): boolean {
  return ROMAN().test(text.slice(i - left, i)) && ROMAN().test(text.slice(i + 1, i + 1 + right));
}

/**
 * What the `–` at text[i] costs beyond its symbol's price: DASH_IN_WORD when a lower-case letter stands on each side, one
 * side's piece is at most PIECE letters and the other's longer; else 0. why the piece: a dash joins words, so both sides
 * are words (`cost–benefit`, `north–south`, `video–audio` stay free, as do `Paris–Berlin`, `1990–1995` and `A–Z`); only
 * `e–mail` pays. why not two short pieces: that is how ranges of abbreviations and letters are written (Dutch
 * `ma–vr`, `di–za`, Finnish `ma–pe`, Polish `pn–pt`, `a–f`, `ii–iv`), nor page ranges in roman numerals (`xii–xv`).
 */
export function dashInWordCost(text: string, i: number): number {
  if (text[i] !== "–" || !LOWER().test(text[i - 1] ?? "") || !LOWER().test(text[i + 1] ?? "")) return 0;
  const left = letterRun(text, i - 1, -1), right = letterRun(text, i + 1, 1);
  if (Math.min(left, right) > PIECE || Math.max(left, right) <= PIECE) return 0;
  const closing = right <= PIECE && noVowel(text, i + 1, i + 1 + right);
  return closing || romanRange(text, i, left, right) ? 0 : DASH_IN_WORD;
}
