// A Shift_JIS reading made only of lone half-width katakana among ASCII is Latin signs (`±`, `×`, soft hyphens), not Japanese.

/** Half-width katakana and their marks (U+FF61–U+FF9F), the single bytes 0xA1–0xDF of Shift_JIS. */
const HALF_WIDTH_KANA = /[\uff61-\uff9f]/;

/**
 * Whether the Shift_JIS reading `text` holds no double-byte character and no half-width katakana word: every non-ASCII
 * character is a half-width katakana standing alone (between figures, ASCII letters or punctuation), or in a run of
 * one repeated character (`···` read `ｷｷｷ`, `¯¯` read `ｯｯ`). why: Japanese text writes kanji and hiragana (two-byte
 * pairs), and half-width katakana in real files come in runs spelling words (`ｶﾀｶﾅ`); single bytes 0xA1–0xDF alone are
 * the Latin-1 signs of an English article (`[4­8]` with a soft hyphen, `3 × 10`, `5 ± 1`), which scored as kana over
 * the Latin readings and were answered Shift_JIS, silently (arXiv abstracts `1701.00067.txt` in python3-pattern's
 * examples). Refused: any double-byte character, any run of two different half-width katakana, any other
 * non-ASCII character (U+FFFD included), and a reading with no half-width katakana at all.
 */
export function loneHalfWidthKana(text: string): boolean {
  let kana = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c.charCodeAt(0) < 0x80) continue;
    if (!HALF_WIDTH_KANA.test(c)) return false;
    kana++;
    const next = text[i + 1];
    if (next !== undefined && next !== c && HALF_WIDTH_KANA.test(next)) return false;
  }
  return kana > 0;
}
