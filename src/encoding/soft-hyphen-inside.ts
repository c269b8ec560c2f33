// A soft hyphen between two lower-case ASCII letters (`co­operate`) scored as the invisible hint it is: the word read whole, the sign still paid.
import { lazyRegExp } from "../lazy.js";

/** A soft hyphen with a lower-case ASCII letter on each side. */
const INSIDE = lazyRegExp(String.raw`(?<=[a-z])\u00ad(?=[a-z])`, "g");

/** What each such soft hyphen costs the word: what the sign costs where it stands now (a rare symbol, language.ts). */
export const HINT_COST = -9;

/**
 * `text` (evidence words one a line) without its soft hyphens between lower-case ASCII letters. why: a soft hyphen
 * only marks where a word may break, so `co­operate` is the word `cooperate`; scored as two words `co` and `operate`
 * it paid two word ends, and cp852 `coşoperate` (a Romanian ş) outscored windows-1252 by 20 nats, silently.
 */
export function softHyphensJoined(text: string): string {
  return text.includes("\u00ad") ? text.replace(INSIDE(), "") : text;
}

/** The cost of each line (word) of `text`: HINT_COST for each soft hyphen softHyphensJoined drops; null when none. */
export function softHyphenInsideCosts(text: string): number[] | null {
  if (!text.includes("\u00ad")) return null;
  const costs = text.split("\n").map((w) => (w.match(INSIDE()) ?? []).reduce((c) => c + HINT_COST, 0));
  return costs.some((c) => c !== 0) ? costs : null;
}
