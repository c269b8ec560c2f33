// Rare sibling pages (Mac Icelandic, cp861, Mac Central European): they win over the commoner pages only on words those read improbably.
import { ALPHABETS } from "./language-data.js";
import { lazyRegExp } from "../lazy.js";

/**
 * Pages whose letters a commoner page holds at most of the same bytes (Mac Icelandic and Mac Roman, cp861 and cp850, Mac
 * Central European and Mac Roman or windows-1250): their exports are rare, and a letter-pair model gives them a file on
 * one odd entry (a Mac Roman autocorrect list whose `ﬂ` entry read as Mac Icelandic `þ`, silently).
 */
export const RARE_PAGES = new Set(["maciceland", "cp861", "maccenteuro"]);

/** Distinct words the commoner page must read improbably for a rare page to answer without a warning. */
export const RARE_PAGE_WORDS = 3;

const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");

/** What rareWordsOver reads of a reading: its pages, its words (one per evidence word) and the file's language. */
export interface PageWords {
  names: string[];
  words: string[];
  lang: string;
}

/** Whether every page of the reading is a rare one (no commoner page decodes the evidence to the same text). */
export function rareOnly(r: PageWords): boolean {
  return r.names.every((n) => RARE_PAGES.has(n));
}

/** Whether `ch` is a letter outside the alphabet of `lang` (ASCII letters count as used: names and loanwords). */
function foreignLetter(ch: string, lang: string): boolean {
  const low = ch.toLowerCase();
  return low > "\x7f" && !(ALPHABETS[lang] ?? "").includes(low);
}

/**
 * Whether the commoner reading `cw` reads position `j` improbably: a sign beside a letter inside the word (`me›`,
 * `bžž’`), or a letter its language does not use (`ﬂetta`, cp850 `meî` in Icelandic).
 */
function improbableAt(cw: string, j: number, lang: string): boolean {
  const c = cw[j];
  if (LETTER().test(c)) return foreignLetter(c, lang);
  const before = j > 0 && LETTER().test(cw[j - 1]);
  const after = j + 1 < cw.length && LETTER().test(cw[j + 1]);
  // why: a mark closing a name (`Supplies©`, `Globex®`, `25°`) is how exports write it, no letter of another page
  if (before && !after && NAME_MARKS.has(c)) return false;
  return before || after;
}

/** Signs that follow a name or a figure in right text (trade marks, degrees). */
const NAME_MARKS = new Set(["©", "®", "™", "°"]);

/**
 * How many distinct words of two letters or more `rare` reads as letters of its language where `common` reads them
 * differently and improbably. why words, not scores: on a single entry (`;ﬂ;`) or one name the letter-pair model is
 * overconfident, and a rare page must not take a file the commoner page reads well but for one odd byte.
 */
export function rareWordsOver(rare: PageWords, common: PageWords): number {
  const seen = new Set<string>();
  for (let i = 0; i < rare.words.length; i++) {
    const rw = rare.words[i];
    const cw = common.words[i];
    if (rw === cw || rw.length !== cw.length || seen.has(rw) || [...rw].filter((c) => LETTER().test(c)).length < 2) continue;
    let own = true;
    let odd = false;
    for (let j = 0; j < rw.length && own; j++) {
      if (rw[j] === cw[j]) continue;
      own = LETTER().test(rw[j]) && !foreignLetter(rw[j], rare.lang);
      odd ||= improbableAt(cw, j, common.lang);
    }
    if (own && odd) seen.add(rw);
  }
  return seen.size;
}
