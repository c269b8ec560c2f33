// A reading's file language where the sample's ASCII words tell one: the language its words and those ASCII words fit best together.
import { CONTEXT_CAP } from "./context.js";
import { languageLogWeight } from "./language.js";

/**
 * The language among `langs` (a reading's served languages) whose words, foreign ones switched (`switched(l)`, one score
 * a word), and context fit (`ctx`, contextFit) add up best, and what the context costs it. why not the language of the
 * raw totals with the context's cost measured from it: raw totals make a language pay for every letter it lacks, while
 * a switch pays once, so a French quiz read in windows-1252 was put in Galician for one `Nariño`; the right page paid the
 * context's full cap and its words read alike were weighed in Galician against a wrong page's French (ISO-8859-16
 * `Narińo`, warned), as an Italian sentence among English rows was weighed against windows-1250 `č`, `menů`.
 * why a language the context does not score pays its cap: the words tell a Latin-script language it is not (the merged
 * windows-1252/ISO-8859-3 reading of that Italian sentence put the file in Maltese and so escaped the context).
 */
export function languageWithContext(langs: string[], ctx: Map<string, number>, switched: (l: string) => number[], weight: (l: string) => number = languageLogWeight): [string, number] {
  let best: [string, number] = [langs[0], -CONTEXT_CAP];
  let bestFit = -Infinity;
  for (const l of langs) {
    const cost = ctx.get(l) ?? -CONTEXT_CAP;
    const fit = switched(l).reduce((x, y) => x + y, weight(l) + cost);
    if (fit > bestFit) [bestFit, best] = [fit, [l, cost]];
  }
  return best;
}
