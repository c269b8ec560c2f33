// A first row whose cells are each in the script of their column, the columns in two scripts, is a mapping's first pair.
import { lazyRegExp } from "../lazy.js";

/** Writing systems told apart, one capture group each (in this order). */
const SCRIPTS = [
  "Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Syriac", "Thaana", "Devanagari", "Bengali", "Gurmukhi",
  "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar",
  "Georgian", "Hangul", "Ethiopic", "Cherokee", "Canadian_Aboriginal", "Khmer", "Mongolian", "Hiragana", "Katakana",
  "Han", "Ol_Chiki", "Tifinagh",
];
const SCRIPT = lazyRegExp(SCRIPTS.map((s) => `(\\p{Script=${s}})`).join("|"), "u");
const LETTERS = lazyRegExp(String.raw`\p{L}`, "gu");

/** The one script all the cell's letters are written in (`Өзгөн` Cyrillic), or null: no letter of a listed script, or letters of two (`名前 name`). */
export function cellScript(cell: string): string | null {
  let found: string | null = null;
  for (const [letter] of cell.matchAll(LETTERS())) {
    const m = SCRIPT().exec(letter);
    // why skipped: letters shared by scripts (`ー` in Katakana words is Common) or of scripts not listed tell nothing
    if (m === null) continue;
    const s = SCRIPTS[m.slice(1).findIndex((g) => g !== undefined)];
    if (found !== null && s !== found) return null;
    found = s;
  }
  return found;
}

/**
 * True when the first row of an all-text table of two columns (3 rows below it or more) has each cell in the script
 * its column's values are written in (all of them but one in 5), and the two scripts differ (`Өзгөн<TAB>أزغون` above
 * `Шопоков<TAB>شوبوقوف`): a transliteration or translation list's first pair, not names.
 * why: Unicode CLDR's transliteration test files (157 of 283 lost their first pair to the header) and word lists of
 * two languages have no header, and an all-text table ties, so the first row was read as names; a header names its
 * columns in one language (`name,name_ar`; `名称,拼音` above `北京,Beijing`), not each in its column's script.
 * Refused: both columns in one script (`English,Español` above `cat,gato`: names and values alike), a cell of two
 * scripts or none (`ᱟᱜ` is Ol Chiki, but a Braille cell has no letter), a head cell in another script than its
 * column's (`Name<TAB>Имя` above `Anna<TAB>Анна`), tables of another width. Left: a header that names each column in
 * its own script (`English<TAB>Русский` above `London<TAB>Лондон`) reads as a record; such headers are rare.
 */
export function scriptPairRow(head: string[], columns: string[][]): boolean {
  if (head.length !== 2 || columns.length !== 2 || columns[0].length < 3 || !head.some((h) => /[^\x00-\x7f]/.test(h))) return false;
  const scripts = head.map(cellScript);
  if (scripts[0] === null || scripts[1] === null || scripts[0] === scripts[1]) return false;
  return columns.every((values, c) => values.filter((v) => cellScript(v) === scripts[c]).length >= values.length * 0.8);
}
