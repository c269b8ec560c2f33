// The file's language told by its ASCII words: how far each Latin-script language is from the one that fits them best.
import { SERVES, languageLogWeight, segmentScoresByLanguage } from "./language.js";

/** ASCII words read at most (distinct, 3 letters and more): enough to tell a language, cheap to score. */
const MAX_WORDS = 300;
/** What one ASCII word can say against a language: it may be a foreign name, a code or a header. */
const PER_WORD = 2;
/**
 * The most the ASCII words can move the answer, in nats. why bounded: they tell the file's language, never the bytes;
 * a reading the non-ASCII words favour by more stands (a Czech name in a German list is still Czech).
 */
export const CONTEXT_CAP = 8;

/** Pages whose served languages cover every Latin-script language of the model (ASCII decodes alike in each). */
const LATIN_PAGES = ["windows-1252", "windows-1250", "windows-1257", "windows-1254", "windows-1258"];

/** The Latin-script languages the detector models. why: other scripts write no word in ASCII, so ASCII says nothing of them. */
export const LATIN = new Set(LATIN_PAGES.flatMap((p) => SERVES[p]));

/** Context words under which the ASCII words say nothing (a header and a few codes). */
const MIN_WORDS = 10;
/**
 * Share of the words the best language must fit best, and its lead over the next language's share. why: a list of
 * international or English names fits no modelled language; its best fit (French, by a third of the words) is noise,
 * while a German or Italian column is German or Italian word after word (six words in ten).
 */
const MIN_SHARE = 0.3;
const MIN_LEAD = 2.5;

/** Distinct ASCII words of `sample` past its first line (letters only, 3 and more, not touching a byte >= 0x80), one a line. */
export function asciiWords(sample: Buffer): string {
  const seen = new Set<string>();
  const n = sample.length;
  // why past the first line: a header is in English (or the tool's language) whatever the data's language
  let i = sample.indexOf(0x0a) + 1 || sample.indexOf(0x0d) + 1 || n;
  while (i < n && seen.size < MAX_WORDS) {
    if (!isLetter(sample[i])) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && isLetter(sample[e])) e++;
    // why not touching: "h" and "keltet" of "häkeltet" are halves of a word the non-ASCII evidence already holds
    const touches = (i > 0 && sample[i - 1] >= 0x80) || (e < n && sample[e] >= 0x80);
    if (!touches && e - i >= 3) seen.add(sample.toString("latin1", i, e).toLowerCase());
    i = e;
  }
  return [...seen].join("\n");
}

/** Whether one language fits most ASCII words best, well ahead of any other (MIN_SHARE, MIN_LEAD). */
export function decisive(rows: number[][], best: number[]): boolean {
  const wins = rows.map((row) => row.filter((v, i) => v === best[i]).length).sort((a, b) => b - a);
  return wins[0] >= MIN_SHARE * best.length && wins[0] >= MIN_LEAD * wins[1];
}

function isLetter(b: number): boolean {
  return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
}

/** What each word costs a language: what it scores below the best language for it, at most PER_WORD. */
export const wordCost = (v: number, best: number): number => Math.max(-PER_WORD, v - best);

/**
 * Each Latin-script language's fit to the ASCII words of `sample`, from 0 (the best) down to -CONTEXT_CAP: every word
 * costs a language wordCost. Empty when there are fewer than MIN_WORDS words or `tells(rows, best)` (one row a language,
 * one score a word; `best`, each word's best score) finds they tell no language (`decisive`).
 */
export function contextFit(sample: Buffer, tells: (rows: number[][], best: number[]) => boolean = decisive): Map<string, number> {
  const text = asciiWords(sample);
  const fit = new Map<string, number>();
  if (text.split("\n").length < MIN_WORDS) return fit;
  const rowsOf = new Map<string, number[]>();
  for (const page of LATIN_PAGES) {
    const { langs, rows } = segmentScoresByLanguage(text + "\n", page);
    // why without the rare languages: one close to a common one (Faroese beside Danish) would fit a Danish file's
    // ASCII place names best by chance, and Danish would pay the context cost against a Baltic reading (`NEKSŲ`)
    langs.forEach((l, k) => {
      if (languageLogWeight(l) === 0) rowsOf.set(l, rows[k]);
    });
  }
  const all = [...rowsOf.values()];
  const words = all[0].length;
  const best = Array.from({ length: words }, (_, i) => Math.max(...all.map((r) => r[i])));
  if (!tells(all, best)) return fit;
  let top = -Infinity;
  for (const [l, row] of rowsOf) {
    let s = 0;
    for (let i = 0; i < words; i++) s += wordCost(row[i], best[i]);
    fit.set(l, s);
    top = Math.max(top, s);
  }
  for (const [l, s] of fit) fit.set(l, Math.max(-CONTEXT_CAP, s - top));
  return fit;
}
