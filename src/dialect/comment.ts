// Sniffs a comment character (`#`, `;`): lines starting with it that do not fit the table the other lines make.
import type { Candidate } from "./consistency.js";

/** Characters that may start comment lines, most common first. */
export const COMMENT_CANDIDATES = ["#", ";"];
/** Lines of the sample read to decide. */
const MAX_LINES = 2000;

export interface CommentGuess {
  comment: string | null;
  /** Lines to skip when the comment lines form a leading block above a header that itself starts with the character. */
  skipRows: number;
}

/** Fields of one physical line under a dialect: delimiters outside a (naively tracked) quote, plus one. */
export function lineWidth(line: string, d: Candidate): number {
  if (!d.delimiter) return 1;
  const t = d.delimiter === " " ? line.trim() : line;
  let n = 1;
  let inQuote = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (d.quote && c === d.quote) inQuote = !inQuote;
    else if (!inQuote && c === d.delimiter) {
      n++;
      // a run of spaces is one delimiter
      if (c === " ") while (t[i + 1] === " ") i++;
    }
  }
  return n;
}

function modeOf(xs: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = { value: 1, count: 0 };
  for (const [value, count] of counts) if (count > best.count) best = { value, count };
  return best;
}

/**
 * Guesses the comment character of a sample.
 * @param lines physical lines of the sample (whole lines only)
 * @param sniff the dialect the lines NOT starting with a candidate make (called once per candidate present)
 *
 * why by fit: a `#` or `;` starting a line is a comment only when that line is not a row of the table; a header
 * such as `#AgencyID,Token,Code` (or a `;`-file row with a blank first cell) has the table's width and stays data.
 */
export function sniffComment(lines: string[], sniff: (withoutComments: string) => Candidate): CommentGuess {
  const sample = lines.slice(0, MAX_LINES);
  for (const c of COMMENT_CANDIDATES) {
    const marked: number[] = [];
    const rest: string[] = [];
    sample.forEach((l, i) => { if (l.startsWith(c)) marked.push(i); else if (l.trim() !== "") rest.push(l); });
    if (marked.length === 0 || rest.length < 2) continue;
    const d = sniff(rest.join("\n"));
    if (d.delimiter === c) continue;
    const table = modeOf(rest.map((l) => lineWidth(l, d)));
    // a ragged table tells nothing about which lines fit it
    if (table.count < rest.length * 0.8) continue;
    const fits = marked.filter((i) => lineWidth(sample[i], d) === table.value);
    const misfits = marked.filter((i) => lineWidth(sample[i], d) !== table.value);
    if (misfits.length === 0) continue;
    if (fits.length === 0) return { comment: c, skipRows: 0 };
    // comments above a header that starts with the same character (`# note` then `#OTU ID<TAB>…`): skip the block
    const firstData = sample.findIndex((l) => !l.startsWith(c) && l.trim() !== "");
    const lastMisfit = misfits[misfits.length - 1];
    // (the block ends at the header: blank lines between the notes and the header are skipped with them)
    if (lastMisfit < fits[0] && fits.every((i) => i < firstData) && fits.length === 1) return { comment: null, skipRows: fits[0] };
    if (misfits.length >= 2 * fits.length) return { comment: c, skipRows: 0 };
  }
  return { comment: null, skipRows: 0 };
}
