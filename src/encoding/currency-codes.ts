// Currency codes written in letters of one page (`12 Kč`, `11,50 zł`, `5 лв`): whether every word of a reading is one; codes scored as signs.
import { lazyRegExp } from "../lazy.js";
import { UNIT_CODES } from "./unit-codes.js";

/** Letter-written currency codes holding a non-ASCII letter, lower case: Czech koruna, Polish złoty, Bulgarian lev, rouble, hryvnia, Macedonian denar, Serbian dinar. */
const CODES = new Set(["kč", "zł", "лв", "руб", "грн", "ден", "дин"]);
/** A word: figures and their punctuation, a blank, a code, a blank, figures (each part but the code optional). */
const SHAPE = lazyRegExp(String.raw`^[0-9.,'\-\u00a0\u202f ]*(\p{L}+)\.?[\u00a0\u202f ]*[0-9.,'\-]*$`, "u");

/**
 * Whether every word of `text` (one a line) is a currency code in CODES, alone or beside figures (`1 Kč`, `zł`, `лв.`).
 * why: a code written in letters is a sign of its page as much as `€` is of windows-1252; on figures alone the letter-pair
 * model read windows-1250 `12 Kč` as windows-1252 `12 Kè`, silently, each row one more word of a foreign `è`. Refused:
 * any word with other letters (`Kč za kus`: the language model weighs words of text), a code of ASCII letters only.
 */
export function currencyCodeWords(text: string): boolean {
  const words = text.split("\n").filter((w) => w !== "");
  return words.length > 0 && words.every((w) => CODES.has(SHAPE().exec(w)?.[1].toLowerCase() ?? ""));
}

/** A currency sign standing in for a code when a reading is scored (codesAsSigns). */
const STAND_IN_SIGN = "€";

/**
 * `text` (evidence words one a line) with each word that is a currency code or a unit in letters beside figures
 * (`18 zł`, `79 дин`, `1кг`) scored as if the code were a currency sign: the code's letters replaced by one. why: a code
 * is a sign of its page, not a word of its language, and the letter-pair model knows no codes (`zł` cost Polish 24
 * nats, windows-1252 `z³` 19); while every amount was a word of its own the code's page won on their number, but
 * amounts that differ only in figures are one word now (legacy.ts figuresOnce), and a windows-1250 price list was
 * answered windows-1252; headerless windows-1251 `1кг` rows were ISO-8859-6 `1يك`, Arabic letter pairs outscoring a
 * Russian abbreviation. Refused: a code without a figure in its word (`zł` in a header is a word like any other), a
 * word with other letters (`Kč za kus`).
 */
export function codesAsSigns(text: string): string {
  const words = text.split("\n");
  if (!words.some(codeBesideFigures)) return text;
  return words.map((w) => (codeBesideFigures(w) ? w.replace(LETTERS(), STAND_IN_SIGN) : w)).join("\n");
}

const LETTERS = lazyRegExp(String.raw`\p{L}+`, "u");
const FIGURE = /[0-9]/;

/** Whether `word` is a currency code or a unit in letters (unit-codes.ts) beside figures (`18 zł`, `1кг`). */
function codeBesideFigures(word: string): boolean {
  if (!FIGURE.test(word)) return false;
  const code = SHAPE().exec(word)?.[1].toLowerCase() ?? "";
  return CODES.has(code) || UNIT_CODES.has(code);
}
