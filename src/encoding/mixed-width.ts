// A full-width Latin letter glued to a half-width one in a CJK reading (`ｂn`): an input method writes a word in one width.

/** What such a full-width letter costs more in a CJK reading (legacy.ts cjkScore), besides what any character glued to an ASCII letter costs. */
export const MIXED_WIDTH = -8;

const fullWidthLetter = (c: number): boolean => (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
const asciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * MIXED_WIDTH when `text[i]` is a full-width Latin letter (Ａ–Ｚ, ａ–ｚ) with an ASCII letter on either side, else 0. why:
 * Shift_JIS reads cp850 `é é` (82 82) as full-width `ｂ`, so Dutch `één` was `ｂn`, cheaper than the word itself once
 * windows-1252 `‚‚n` paid for its doubled quotes. Refused: full-width runs (`ＡＢＣ`), full-width letters beside
 * figures or spaces (`ＯＳ 10`), kanji and kana beside ASCII letters (`Tシャツ`, `X線`: those cost as before).
 */
export function mixedWidthCost(text: string, i: number): number {
  if (!fullWidthLetter(text.charCodeAt(i))) return 0;
  return (i > 0 && asciiLetter(text.charCodeAt(i - 1))) || asciiLetter(text.charCodeAt(i + 1)) ? MIXED_WIDTH : 0;
}
