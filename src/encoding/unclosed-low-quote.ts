// What a `‚` opening a word costs in a reading that holds no `‘` or `’` to close it: a letter of another page (cp850 `écran` read in windows-1252 as `‚cran`, Mac Cyrillic `Вручную` in windows-1251 as `‚ручную`).
import { lazyRegExp } from "../lazy.js";

/**
 * What each word opened by an unclosed `‚` costs beyond the common symbol it is priced as: what a rare sign glued to a
 * word costs (language.ts symbolScore), as a doubled low quote does. why: the single low quote opens only a quotation
 * inside a quotation (German and Czech `‚Wort‘`, Polish `‚słowo’`) and is closed in the same text; byte 82 is a common
 * letter in most DOS and Mac pages (`é` in cp850, cp852, cp775, `В` in ibm866 and Mac Cyrillic, `Ç` in Mac Roman), which
 * windows-1250, -1251, -1252 and -1257 read as `‚`. A Russian Mac Cyrillic track list whose only capital at 82 opens
 * `Вручную` was read windows-1251 `‚ручную`.
 */
export const UNCLOSED_LOW_QUOTE = -7;

const OPENER = "‚";
/** The byte every windows page reading `‚` gives it, and the ASCII apostrophe that may close it. */
const LOW_QUOTE_BYTE = 0x82;
const APOSTROPHE = 0x27;
const CLOSERS = ["‘", "’"];

/** A word the low quote opens: a letter right after it (a quote opening a quotation). */
const OPENS_WORD = lazyRegExp(String.raw`^‚\p{L}`, "u");

/**
 * The cost of each line (word) of `text`: UNCLOSED_LOW_QUOTE for one that `‚` opens when `text` holds no `‘` or `’`;
 * else 0; null when no word pays. Refused: any reading with a closing single quote anywhere (`‚Wort‘`, `‚słowo’`), a
 * `‚` after a letter or before none (`Jos‚`, `‚‚n`: priced in language.ts and doubled-low-quote.ts), and `„`.
 */
export function unclosedLowQuoteCosts(text: string): number[] | null {
  if (!text.includes(OPENER) || CLOSERS.some((c) => text.includes(c))) return null;
  const costs = text.split("\n").map((w) => (OPENS_WORD().test(w) ? UNCLOSED_LOW_QUOTE : 0));
  return costs.some((c) => c !== 0) ? costs : null;
}

/**
 * Whether some byte 82 of `sample` has an ASCII apostrophe after it on its line (`‚Probe'`): the low quote is closed,
 * typed with a plain closer that the evidence words, cut at apostrophes, do not show. why: an English `‚test'` list in
 * windows-1252 was read cp850 `étest` without this check.
 */
export function apostropheClosesLowQuote(sample: Uint8Array): boolean {
  let open = false;
  for (const b of sample) {
    if (b === LOW_QUOTE_BYTE) open = true;
    else if (b === 0x0a || b === 0x0d) open = false;
    else if (open && b === APOSTROPHE) return true;
  }
  return false;
}
