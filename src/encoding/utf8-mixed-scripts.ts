// Valid UTF-8 sequences that a legacy file forms by chance: letters of two scripts glued in one word (cp855 `Кинески` read `ǷԨ�Ʒ`).
import { lazyRegExp } from "../lazy.js";

/** The script group of a non-ASCII letter: Latin, Greek, Cyrillic, Arabic, Hebrew, CJK, else its 128-code block. */
function scriptGroup(c: number): number {
  if (c < 0x2b0 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2c60 && c < 0x2c80) || (c >= 0xa720 && c < 0xa800) || (c >= 0xfb00 && c < 0xfb07)) return -1;
  if ((c >= 0x370 && c < 0x400) || (c >= 0x1f00 && c < 0x2000)) return -2;
  if ((c >= 0x400 && c < 0x530) || (c >= 0x2de0 && c < 0x2e00) || (c >= 0xa640 && c < 0xa6a0)) return -3;
  if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00) || (c >= 0xfe70 && c < 0xff00)) return -4;
  if ((c >= 0x590 && c < 0x600) || (c >= 0xfb1d && c < 0xfb50)) return -5;
  // why one group: Japanese glues kanji, kana and full-width forms in one word, Korean Hangul and hanja
  if ((c >= 0x1100 && c < 0x1200) || (c >= 0x2e80 && c < 0xa000) || (c >= 0xac00 && c < 0xd800) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xff00 && c < 0xfff0) || c > 0xffff) return -6;
  return c >> 7;
}

const LETTER = lazyRegExp(String.raw`[\p{L}\p{M}]`, "u");
/**
 * Letters that belong to no script of their own: signs in practice (micro, ordinals), combining accents, and the
 * spacing modifier letters U+02B0–02FF. why the last: IPA stress and length marks (`ˈwɔːtər`), the Hawaiian okina
 * (`Lānaʻi`) and the Ukrainian apostrophe (`мʼясо`) sit inside words of Latin or Cyrillic letters.
 */
const NEUTRAL = /[\u00aa\u00b5\u00ba\u02b0-\u036f]/u;
/** why CJK makes no mix: CJK text has no ASCII word breaks, and Greek or Latin letters glued to kanji are ordinary (`β遮断薬`, `γ線`, `Ｘ線`). */
const CJK = -6;
const LATIN = -1;
const GREEK = -2;

function isAsciiLetter(b: number): boolean {
  return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
}

/** The non-ASCII characters of `word` (decoded, U+FFFD for bad bytes) when its letters outside CJK are of two script groups or more, else 0. */
function mixedCount(word: string): number {
  const groups = new Set<number>();
  let n = 0;
  for (const ch of word) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80 || c === 0xfffd) continue;
    n++;
    if (LETTER().test(ch) && !NEUTRAL.test(ch)) groups.add(scriptGroup(c));
  }
  groups.delete(CJK);
  // why Greek with Latin alone is no mix: Greek letters are units and symbols inside Latin words (`μéq/L`, `Δélai`),
  // while the pairs legacy bytes make by chance seldom land in both (Greek needs lead bytes CD–CF, `Œ`/`œ` in Mac Roman)
  if (groups.size === 2 && groups.has(LATIN) && groups.has(GREEK)) return 0;
  return groups.size >= 2 ? n : 0;
}

/**
 * How many valid multi-byte sequences of `buf[start, end)` lie in words (runs between ASCII non-letters) whose letters
 * mix script groups, in all and before offset `firstInvalidAt` (-1: none). why: legacy bytes pair up as valid UTF-8 by
 * chance, each pair a letter of whatever block its lead byte falls in (Latin Extended-B, Cyrillic Supplement, Armenian…),
 * so one word holds letters of unrelated scripts; a word of real UTF-8 text keeps to one (kanji and kana count as one).
 * The count is an upper bound on the word's valid sequences (each non-ASCII character one), enough to discount them.
 */
export function mixedScriptSequences(buf: Uint8Array, start: number, end: number, firstInvalidAt: number): { all: number; beforeInvalid: number } {
  const decoder = new TextDecoder("utf-8");
  let all = 0;
  let beforeInvalid = 0;
  let w = start;
  for (let i = start; i <= end; i++) {
    const b = i < end ? buf[i] : 0x20;
    if (b >= 0x80 || isAsciiLetter(b)) continue;
    if (i > w) {
      let high = false;
      for (let k = w; k < i && !high; k++) high = buf[k] >= 0x80;
      const n = high ? mixedCount(decoder.decode(buf.subarray(w, i))) : 0;
      all += n;
      if (firstInvalidAt < 0 || i <= firstInvalidAt) beforeInvalid += n;
    }
    w = i + 1;
  }
  return { all, beforeInvalid };
}
