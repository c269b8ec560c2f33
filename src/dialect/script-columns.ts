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
 * Names of languages and scripts written in their own (non-Latin) script, as word stems (`русск` for `Русский`,
 * `Русский язык`). why: a glossary names each column in its language (`Русский<TAB>Ελληνικά` above `Москва<TAB>Μόσχα`),
 * a header the script test alone reads as a first pair.
 */
const SCRIPT_NAMES = [
  "русск", "українськ", "беларуск", "български", "българск", "српск", "македонск", "қазақ", "кыргыз", "монгол", "татар",
  "кирил", "ћирил", "латин", "ελληνικ", "λατιν", "עברית", "ייִדיש", "عربي", "عربى", "العربية", "فارس", "اردو", "हिन्दी",
  "हिंदी", "संस्कृत", "मराठी", "नेपाली", "বাংলা", "ਪੰਜਾਬੀ", "ગુજરાતી", "ଓଡ଼ିଆ", "தமிழ்", "తెలుగు", "ಕನ್ನಡ", "മലയാളം",
  "සිංහල", "ไทย", "ລາວ", "ქართ", "հայեր", "한국어", "한글", "조선어", "日本語", "にほんご", "ひらがな", "カタカナ", "漢字",
  "中文", "汉语", "漢語", "汉字", "简体", "簡體", "繁体", "繁體", "普通话", "國語", "粵語", "粤语", "አማርኛ", "ትግርኛ",
  "ខ្មែរ", "မြန်မာ", "བོད", "ᏣᎳᎩ", "ދިވެހި", "ܣܘܪܝܝܐ",
];

/** True when the cell names a language or script in its own letters (`Ελληνικά`, `中文`, `Ћирилица`). */
function namesScript(cell: string): boolean {
  const c = cell.toLowerCase();
  return SCRIPT_NAMES.some((n) => c.includes(n));
}

/**
 * True when the first row of an all-text table of two columns (3 rows below it or more) has each cell in the script
 * its column's values are written in (all of them but one in 5), the two scripts differ and neither is Latin
 * (`Өзгөн<TAB>أزغون` above `Шопоков<TAB>شوبوقوف`): a transliteration or translation list's first pair, not names.
 * why: Unicode CLDR's transliteration test files (157 of 283 lost their first pair to the header) and word lists of
 * two languages have no header, and an all-text table ties, so the first row was read as names; a header names its
 * columns in one language (`name,name_ar`; `名称,拼音` above `北京,Beijing`), not each in its column's script.
 * Refused: a Latin column (a header is most often written in English, and an i18n sheet names each column in its own
 * language: `English,中文`, `Original,Перевод`, `Product,Продукт` above `Milk,Молоко` — a pair of words alike in form
 * to its values, so no form test tells it from a first pair; audit wqa21 F3), a head cell naming a language or script
 * (`Русский<TAB>Ελληνικά`), both columns in one script (`English,Español` above `cat,gato`), a cell of two scripts or
 * none (`ᱟᱜ` is Ol Chiki, but a Braille cell has no letter), a head cell in another script than its column's
 * (`Name<TAB>Имя` above `Anna<TAB>Анна`), tables of another width. Left: CLDR's Latin-target files (`ru-Latn`) read
 * as on main (first pair as header); a non-Latin header of two plain words each in its column's script
 * (`Оригинал<TAB>Μετάφραση`) still reads as a record.
 */
export function scriptPairRow(head: string[], columns: string[][]): boolean {
  if (head.length !== 2 || columns.length !== 2 || columns[0].length < 3 || !head.some((h) => /[^\x00-\x7f]/.test(h))) return false;
  const scripts = head.map(cellScript);
  if (scripts[0] === null || scripts[1] === null || scripts[0] === scripts[1]) return false;
  // why: see Refused above — a Latin column or a language's own name in the head is a header's sign, not a pair's
  if (scripts.includes("Latin") || head.some(namesScript)) return false;
  return columns.every((values, c) => values.filter((v) => cellScript(v) === scripts[c]).length >= values.length * 0.8);
}
