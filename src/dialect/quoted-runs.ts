// Whether runs of spaces read a space-delimited text with quoted text holding spaces more evenly than single spaces.
import { modalShare } from "./space-runs.js";

/**
 * The cells of a line split at spaces outside `quote`d fields (at runs of spaces when `runs`, the line trimmed;
 * else at each space), or -1 when a quote is left open or a closing quote is followed by text (no field quote).
 */
function width(line: string, quote: string, runs: boolean): number {
  const s = runs ? line.trim() : line;
  let i = 0;
  let n = 0;
  for (;;) {
    if (s[i] === quote) {
      let j = i + 1;
      while (j < s.length && (s[j] !== quote || s[j + 1] === quote)) j += s[j] === quote ? 2 : 1;
      if (j >= s.length || (j + 1 < s.length && s[j + 1] !== " ")) return -1;
      i = j + 1;
    } else {
      while (i < s.length && s[i] !== " ") i++;
    }
    n++;
    if (i >= s.length) return n;
    i++;
    if (runs) while (s[i] === " ") i++;
  }
}

/**
 * True when the text quotes fields holding spaces (`AIC "Akaike Information Criterion (AIC)" 1 NA`), some lines are
 * padded (`glm  "Generalized Linear Model" 1 TRUE`, a header indented by hand, a trailing space), and runs of
 * spaces read outside the quotes 95 lines in 100 at one width of 2 or more while single spaces read fewer so: R's
 * read.table default (`sep = ""`). why: the plain test (runsReadEvenly) splits inside the quoted text too, so such a
 * table was read at single spaces, each padded line an error (R Commander's `Rcmdr-operations.txt`: 158
 * row-missing-cells). Refused: no quoted field holding a space (the plain test decides), runs reading mixed widths
 * (a single-space file with empty fields `a  b` keeps them), a quote left open or followed by text.
 */
export function quotedRunsReadEvenly(text: string, quote: string | null): boolean {
  if (!quote) return false;
  const lines = text.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  const q = quote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (!lines.some((l) => new RegExp(`(?:^| )${q}[^${q}]* [^${q}]*${q}(?: |$)`).test(l))) return false;
  if (!lines.some((l) => /^ +\S|\S {2,}\S| $/.test(l))) return false;
  const runs = lines.map((l) => width(l, quote, true));
  const share = modalShare(runs);
  const modal = runs.find((w) => runs.filter((x) => x === w).length / runs.length === share) ?? 0;
  return modal >= 2 && share >= 0.95 && modalShare(lines.map((l) => width(l, quote, false))) < share;
}
