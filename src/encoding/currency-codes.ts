// Currency codes written in letters of one page (`12 Kč`, `11,50 zł`, `5 лв`): whether every word of a reading is an amount's code.
import { lazyRegExp } from "../lazy.js";

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
