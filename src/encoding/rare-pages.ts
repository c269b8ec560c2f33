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
export function foreignLetter(ch: string, lang: string): boolean {
  // why: `ﬁ` `ﬂ` (U+FB00–FB06) are how typeset or PDF-pasted text writes `fi` `fl`, letters of every Latin language;
  // counted foreign, Mac Roman `ﬂight the ﬁve` was Mac Icelandic `Þight the Þve`, silently
  if (ch >= "\ufb00" && ch <= "\ufb06") return false;
  const low = ch.toLowerCase();
  return low > "\x7f" && !(ALPHABETS[lang] ?? "").includes(low);
}

/**
 * Whether the commoner reading `cw` reads position `j` improbably: a sign beside a letter inside the word (`me›`,
 * `bžž’`), or a letter its language does not use (cp850 `meî` in Icelandic); a quote at a word's edge is probable where
 * the file quotes with its kind (quotingKinds).
 */
function improbableAt(cw: string, j: number, lang: string, quoting: Set<string>): boolean {
  const c = cw[j];
  if (LETTER().test(c)) return foreignLetter(c, lang);
  const before = j > 0 && LETTER().test(cw[j - 1]);
  const after = j + 1 < cw.length && LETTER().test(cw[j + 1]);
  // why: a mark closing a name (`Supplies©`, `Globex®`, `25°`) is how exports write it, no letter of another page
  if (before && !after && NAME_MARKS.has(c)) return false;
  if (before !== after && quoting.has(quoteGroup(c, j, cw.length))) return false;
  return before || after;
}

/** Signs that follow a name or a figure in right text (trade marks, degrees). */
const NAME_MARKS = new Set(["©", "®", "™", "°"]);

/** Quotation marks by kind: each kind opens and closes quotes with marks of its own (`‹Tschau›`, `»Text«`, `„so“`). */
const QUOTE_GROUPS = ["‹›", "«»", "“”„\"", "‘’‚"];

/** The kind of `c` when it is a quotation mark standing at the start or end of a word of length `len`, else "". */
function quoteGroup(c: string, j: number, len: number): string {
  if (j !== 0 && j !== len - 1) return "";
  return QUOTE_GROUPS.find((g) => g.includes(c)) ?? "";
}

/**
 * The kinds of quotation mark the commoner reading both opens words with and closes words with: there a mark at a
 * word's edge is a quote, no letter of another page. why both: Mac Roman reads Icelandic `með` as `me›`, but no
 * Icelandic word starts with `ð`, so `›` closes words there and `‹` opens none; Swiss `‹Tschau›` does both.
 */
function quotingKinds(words: string[]): Set<string> {
  const opens = new Set<string>();
  const closes = new Set<string>();
  for (const w of words) {
    if (w.length < 2) continue;
    if (LETTER().test(w[1])) opens.add(quoteGroup(w[0], 0, w.length));
    if (LETTER().test(w[w.length - 2])) closes.add(quoteGroup(w[w.length - 1], w.length - 1, w.length));
  }
  return new Set([...opens].filter((g) => g !== "" && closes.has(g)));
}

/**
 * How many distinct words of two letters or more `rare` reads as letters of its language where `common` reads them
 * differently and improbably. why words, not scores: on a single entry (`;ﬂ;`) or one name the letter-pair model is
 * overconfident, and a rare page must not take a file the commoner page reads well but for one odd byte.
 */
export function rareWordsOver(rare: PageWords, common: PageWords): number {
  const seen = new Set<string>();
  const quoting = quotingKinds(common.words);
  for (let i = 0; i < rare.words.length; i++) {
    const rw = rare.words[i];
    const cw = common.words[i];
    if (rw === cw || rw.length !== cw.length || seen.has(rw) || [...rw].filter((c) => LETTER().test(c)).length < 2) continue;
    let own = true;
    let odd = false;
    for (let j = 0; j < rw.length && own; j++) {
      if (rw[j] === cw[j]) continue;
      own = LETTER().test(rw[j]) && !foreignLetter(rw[j], rare.lang);
      odd ||= improbableAt(cw, j, common.lang, quoting);
    }
    if (own && odd) seen.add(rw);
  }
  return seen.size;
}

/** The commoner page whose bytes each rare page mostly shares: the page such a file was far likelier written in. */
const SIBLINGS: Record<string, string> = { maciceland: "macintosh", cp861: "cp850", maccenteuro: "macintosh" };

/**
 * rareWordsOver against the best commoner reading and against the rare page's sibling among `commons`, the fewer.
 * why the sibling too: the best commoner reading can be a third page as wrong as the rare one (windows-1252 `ßight`
 * for Mac Roman `ﬂight`), and a rare page has no evidence where its sibling reads the words well.
 */
export function rareWordsOverCommons(rare: PageWords, best: PageWords, commons: PageWords[]): number {
  const siblings = commons.filter((c) => c !== best && rare.names.some((n) => c.names.includes(SIBLINGS[n])));
  return Math.min(rareWordsOver(rare, best), ...siblings.map((c) => rareWordsOver(rare, c)));
}
