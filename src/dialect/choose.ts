// Picks the dialect of a sample: consistency scoring over candidates, cheap checks, priors and tie-breaking.
import { scoreDialects, quoteRegions, type Candidate, type Scored } from "./consistency.js";
import { quoteEvidence, isRealQuote, escapedDelimiters, type QuoteEvidence } from "./evidence.js";

export interface Choice extends Candidate {
  uncertain: boolean;
  /** The runner-up when the choice is uncertain. */
  alternative: Candidate | null;
  scored: Scored[];
}

/** A rival delimiter scoring at least this share of the winner's score makes the choice uncertain. */
export const UNCERTAIN_RATIO = 0.9;

const DELIMITER_RANK = [",", ";", "\t", "|", " ", ":", "#", "^", "~", "&", "=", "%"];

function delimiterRank(d: string): number {
  const r = DELIMITER_RANK.indexOf(d);
  return r < 0 ? DELIMITER_RANK.length + 1 : r;
}

export function prior(c: Candidate): number {
  void c;
  return 1;
}

/**
 * @param text the scoring text (at most SCORE_CHARS of whole lines)
 * @param full the whole sample, for the cheap checks
 */
export function chooseDialect(text: string, full: string, forced: { delimiter: string | null; quote: string | null }): Choice {
  // why no rivalRatio when something is forced: the filters below may drop the best dialect, and then a dialect
  // typed only to a bound could become the pick
  const free = forced.delimiter === null && forced.quote === null;
  let scored = scoreDialects(text, prior, forced.delimiter !== null ? [forced.delimiter] : undefined, free ? UNCERTAIN_RATIO : undefined);
  if (forced.quote !== null) scored = scored.filter((d) => d.quote === forced.quote || d.quote === "");
  if (forced.delimiter !== null) scored = scored.filter((d) => d.delimiter === forced.delimiter);
  const valid = scored.filter((d) => d.score !== null);
  if (valid.length === 0) {
    return { delimiter: forced.delimiter ?? ",", quote: forced.quote ?? '"', escape: "", uncertain: false, alternative: null, scored };
  }
  const best = valid[0].score!;
  const tied = valid.filter((d) => d.score! >= best * (1 - 1e-9));
  const pick = tied.length > 1 ? breakTie(text, tied) : tied[0];
  const { quote, escape } = quoteAndEscape(full, pick.delimiter, forced.quote);
  // Uncertain: another delimiter explains the sample about as well (within UNCERTAIN_RATIO of the score).
  const rival = valid.find((d) => d.delimiter !== pick.delimiter);
  const uncertain = forced.delimiter === null && rival !== undefined && pick.score! > 0 && rival.score! >= pick.score! * UNCERTAIN_RATIO;
  const alternative = uncertain && rival ? { delimiter: rival.delimiter, quote: rival.quote, escape: rival.escape } : null;
  return { delimiter: pick.delimiter, quote, escape, uncertain, alternative, scored };
}

function quoteHasEffect(text: string, d: Candidate): boolean {
  if (!d.quote) return false;
  const r = quoteRegions(text, d.quote, d.escape);
  return r.inside.includes(1);
}

function breakTie(text: string, tied: Scored[]): Scored {
  const key = (d: Scored): number[] => [
    delimiterRank(d.delimiter),
    d.quote ? (quoteHasEffect(text, d) ? 0 : 2) : 1,
    d.quote ? ['"', "'", "`"].indexOf(d.quote) : 0,
    d.escape ? 1 : 0,
  ];
  return [...tied].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  })[0];
}

const QUOTE_ORDER = ['"', "'", "`"];

/**
 * why a backtick needs more evidence than the other quotes: it is a rare quote but common in text (Markdown code,
 * shell commands), and read as a quote it silently strips the text's own backticks (a cell `x` became x). It counts
 * when a quote-all writer made the file (every field of the first line wrapped) or when quoting is needed somewhere
 * (a doubled backtick, or a wrapped field holding the delimiter or a line break).
 */
function backtickQuotes(full: string, d: string, ev: QuoteEvidence): boolean {
  if (ev.doubled > 0 || ev.backslashed > 0) return true;
  const end = full.search(/[\r\n]/);
  const first = end < 0 ? full : full.slice(0, end);
  if (first.trim() !== "" && (d ? first.split(d) : [first]).every((f) => /^ *`[^`]*` *$/.test(f))) return true;
  let prev = -1;
  for (let i = full.indexOf("`"); i >= 0; i = full.indexOf("`", i + 1)) {
    if (prev >= 0) {
      const body = full.slice(prev + 1, i);
      const before = prev === 0 ? "\n" : full[prev - 1];
      const after = i + 1 >= full.length ? "\n" : full[i + 1];
      const bounded = (before === d || before === "\n" || before === "\r") && (after === d || after === "\n" || after === "\r");
      if (bounded && ((d !== "" && body.includes(d)) || /[\r\n]/.test(body))) return true;
      prev = -1;
    } else prev = i;
  }
  return false;
}

/** The quote (and escape) that the whole sample supports for a delimiter: see evidence.ts. */
export function quoteAndEscape(full: string, delimiter: string, forcedQuote: string | null): { quote: string; escape: string } {
  let ev: QuoteEvidence | null = null;
  if (forcedQuote !== null) {
    ev = quoteEvidence(full, delimiter, forcedQuote);
  } else {
    const real = QUOTE_ORDER.filter((q) => full.includes(q)).map((q) => quoteEvidence(full, delimiter, q))
      .filter((e) => isRealQuote(e) && (e.quote !== "`" || backtickQuotes(full, delimiter, e)));
    // The quote that wraps the most non-empty fields; `"` first on a tie.
    for (const e of real) if (ev === null || e.properNonEmpty > ev.properNonEmpty) ev = e;
  }
  const quote = forcedQuote ?? ev?.quote ?? "";
  let escape = "";
  if (ev && ev.backslashed > 0 && ev.backslashed >= ev.doubled) escape = "\\";
  else if (!quote && escapedDelimiters(full, delimiter) > 0) escape = "\\";
  return { quote, escape };
}
