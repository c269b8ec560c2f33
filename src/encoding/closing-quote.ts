// What a `“` or `‘` closing a word costs in a reading that holds no `„` or `‚` to open it: a letter of another page (Mac Roman `quì` read in windows-1252 as `qu“`, `Lezhë` as `Lezh‘`).
import { lazyRegExp } from "../lazy.js";

/**
 * What each closing `“` or `‘` of a word costs beyond the common symbol it is priced as: as much as an unclosed Spanish
 * opener. why: `“` and `‘` close a quotation only in German, after a `„` or `‚`; English and the Romance languages open
 * with them (an apostrophe after a letter is `’`). Glued after a letter with no German opener anywhere in the reading
 * they are letters of the file's page that windows-1252 reads as quotes: Mac Roman ì 93 (`quì`, an Italian list read
 * `qu“`) and ë 91 (Albanian `Lezhë`, `Mirditë` in a Danish or Basque quiz read `Lezh‘`, `Mirdit‘`), cp850 ô 93 and æ 91.
 */
export const UNOPENED_CLOSER = -11;

/** Each closer, the German opener that may close it, and its test: glued after a letter and before none. */
const CLOSERS: [string, string, () => RegExp][] = [
  ["“", "„", lazyRegExp(String.raw`\p{L}“(?!\p{L})`, "u")],
  ["‘", "‚", lazyRegExp(String.raw`\p{L}‘(?!\p{L})`, "u")],
];

/**
 * The cost of each line (word) of `text`: UNOPENED_CLOSER for one holding a `“` (or `‘`) after a letter and before none,
 * when `text` holds no `„` (no `‚`); else 0; null when no word pays. Refused: a quote opening a word (English `“Hello”`,
 * `‘tis`), one between letters (`Hawai‘i`, priced as a stand-in apostrophe), and any when the German opener opens one.
 */
export function closingQuoteCosts(text: string): number[] | null {
  const live = CLOSERS.filter(([closer, opener]) => text.includes(closer) && !text.includes(opener));
  if (live.length === 0) return null;
  const costs = text.split("\n").map((w) => (live.some(([, , re]) => re().test(w)) ? UNOPENED_CLOSER : 0));
  return costs.some((c) => c !== 0) ? costs : null;
}
