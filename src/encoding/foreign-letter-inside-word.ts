// A letter the commoner reading's language does not write, right after a lower-case letter, where a rare page reads one of its own (cp850 `atriîaskrá` for cp861 `atriðaskrá`, Mac Roman `gyıjtemény` for Mac Central European `gyűjtemény`).
import { lazyRegExp } from "../lazy.js";
import { foreignLetter } from "./rare-pages.js";

const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");

/** What foreignLettersInsideWords reads of a reading: its words (one per evidence word) and the file's language. */
export interface LangWords {
  words: string[];
  lang: string;
}

/**
 * Whether `common` reads some word with a non-ASCII lower-case letter its file's language does not write, right after a
 * lower-case letter, where `rare` reads a lower-case letter its own language writes. why: the rare-page gate asks three
 * such words before a rare page answers; in a sparse export of English rows the one local note holds one or two
 * (cp861 `að` read by cp850 as `aî`, a Hungarian Mac `gyűjtemény` read by Mac Roman as `gyıjtemény`, a letter no
 * language of Mac Roman writes), so the commoner page answered, warned, though the rare page read the file better.
 * why not at a word's start: a foreign name opens with its own letter (`Øresund`, `Ísafjörður` in a German list).
 */
export function foreignLetterInsideWord(common: LangWords, rare: LangWords): boolean {
  for (let i = 0; i < common.words.length; i++) {
    const [a, r] = [common.words[i], rare.words[i]];
    if (a === r || a.length !== r.length) continue;
    for (let j = 1; j < a.length; j++) {
      if (a[j] === r[j] || a[j] <= "\x7f" || !LOWER().test(a[j]) || !LOWER().test(a[j - 1])) continue;
      if (foreignLetter(a[j], common.lang) && LOWER().test(r[j]) && !foreignLetter(r[j], rare.lang)) return true;
    }
  }
  return false;
}
