// How plausible a decoded text reads: penalises replacement chars, C1 controls, symbols inside words, case and script soup.
import { TextDecoder } from "node:util";

// Character classes, one byte per BMP code point, built once on first use.
const C_OTHER = 0;
const C_LOWER = 1;
const C_UPPER = 2;
const C_LETTER = 3; // letters without case (Hebrew, Arabic, kana…)
const C_SYMBOL = 4;
const C_C1 = 5;
const C_PRIVATE = 6;
const C_REPLACEMENT = 7;
const C_DIGIT = 8;
const C_SPACE = 9;
const C_MARK = 10;
const C_HAN = 11;
const C_HANGUL = 12;
const C_QUOTE = 13; // quotes and dashes that sit next to letters in ordinary text (’ in don’t)
const C_CURRENCY = 14; // £ € ¥ ₽ …: common in CSV amounts

// Script ids for letters, so "Latin letter glued to a Cyrillic one" can be seen.
const S_NONE = 0;
const S_LATIN = 1;
const S_GREEK = 2;
const S_CYRILLIC = 3;
const S_HEBREW = 4;
const S_ARABIC = 5;
const S_CJK = 6;
const S_OTHER = 7;

let classes: Uint8Array | null = null;
let scripts: Uint8Array | null = null;
/** Han and Hangul syllables in the common sets of GB2312 level 1, Big5 "frequent", JIS level 1 and KS X 1001. */
let commonCjk: Uint8Array | null = null;

function build(): void {
  const cls = new Uint8Array(0x10000);
  const scr = new Uint8Array(0x10000);
  const reLower = /\p{Ll}/u;
  const reUpper = /\p{Lu}|\p{Lt}/u;
  const reLetter = /\p{L}/u;
  const reSym = /\p{S}|\p{P}/u;
  const reDigit = /\p{N}/u;
  const reSpace = /\p{Z}/u;
  const reMark = /\p{M}/u;
  const reCurrency = /\p{Sc}/u;
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    let k = C_OTHER;
    if (c <= 0x9f) k = C_C1;
    else if (c === 0xfffd) k = C_REPLACEMENT;
    else if (c >= 0xe000 && c <= 0xf8ff) k = C_PRIVATE;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) k = C_HAN;
    else if (c >= 0xac00 && c <= 0xd7a3) k = C_HANGUL;
    else if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xab || c === 0xbb) k = C_QUOTE;
    else if (c !== 0xa4 && reCurrency.test(ch)) k = C_CURRENCY;
    else if (reLower.test(ch)) k = C_LOWER;
    else if (reUpper.test(ch)) k = C_UPPER;
    else if (reLetter.test(ch)) k = C_LETTER;
    else if (reMark.test(ch)) k = C_MARK;
    else if (reDigit.test(ch)) k = C_DIGIT;
    else if (reSpace.test(ch)) k = C_SPACE;
    else if (reSym.test(ch)) k = C_SYMBOL;
    cls[c] = k;
    if (k === C_LOWER || k === C_UPPER || k === C_LETTER || k === C_MARK) {
      scr[c] =
        c < 0x0370 ? S_LATIN
        : c < 0x0400 ? S_GREEK
        : c < 0x0530 ? S_CYRILLIC
        : c >= 0x0590 && c < 0x0600 ? S_HEBREW
        : c >= 0x0600 && c < 0x0700 ? S_ARABIC
        : c >= 0x1e00 && c < 0x1f00 ? S_LATIN
        : c >= 0x1f00 && c < 0x2000 ? S_GREEK
        : c >= 0x3040 && c < 0x3100 ? S_CJK
        : c >= 0xff00 && c <= 0xffef ? S_CJK // full-width forms and half-width kana
        : S_OTHER;
    } else if (k === C_HAN || k === C_HANGUL) scr[c] = S_CJK;
  }
  classes = cls;
  scripts = scr;

  const common = new Uint8Array(0x10000);
  const mark = (enc: string, leadLo: number, leadHi: number, trails: [number, number][]): void => {
    const bytes: number[] = [];
    for (let l = leadLo; l <= leadHi; l++)
      for (const [lo, hi] of trails) for (let t = lo; t <= hi; t++) bytes.push(l, t);
    const text = new TextDecoder(enc).decode(Uint8Array.from(bytes), { stream: true });
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0xfffd) common[c] = 1;
    }
  };
  mark("gb18030", 0xb0, 0xd7, [[0xa1, 0xfe]]); // GB2312 level 1 hanzi
  mark("big5", 0xa4, 0xc6, [[0x40, 0x7e], [0xa1, 0xfe]]); // Big5 frequently used hanzi
  mark("shift_jis", 0x88, 0x98, [[0x40, 0x7e], [0x80, 0xfc]]); // JIS level 1 kanji
  mark("euc-kr", 0xb0, 0xc8, [[0xa1, 0xfe]]); // KS X 1001 hangul syllables
  commonCjk = common;
}

