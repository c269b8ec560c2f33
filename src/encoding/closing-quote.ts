// What a `“` closing a word costs in a reading that holds no `„` to open it: a letter of another page (Mac Roman `quì` read in windows-1252 as `qu“`).
import { lazyRegExp } from "../lazy.js";

/**
 * What each closing `“` of a word costs beyond the common symbol it is priced as: as much as an unclosed Spanish opener.
 * why: `“` closes a quotation only in German, after a `„`; English and the Romance languages open with it. Glued after a
 * letter with no `„` anywhere in the reading it is a letter of the file's page (Mac Roman ì 93, cp850 ô 93) that
 * windows-1252 reads as a quote: an Italian list in Mac Roman whose only non-ASCII was `quì` was read `qu“`, silently.
 */
export const UNOPENED_CLOSER = -11;

const LETTER_BEFORE_QUOTE = lazyRegExp(String.raw`\p{L}“(?!\p{L})`, "u");

/** The cost of each line (word) of `text`: UNOPENED_CLOSER for one holding a `“` after a letter and before none, when `text` holds no `„`; else 0. Refused: a `“` opening a word (English `“Hello”`), and any when a `„` opens one. */
export function closingQuoteCosts(text: string): number[] | null {
  if (!text.includes("“") || text.includes("„")) return null;
  const costs = text.split("\n").map((w) => (LETTER_BEFORE_QUOTE().test(w) ? UNOPENED_CLOSER : 0));
  return costs.some((c) => c !== 0) ? costs : null;
}
