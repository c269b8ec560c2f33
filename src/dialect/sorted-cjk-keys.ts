// An ideograph cell that sorts first above a column of ideograph keys sorted in code point order: a dictionary's first key, not a name.
import { sortedFrom } from "./code-order.js";

/** CJK ideographs: the unified blocks, extension A, the compatibility block, the supplementary planes. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Kana and Hangul (syllables, jamo, compatibility jamo): scripts whose code point order is their dictionary order. */
const KANA_OR_HANGUL = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\uac00-\ud7af]/;

/** Values below the cell that a sorted column must hold; why 10: a short column sorts by chance. */
const MIN_VALUES = 10;

/**
 * True when the cell and 10 values or more below it each hold a CJK character, and the cell followed by the values
 * sorts strictly ascending, as a program sorts keys (`丹尼·博伊爾` above `亞歷杭德羅·…`, `伊利亞·卡贊`, …; `B超` above
 * `PN結`, `SQL注入`: OpenCC's phrase tables). why: in an all-text table of CJK words no type, case or shape tells the
 * first key from a name, but a name seldom sorts before every key of a column sorted by code point (such a dictionary
 * starts at the lowest ideographs). why ideographs only: an ASCII name (`key`) sorts before any CJK key whatever it names,
 * and cased scripts have their own forms of names (titleAboveUntitled, firstOfSortedCodes in header.ts). Refused
 * (wqa21 F1): a cell holding kana or Hangul, or values without an ideograph. why: Hangul is encoded in 가나다 order,
 * so any Korean list sorted as a dictionary is sorted by code point and a name early in that order (`과목` above
 * `과학`, `국어`) sorts first as a name; kana sort before every ideograph and hiragana before katakana, so a kana name
 * (`よみ` above `アオキ`) sorts first whatever it names. Ideographs are ordered by radical and stroke, an order no one
 * sorts names by hand, so a sorted ideograph column is a program's and a name seldom sorts before its first key.
 */
export function firstOfSortedCjkKeys(cell: string, values: string[]): boolean {
  if (values.length < MIN_VALUES || !HAN.test(cell) || KANA_OR_HANGUL.test(cell)) return false;
  if (!values.every((v) => HAN.test(v))) return false;
  // why `<` (UTF-16 units): sort() without a comparator, as such files are written, orders so
  return sortedFrom(cell, values);
}