export interface Plausibility {
  /** Mean score per non-ASCII character, from about -8 (garbage) to +1 (ordinary text). */
  score: number;
  /** Non-ASCII characters scored. */
  chars: number;
}

/**
 * Scores decoded text. Only non-ASCII characters are scored (ASCII decodes the same in every candidate),
 * looking at their neighbours: a symbol between two letters (¶ in a Greek word, ½ for œ), an upper-case
 * letter right after a lower-case one (mojibake of the wrong code page), letters of two scripts glued
 * together, C1 controls, U+FFFD and private-use characters all cost; common CJK characters and kana earn.
 */
export function plausibility(text: string): Plausibility {
  if (classes === null) build();
  let sum = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    n++;
    sum += charScore(text, i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return { score: n === 0 ? 0 : sum / n, chars: n };
}

/** Sum of the scores of the characters at `positions` (for comparing two single-byte readings where they differ). */
export function scoreAt(text: string, positions: readonly number[]): number {
  if (classes === null) build();
  let sum = 0;
  for (const i of positions) sum += text.charCodeAt(i) < 0x80 ? 1 : charScore(text, i);
  return sum;
}

/** Score of the non-ASCII character at text[i], in context. */
function charScore(text: string, i: number): number {
  const cls = classes as Uint8Array;
  const scr = scripts as Uint8Array;
  const common = commonCjk as Uint8Array;
  const len = text.length;
  const c = text.charCodeAt(i);
  // A surrogate pair (GB18030 4-byte forms, emoji): rare in CSV text, mildly suspicious.
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  const k = cls[c];
  const p = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const q = i + 1 < len ? text.charCodeAt(i + 1) : 0x20;
  const kp = p < 0x80 ? asciiClass(p) : cls[p];
  const kq = q < 0x80 ? asciiClass(q) : cls[q];
  switch (k) {
    case C_REPLACEMENT:
    case C_C1:
      return -8;
    case C_PRIVATE:
      return -4;
    case C_HAN:
    case C_HANGUL:
      return common[c] === 1 ? 1 : -1;
    case C_LOWER:
    case C_UPPER:
    case C_LETTER:
    case C_MARK: {
      let s = 1;
      const sc = scr[c];
      const sp = p < 0x80 ? (isAsciiLetter(p) ? S_LATIN : S_NONE) : scr[p];
      if (sp !== S_NONE && sp !== sc) s -= 3; // two scripts glued in one word
      if (k === C_UPPER && kp === C_LOWER) s -= 3; // "aÉ": upper-case right after lower-case
      return s;
    }
    case C_CURRENCY:
      return 1;
    case C_SYMBOL: {
      let s = 0;
      if (c === 0xa4) s -= 1; // ¤, the generic currency sign: almost always € read in the wrong code page
      // A symbol inside a word; not in CJK text, which has no spaces and puts its punctuation between letters.
      if (isWordish(kp) && isWordish(kq) && scr[c] !== S_CJK && !(c >= 0x3000 && c <= 0x303f) && !isCjkChar(p) && !isCjkChar(q)) s -= 3;
      return s;
    }
    case C_DIGIT:
    case C_SPACE:
    case C_QUOTE:
      return 0;
    default:
      return -2; // unassigned or rare characters
  }
}

function isCjkChar(c: number): boolean {
  return c >= 0x3000 && (scripts as Uint8Array)[c] === S_CJK;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function asciiClass(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return C_LOWER;
  if (c >= 0x41 && c <= 0x5a) return C_UPPER;
  if (c >= 0x30 && c <= 0x39) return C_DIGIT;
  return C_OTHER;
}

function isWordish(k: number): boolean {
  return k === C_LOWER || k === C_UPPER || k === C_LETTER || k === C_HAN || k === C_HANGUL;
}

/** Whether a Han character or Hangul syllable is in the common sets (GB2312 level 1, Big5 frequent, JIS level 1, KS X 1001). */
export function isCommonCjk(c: number): boolean {
  if (commonCjk === null) build();
  return (commonCjk as Uint8Array)[c] === 1;
}
