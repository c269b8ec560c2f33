// A CJK cell that sorts first above a column of CJK keys sorted in code point order: a dictionary's first key, not a name.

/** Kana, CJK ideographs (the unified blocks, extension A, the compatibility block, the supplementary planes) and Hangul. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Values below the cell that a sorted column must hold; why 10: a short column sorts by chance. */
const MIN_VALUES = 10;

/**
 * True when the cell and 10 values or more below it each hold a CJK character, and the cell followed by the values
 * sorts strictly ascending, as a program sorts keys (`丹尼·博伊爾` above `亞歷杭德羅·…`, `伊利亞·卡贊`, …; `B超` above
 * `PN結`, `SQL注入`: OpenCC's phrase tables). why: in an all-text table of CJK words no type, case or shape tells the
 * first key from a name, but a name seldom sorts before every key of a column sorted by code point (such a dictionary
 * starts at the lowest ideographs). why CJK only: an ASCII name (`key`) sorts before any CJK key whatever it names, and
 * cased scripts have their own forms of names (titleAboveUntitled, firstOfSortedCodes in header.ts).
 */
export function firstOfSortedCjkKeys(cell: string, values: string[]): boolean {
  if (values.length < MIN_VALUES || !CJK.test(cell) || !values.every((v) => CJK.test(v))) return false;
  let previous = cell;
  for (const v of values) {
    // why `<` (UTF-16 units): sort() without a comparator, as such files are written, orders so
    if (!(previous < v)) return false;
    previous = v;
  }
  return true;
}
