// A superscript ² or ³ inside a word where a rare page reads a letter (cp850 `Mê²`, `²ona` for Mac Central European `Mąż`, `żona`): no unit's power.
import { lazyRegExp } from "../lazy.js";

const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");
const POWERS = new Set(["²", "³"]);

/**
 * How many distinct words `answer` reads with a ² or ³ followed by a letter, or right after a non-ASCII letter, where
 * `rare` reads a letter. why: a power follows a unit (`m²`, `km³`) or a symbol (`x²`), ASCII both, and no letter follows
 * it; cp850 and cp437 hold ² at Mac Central European's `ż` (0xFD) and ³ at its `Ł` (0xFC), so a Polish Mac word reads
 * `Mê²`, `mo²e`, `³ód`, and cp850, ahead by its prior, answered a Polish note `Mąż` silently.
 */
export function powersInsideWords(answer: string[], rare: string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < answer.length; i++) {
    const [a, r] = [answer[i], rare[i]];
    if (a === r || a.length !== r.length || seen.has(a)) continue;
    for (let j = 0; j < a.length; j++) {
      if (!POWERS.has(a[j]) || !LETTER().test(r[j])) continue;
      const after = j + 1 < a.length && LETTER().test(a[j + 1]);
      const afterAccented = j > 0 && a[j - 1] > "\x7f" && LETTER().test(a[j - 1]);
      if (after || afterAccented) {
        seen.add(a);
        break;
      }
    }
  }
  return seen.size;
}
