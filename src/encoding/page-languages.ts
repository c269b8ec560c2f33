// Languages a code page seldom carries: what putting a file, or a word of it, in one of them costs a reading of that page.
import { SERVES } from "./language.js";

/**
 * Per page, the languages its exports seldom hold and their log weight there (nats, against a language of weight 0).
 * why Friulian on Mac Roman: Friulian exports come from Windows and Unicode tools; served free by Mac Roman, its `â`
 * (Mac 0x89, the byte cp850 and cp437 write Dutch `ë` at) read Dutch DOS words `Italië`, `Cliënt`, `initiële` as
 * Friulian `Italiâ`, `Cliânt`, `initiâle` as cheaply as Dutch reads them, and Mac Roman's prior did the rest.
 */
const SELDOM: Record<string, Record<string, number>> = { macintosh: { fur: -3 } };

/**
 * Log weight of `lang` in a reading that one or more pages (`names`) decode alike: its weight in the page among them
 * that carries it most readily (0 when any of them carries it as commonly as its other languages).
 */
export function pageLanguageLogWeight(names: string[], lang: string): number {
  let w = -Infinity;
  for (const n of names) if (SERVES[n]?.includes(lang)) w = Math.max(w, SELDOM[n]?.[lang] ?? 0);
  return w === -Infinity ? 0 : w;
}
