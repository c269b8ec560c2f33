// A Hebrew geresh, gershayim or maqaf in a reading that writes no Hebrew letter: another page's sign (windows-1252 `9 × 5` read in windows-1255 as `9 ׳ 5`).
import { lazyRegExp } from "../lazy.js";

/** What each word holding such a mark costs beyond the rare symbol it is priced as (language.ts): as much as an unopened `“` (closing-quote.ts). */
export const MARK_WITHOUT_HEBREW = -11;

const HEBREW_MARK = /[\u05be\u05f3\u05f4]/u;
/** A Hebrew letter (alef to tav). */
export const HEBREW_LETTER = lazyRegExp(String.raw`[\u05d0-\u05ea]`, "u");

/**
 * The cost of each line (word) of `text`: MARK_WITHOUT_HEBREW for one holding a maqaf, geresh or gershayim when `text`
 * holds no Hebrew letter; else null. why: the marks join or abbreviate Hebrew words (ה־Alt, ארה״ב); with no Hebrew letter
 * anywhere they mark nothing, and are the bytes of `×` (D7) and `÷`… of the Latin pages. An ISO-8859-15 price list with
 * `9 × 5` was warned naming windows-1255 (`9 ׳ 5`, one rare symbol against another). Refused: any reading holding a
 * Hebrew letter (`ארה״ב`, or a Hebrew word elsewhere), and the shekel `₪`, which an English export from Israel writes alone.
 */
export function marksWithoutHebrewCosts(text: string): number[] | null {
  if (!HEBREW_MARK.test(text) || HEBREW_LETTER().test(text)) return null;
  return text.split("\n").map((w) => (HEBREW_MARK.test(w) ? MARK_WITHOUT_HEBREW : 0));
}
