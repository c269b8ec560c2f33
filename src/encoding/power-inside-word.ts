// A superscript ² or ³ inside a word where a rare page reads a letter (cp850 `Mê²`, `²ona` for Mac Central European `Mąż`, `żona`): no unit's power.
import { lazyRegExp } from "../lazy.js";

const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");
const POWERS = new Set(["²", "³"]);

/**
 * Whether `answer` reads a ² or ³ at `j`, followed by a letter or right after a non-ASCII letter, where `rare` reads a
 * letter (counted by powersInsideWords in capital-inside-word.ts). why: a power follows a unit (`m²`, `km³`) or a
 * symbol (`x²`), ASCII both, and no letter follows it; cp850 and cp437 hold ² at Mac Central European's `ż` (0xFD) and
 * ³ at its `Ł` (0xFC), so a Polish Mac word reads `Mê²`, `mo²e`, `³ód`, and cp850, ahead by its prior, answered a
 * Polish note `Mąż` silently.
 */
export function powerInsideAt(answer: string, rare: string, j: number): boolean {
  if (!POWERS.has(answer[j]) || !LETTER().test(rare[j])) return false;
  const after = j + 1 < answer.length && LETTER().test(answer[j + 1]);
  return after || (j > 0 && answer[j - 1] > "\x7f" && LETTER().test(answer[j - 1]));
}
