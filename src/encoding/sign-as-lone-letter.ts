// A single-byte answer that reads the signs windows-1252 holds between figures (`3 ± 2`, `a · b`, `T × R`) as letters standing alone: warned naming windows-1252, never silent.
import { lazyRegExp } from "../lazy.js";
import { hasHighHalf, highHalf } from "./high-half.js";
import { writesAsWord } from "./one-letter-words.js";

/** The windows-1252 signs of maths and measures (A0–BF, × and ÷) an English text writes between figures and spaces. */
const MATH_SIGNS = lazyRegExp(String.raw`^[±×÷µ·°²³¹¨´¯¸¬¦§¶¼½¾]$`, "u");
const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");
/** Pages that read these bytes as windows-1252 does: no rival to warn of. */
const SAME_SIGNS = new Set(["windows-1252", "iso-8859-1", "iso-8859-15"]);
/** Lone letters the answer must read for the warning. why two: one odd byte is a typo or a stray; two are a habit. */
const MIN_LONE = 2;

const UPPER = lazyRegExp(String.raw`^\p{Lu}$`, "u");

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER().test(c);
/** A capital followed by a full stop: a name's initial (Polish `Ś. Jan`, `Ż. Anna`), which stands alone in every language. */
const initial = (c: string, next: string | undefined): boolean => next === "." && UPPER().test(c);

/**
 * Whether the single-byte page `name` reads `bytes` with at least MIN_LONE letters that stand alone (no letter on either
 * side: spaces, figures, brackets, line ends) where windows-1252 reads a maths sign (MATH_SIGNS). why: PDF-extracted
 * English articles write `±`, `×`, `·`, `µ`, `¨` and `¯` alone between figures and symbols; ISO-8859-16 reads them
 * `Ś`, `Ż`, `š`, cp850 `À`, `Á`, `Î`, ISO-8859-2 `ľ` — letters no language writes alone or glued to figures — and their
 * page's prior outweighed windows-1252's few words (`Td×Rd`, `n · G`), answered silently (arXiv abstracts `1701.00089.txt`,
 * `1701.00047.txt` in python3-pattern's examples). Refused: letters inside words (Romanian `ș ț ă`, Polish `ą ę ł`),
 * a capital before a full stop (a name's initial: Polish `Ś.`, `Ż.`), a letter where windows-1252
 * reads a letter too, or another sign (`…`, `“`), a page reading bytes as windows-1252 does,
 * a page that is not one byte per character, a text writing non-ASCII letters side by side (nativePair) at
 * least as often as lone ones: Russian `в`, `с`, Hebrew one-letter words stand alone in their own script, and a letter
 * the answer's language `lang` writes as a word (one-letter-words.ts): cp850 Irish `Á nuashonrú`, French `À faire`
 * (windows `µ`, `·`) opening cells were warned in a first version, though right.
 */
export function signsReadAsLoneLetters(bytes: Uint8Array, name: string, lang = ""): boolean {
  if (SAME_SIGNS.has(name) || !hasHighHalf(name)) return false;
  const [page, windows] = [highHalf(name), highHalf("windows-1252")];
  const read = (i: number): string | undefined => (i < 0 || i >= bytes.length ? undefined : bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : page[bytes[i] - 0x80]);
  let [lone, paired] = [0, 0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const [c, w, next] = [page[bytes[i] - 0x80], windows[bytes[i] - 0x80], read(i + 1)];
    if (nativePair(c, next)) paired++;
    // why the language: a one-letter word of the answer's language (Irish `Á`, French `À`) stands alone rightly
    if (c === w || !MATH_SIGNS().test(w) || !isLetter(c) || writesAsWord(lang, c)) continue;
    if (!isLetter(read(i - 1)) && !isLetter(next) && !initial(c, next) && !wholeCell(read(i - 1), next)) lone++;
  }
  // why: a text in the page's own script writes its letters side by side (KOI8-R `в Москве`, Hebrew), and its one-letter
  // words (`в`, `с`, `и`) stand alone too; the English articles write no two non-ASCII letters side by side
  return lone >= MIN_LONE && paired < lone;
}

/** A cell's edge: the text's or a line's end, or a delimiter (`,`, `;`, TAB, `|`). */
const EDGE = new Set([undefined, "\n", "\r", ",", ";", "\t", "|"]);

/**
 * A letter that is a whole cell of a delimited line (`Ś;10:00;A1`): a code (a Polish weekday, a grade), as a table
 * writes one in any language. why: an ISO-8859-2 timetable's day cells `Ś`, `Ż` read as windows-1252 `¦`, `¯`, and
 * its right answer was warned naming windows-1252; the misread signs stand between figures and blanks in text.
 */
function wholeCell(before: string | undefined, after: string | undefined): boolean {
  return EDGE.has(before) && EDGE.has(after);
}

/** Two different non-ASCII letters side by side: a word of the page's own language (`Мо`, `źd`), not a sign misread. */
function nativePair(c: string, next: string | undefined): boolean {
  return next !== undefined && next !== c && c > "\x7f" && next > "\x7f" && isLetter(c) && isLetter(next);
}
