// What a `‘` inside a word costs beyond the common symbol it is priced as: a DOS page's `æ` read in windows-1252 (cp850 `prætendere` as `pr‘tendere`, cp865 Danish `Mægler` as `M‘gler`) far more often than a stand-in for `’` or the Hawaiian ʻokina.

/**
 * The extra cost. why: ‘ stands in for ’ or the ʻokina now and then (`Hawai‘i`, `O‘ahu`, `l‘été`), far less often than it
 * is byte 91, `æ` in cp850, cp865 and cp437, read in windows-1252; Danish and Norwegian words open with a capital and an
 * `æ` all the time (`Kære`, `Næste`, `Mægler`).
 */
export const STAND_IN = -5;
/** Capitals that Uzbek writes with `‘` after them as one letter (`Oʻ`, `Gʻ`). */
const UZBEK_LETTERS = new Set(["O", "G"]);

/**
 * STAND_IN when text[i] is `‘` with a lower-case letter after it and, before it, a lower-case letter (`pr‘tendere`) or a
 * capital that opens its word (`M‘gler`); else 0. why the opening capital: such a word is one capital and lower-case
 * letters, so the mark sits inside it as between two lower-case letters; an elision before a capital (`O‘Brien`) and a
 * capital inside a word (`MC‘s`) stay free. why not after `O` or `G`: Uzbek in the Latin script writes its letters `oʻ`
 * and `gʻ` with `‘` on Windows (`O‘zbekiston`, `G‘uzor`), and a windows-1252 list of its districts was read cp850.
 */
export function standInQuoteCost(text: string, i: number, isLower: (c: number) => boolean, isUpper: (c: number) => boolean, isLetter: (c: number) => boolean): number {
  if (text[i] !== "‘" || i < 1 || !isLower(text.charCodeAt(i + 1))) return 0;
  const prev = text.charCodeAt(i - 1);
  if (isLower(prev)) return STAND_IN;
  const opens = i < 2 || !isLetter(text.charCodeAt(i - 2));
  return isUpper(prev) && opens && !UZBEK_LETTERS.has(text[i - 1]) ? STAND_IN : 0;
}
