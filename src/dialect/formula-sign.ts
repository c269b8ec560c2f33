// A rare sign (`=`, `#`, `%` …) written inside brackets on most lines that hold it, and not on the first line, is text (SMILES `C(=O)N`), not a delimiter.
import type { Scored } from "./consistency.js";
import { anyInsideBrackets } from "./bracketed.js";

/** Delimiter candidates that chemical, mathematical and markup notations write inside their tokens. */
const RARE = new Set(["#", "^", "~", "&", "=", "%"]);

/**
 * True when `d` is a rare delimiter candidate that the first line does not hold, while 5 lines or more below do and
 * 3 in 4 of them write it inside brackets: a one-column list of formulas under its name (`smiles` above
 * `CC(=O)Nc1ccc(O)cc1`), where `=` is a double bond. why: split at `=`, the halves (`CC(`, `O)Nc1ccc(O)cc1`) read as
 * plain words and outscore the whole formulas, which no cell type knows; a delimiter splits no bracket, and a
 * header names its columns with the delimiter between them. Refused: `key=value` lines (the sign outside brackets),
 * a first line holding the sign.
 */
export function formulaSign(text: string, d: string): boolean {
  if (!RARE.has(d)) return false;
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < 6 || lines[0].includes(d)) return false;
  const holding = lines.filter((l) => l.includes(d));
  return holding.length >= 5 && holding.filter((l) => anyInsideBrackets(l, d)).length >= holding.length * 0.75;
}

/**
 * The valid dialects without the best one's delimiter when it is a formula sign; the single-column reading when none
 * is left (scored to its pattern: its type score was not computed, as the sign's reading won on patterns alone).
 */
export function withoutFormulaSign(text: string, valid: Scored[], scored: Scored[]): Scored[] {
  if (valid.length === 0 || !formulaSign(text, valid[0].delimiter)) return valid;
  const sign = valid[0].delimiter;
  const kept = valid.filter((d) => d.delimiter !== sign);
  if (kept.length > 0) return kept;
  return scored.filter((d) => d.delimiter === "" && d.quote === "").map((d) => ({ ...d, score: d.score ?? d.pattern }));
}
