// Whether an evidence word could be CJK text: every high byte a lead byte with its trail, no pair glued to Latin letters.

const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/**
 * Whether `word` reads as double-byte characters: each high byte a lead (0x81–0xFE) followed by a trail (0x40–0xFE but
 * 0x7F), and no ASCII trail with an ASCII letter after it. why: the figures of a word are folded (figuresOnce) unless a
 * CJK character may hold them; a Latin sign before a currency code or unit (`13 EUR` with a cp852 no-break space FF,
 * `54 KČ` with A0 before `K` and a lone `Č` after it) is no CJK character, and counted on every row it decided the page
 * (cp850, windows-1252), silently. Kept apart still: GB18030 `18–25` (A8 43 before a figure).
 */
export function cjkShaped(word: Buffer): boolean {
  for (let i = 0; i < word.length; i++) {
    const b = word[i];
    if (b < 0x80) continue;
    const t = word[i + 1];
    if (b === 0x80 || b === 0xff || t === undefined || t < 0x40 || t === 0x7f || t === 0xff) return false;
    if (t < 0x80 && isAsciiLetter(t) && isAsciiLetter(word[i + 2])) return false;
    i++;
  }
  return true;
}
