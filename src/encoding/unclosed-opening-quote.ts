// A close rival that reads as capitals what the pick reads as `“` opening words, never closed (ISO-8859-15 `Žanr` read in ISO-8859-13 as `“anr`): the rival is the answer, warned.
import { lazyRegExp } from "../lazy.js";

const OPENER = "“";
/** The closer of an English quotation, and the German opener whose quotation `“` closes. */
const PAIRED_WITH = ["”", "„"];

const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");
const CAPITAL = lazyRegExp(String.raw`^\p{Lu}$`, "u");

/**
 * Whether `pick` and `rival` (two single-byte readings of the same evidence, one word a line) differ only where `pick`
 * reads a `“` opening a word (after no letter, before a letter) and `rival` reads a capital, and `pick` holds no `”` and
 * no `„` anywhere. why: English, Dutch and the Romance languages close a `“` with `”` in the same text, and the
 * languages that write `„` close with `“`, never open with it; a `“` opening words that nothing closes is a capital of
 * another page. Byte B4, ISO-8859-13's `“`, is `Ž` in ISO-8859-15 and ISO-8859-16: Estonian ISO-8859-15 playlists whose
 * one word with a letter apart was `Žanr` were answered ISO-8859-13 `“anr`, warned, since a quote costs what any common
 * sign does and `Ž` before a vowel is rare in the language model. Refused: a pick with a `”` or `„` anywhere (`“Hello”`,
 * `„Wort“`), a `“` after a letter (closing-quote.ts prices it) or before none, a rival reading a lower-case letter or a
 * sign there (cp850 `ô`, Mac Roman `ì` for an English `“` cut short), and a rival that differs anywhere else.
 */
export function capitalsForUnclosedQuotes(pick: string, rival: string): boolean {
  if (pick.length !== rival.length || !pick.includes(OPENER) || PAIRED_WITH.some((c) => pick.includes(c))) return false;
  let differs = false;
  for (let i = 0; i < pick.length; i++) {
    if (pick[i] === rival[i]) continue;
    if (pick[i] !== OPENER || !opensWord(pick, i) || !CAPITAL().test(rival[i])) return false;
    differs = true;
  }
  return differs;
}

/** Whether the character at `i` stands after no letter and before a letter. */
function opensWord(text: string, i: number): boolean {
  return !(i > 0 && LETTER().test(text[i - 1])) && i + 1 < text.length && LETTER().test(text[i + 1]);
}
