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

/**
 * What a word-final `‘` costs: enough to warn, never to outvote the letters. why: a `‘` closing a word is also a letter
 * mark (Uzbek `tog‘`, an ayin `Rub‘`) or a typo (`The Beatles‘`): at -11 such windows-1252 files were read as Mac Roman
 * `togë` or cp850 `Rubæ`; at -4 they stay windows-1252 warned, and Mac Roman `Lezhë` is windows-1252 warned naming macintosh.
 */
export const UNOPENED_SINGLE_CLOSER = -4;

/** Each closer, the German opener that may close it, its test (glued after a letter and before none) and its cost. */
const CLOSERS: [string, string, () => RegExp, number][] = [
  ["“", "„", lazyRegExp(String.raw`\p{L}“(?!\p{L})`, "u"), UNOPENED_CLOSER],
  ["‘", "‚", lazyRegExp(String.raw`\p{L}‘(?!\p{L})`, "u"), UNOPENED_SINGLE_CLOSER],
];

/**
 * A `‘` between letters or opening a word anywhere in the reading. why: such a file writes `‘` as a letter mark (Uzbek
 * `Farg‘ona`, so `tog‘` too) or as an English opener (`‘fine‘`), so its word-final ones are the same mark,
 * not Mac Roman ë: an Uzbek district list in windows-1252 was read as cp850 `Fargæona`, silently.
 */
const LETTER_MARK = lazyRegExp(String.raw`\p{L}‘\p{L}|(?<!\p{L})‘\p{L}`, "u");

/**
 * The cost of each line (word) of `text`: UNOPENED_CLOSER for one holding a `“` (UNOPENED_SINGLE_CLOSER a `‘`) after a letter and before none,
 * when `text` holds no `„` (no `‚`); else 0; null when no word pays. Refused: a quote opening a word (English `“Hello”`,
 * `‘tis`), one between letters (`Hawai‘i`, priced as a stand-in apostrophe), any when the German opener opens one, and
 * any `‘` when the reading also holds one between letters or opening a word (LETTER_MARK).
 */
export function closingQuoteCosts(text: string): number[] | null {
  const live = CLOSERS.filter(([closer, opener]) => text.includes(closer) && !text.includes(opener) && !(closer === "‘" && LETTER_MARK().test(text)));
  if (live.length === 0) return null;
  const costs = text.split("\n").map((w) => live.find(([, , re]) => re().test(w))?.[3] ?? 0);
  return costs.some((c) => c !== 0) ? costs : null;
}
