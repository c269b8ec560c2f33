// A CJK character standing alone before one lowercase ASCII letter that ends the word (`試n`): the last two letters of a Latin word in a Mac page, read as a double-byte pair.

/** What such a character costs more in a CJK reading (legacy.ts cjkScore), besides what any character glued to an ASCII letter costs. */
export const LATIN_ENDING = -8;

const cjkLetter = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
const lowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;
// why no end test: past the end charCodeAt gives NaN, which no comparison holds
const wordGoesOn = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39) || cjkLetter(c);

/**
 * LATIN_ENDING when `text[i]` is a kana, kanji or hangul followed by a single lowercase ASCII letter that ends the word
 * (no letter, figure or CJK character after it), else 0. why: Mac Roman writes every lowercase accented letter at 0x87–0x9F,
 * Shift_JIS and GBK lead bytes, and an ASCII letter is a valid trail byte, so Dutch `één` (8E 8E 6E) read as Shift_JIS
 * `試n` and Spanish `ón` as one kanji: a Dutch Mac Roman list whose only accented word was `één` was answered Shift_JIS.
 * CJK text glues ASCII to its characters as words or codes (`iPhone用`, `新iPhone`, `X線`, `ビタミンC`, `第n回`), not as
 * one lowercase letter ending the word. Refused: those (several letters, a capital, a CJK character after the letter), and
 * a character after another CJK character, the end of a CJK word (`タイプa`, `方案b`: wqa28 found a Shift_JIS list read
 * macintosh, silently).
 */
export function latinEndingCost(text: string, i: number): number {
  if (!cjkLetter(text.charCodeAt(i)) || !lowerAscii(text.charCodeAt(i + 1))) return 0;
  // why: a Mac page's accent pair stands alone between Latin letters; after another CJK character it ends a CJK word (`タイプa`)
  if (i > 0 && cjkLetter(text.charCodeAt(i - 1))) return 0;
  return wordGoesOn(text.charCodeAt(i + 2)) ? 0 : LATIN_ENDING;
}
