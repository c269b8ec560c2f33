// A quote whose fields hold every occurrence of the quote found first: the outer one quotes the file (JSON in `'…'`).
import { quoteRegions } from "./consistency.js";
import { misplaced, type QuoteEvidence } from "./evidence.js";

/**
 * The real quote, among `candidates`, that wraps every occurrence of `found`'s quote character inside its own
 * fields, stands nowhere else than at field edges, and wraps 2 fields or more; null when there is none.
 * why: JSON written inside `'…'` fields (`'{"uprn":"1","counter":"1"}'`, a rewind file loaded with Postgres
 * `QUOTE ''''`) holds many `,"key":"value"` spans that open after a comma and close before one, so `"` wraps more
 * fields than `'` does and was chosen; read so, the `"` standing mid-field (`{"uprn"`) broke every row. Real quoting
 * with `"` has no `"` mid-field (`found` must have some) and is never itself wholly inside another quote's fields.
 */
export function enclosingQuote(full: string, found: QuoteEvidence | null, candidates: QuoteEvidence[]): QuoteEvidence | null {
  if (found === null || misplaced(found) === 0) return null;
  for (const e of candidates) {
    if (e.quote === found.quote || misplaced(e) > 0 || e.properNonEmpty < 2) continue;
    const { inside, unclosed } = quoteRegions(full, e.quote, "");
    if (unclosed >= 0) continue;
    let all = true;
    for (let i = full.indexOf(found.quote); i >= 0 && all; i = full.indexOf(found.quote, i + 1)) all = inside[i] === 1;
    if (all) return e;
  }
  return null;
}
