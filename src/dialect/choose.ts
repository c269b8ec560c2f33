// Picks the dialect of a sample: consistency scoring over candidates, cheap checks, priors and tie-breaking.
import { withoutBacktickOnlyCells } from "./backtick-cells.js";
import { scoreDialects, quoteRegions, UNCLOSED, type Candidate, type Scored, type QuoteRegions } from "./consistency.js";
import { quoteEvidence, isRealQuote, backslashEscapesDelimiter, misplaced, onlyEmptyQuoted, type QuoteEvidence } from "./evidence.js";
import { onlyInsideBrackets, outsideBracketsOnEveryLine } from "./bracketed.js";
import { spacedNames } from "./spaced-names.js";
import { colonJoinedNumbers } from "./colon-numbers.js";
import { commasInFlagTails } from "./flag-tails.js";
import { listedFirstField } from "./listed-first-field.js";
import { withoutFormulaSign } from "./formula-sign.js";
import { arrowListing } from "./arrow-listing.js";
import { doubledOverBackslash } from "./doubled-over-backslash.js";
import { enclosingQuote } from "./enclosing-quote.js";
import { insideFirstTabField } from "./first-tab-field.js";
import { marksInsideTabFields } from "./marks-inside-tab-fields.js";
import { idColumnsInTabRows } from "./id-columns-in-tab-rows.js";
import { repeatedLabels } from "./repeated-labels.js";
import { tildeQuoteDelimiter } from "./tilde-quote.js";
import { loneSentence } from "./lone-sentence.js";
import { delimiterNamedByHeader } from "./header-delimiter.js";
import { labelColonRows } from "./label-colon.js";
import { raggedSeries } from "./labelled-series.js";
import { gluedInAlignedCell } from "./glued-in-aligned-cell.js";
import { base64Padding } from "./base64-padding.js";

export interface Choice extends Candidate {
  uncertain: boolean;
  /** Runs of blanks (TABs and spaces) split the rows, whatever the alignment (see labelColonRows). */
  blanks?: boolean;
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
 * @param complete whether the sample is the whole file (a count line is checked exactly only then; true: strict)
 */
export function chooseDialect(text: string, full: string, forced: { delimiter: string | null; quote: string | null }, complete = true): Choice {
  // why no rivalRatio when something is forced: the filters below may drop the best dialect, and then a dialect
  // typed only to a bound could become the pick
  const free = forced.delimiter === null && forced.quote === null;
  let scored = scoreDialects(text, prior, forced.delimiter !== null ? [forced.delimiter] : undefined, free ? UNCERTAIN_RATIO : undefined);
  if (forced.quote !== null) scored = scored.filter((d) => d.quote === forced.quote || d.quote === "");
  if (forced.delimiter !== null) scored = scored.filter((d) => d.delimiter === forced.delimiter);
  const bracketed = withoutBracketedDelimiter(text, withoutQuotedDelimiters(text, full, scored.filter((d) => d.score !== null), !free), !free);
  const valid = free ? withoutFormulaSign(text, bracketed, scored) : bracketed;
  if (valid.length === 0) {
    return { delimiter: forced.delimiter ?? ",", quote: forced.quote ?? '"', escape: "", uncertain: false, alternative: null, scored };
  }
  const best = valid[0].score!;
  const tied = valid.filter((d) => d.score! >= best * (1 - 1e-9));
  const first = tied.length > 1 ? breakTie(text, tied) : tied[0];
  const pick = free ? multiLineRecords(full, scored, first) ?? first : first;
  // why before the scores are trusted: `~` is no quote candidate, so its wrapped fields scored as text cells
  const tilde = forced.quote === null || forced.quote === "~" ? tildeQuoteDelimiter(full, forced.delimiter) : null;
  if (tilde !== null) return { delimiter: tilde, quote: "~", escape: "", uncertain: false, alternative: null, scored };
  if (forced.delimiter === null && tabsAroundSpacedText(full, pick.delimiter)) {
    return { delimiter: "\t", ...quoteAndEscape(full, "\t", forced.quote), uncertain: false, alternative: null, scored };
  }
  if (forced.delimiter === null && (insideFirstTabField(full, pick.delimiter) || marksInsideTabFields(full, pick.delimiter) || idColumnsInTabRows(full, pick.delimiter))) {
    return { delimiter: "\t", ...quoteAndEscape(full, "\t", forced.quote), uncertain: false, alternative: null, scored };
  }
  const named = forced.delimiter === null ? delimiterNamedByHeader(full, pick.delimiter) : null;
  if (named !== null) {
    return { delimiter: named, ...quoteAndEscape(full, named, forced.quote), uncertain: false, alternative: null, scored };
  }
  // why blanks and not TAB: the rows mix TABs and space runs between their numbers (`1:<TAB>205   0<TAB>  0`)
  if (forced.delimiter === null && (labelColonRows(full, pick.delimiter) || repeatedLabels(full, pick.delimiter))) {
    return { delimiter: " ", ...quoteAndEscape(full, " ", forced.quote), uncertain: false, alternative: null, scored, blanks: true };
  }
  // why gluedInAlignedCell here too: the delimiter joins a word inside one column of a table aligned at blanks
  if (forced.delimiter === null && (insideOneSpacedField(full, pick.delimiter) || gluedInAlignedCell(full, pick.delimiter))) {
    return { delimiter: " ", ...quoteAndEscape(full, " ", forced.quote), uncertain: false, alternative: null, scored };
  }
  if (forced.delimiter === null && listedFirstField(full, pick.delimiter)) {
    return { delimiter: ":", ...quoteAndEscape(full, ":", forced.quote), uncertain: false, alternative: null, scored };
  }
  if (free && pick.delimiter === "" && raggedSeries(full)) {
    return { delimiter: " ", ...quoteAndEscape(full, " ", null), uncertain: false, alternative: null, scored };
  }
  if (free && oneColumnAfterAll(pick.delimiter, full, complete)) {
    return { delimiter: "", ...quoteAndEscape(full, "", null), uncertain: false, alternative: null, scored };
  }
  const { quote, escape } = quoteAndEscape(full, pick.delimiter, forced.quote);
  // Uncertain: another delimiter explains the sample about as well (within UNCERTAIN_RATIO of the score).
  const rival = valid.find((d) => d.delimiter !== pick.delimiter);
  // why first's score: a pick by records (multiLineRecords) has no better score than the line reading it replaced
  const uncertain = forced.delimiter === null && rival !== undefined && first.score! > 0 && rival.score! >= first.score! * UNCERTAIN_RATIO &&
    !(pick.delimiter === "\t" && tabsAroundSpacedText(full, rival.delimiter));
  const alternative = uncertain && rival ? { delimiter: rival.delimiter, quote: rival.quote, escape: rival.escape } : null;
  return { delimiter: pick.delimiter, quote, escape, uncertain, alternative, scored };
}

/**
 * True when every line (the first included) holds the same number of TABs, one or more, and the picked `;` or `,`
 * is always followed by a space (`Feature ID<TAB>Taxon` above `id<TAB>k__Bacteria; p__Firmicutes; c__…`): the TABs
 * split the table and the `; ` is text. why: read at `;`, the data lines are wider and more alike than at TAB, but
 * the first line (no `;`) must then be a preamble; a writer puts no space after its own delimiter on every line.
 */
function tabsAroundSpacedText(full: string, picked: string): boolean {
  if (picked !== ";" && picked !== ",") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).filter((l) => l.trim() !== "");
  if (lines.length < 2) return false;
  const tabs = (l: string): number => l.split("\t").length - 1;
  const n = tabs(lines[0]);
  if (n === 0 || !lines.every((l) => tabs(l) === n)) return false;
  let seen = 0;
  for (const l of lines) {
    for (let i = l.indexOf(picked); i >= 0; i = l.indexOf(picked, i + 1), seen++) if (l[i + 1] !== " ") return false;
  }
  return seen > 0;
}

/**
 * True when every occurrence of the picked delimiter sits inside one space-separated field of every line, two or more
 * to a line, and single spaces read every line at one width of 3 or more with more numbers than the pick reads
 * (`chr - seq1 gi|150392480|ref|NC_009632.1| 0 2906507 green_a4`): the `|` joins the parts of an id, the spaces split
 * the table. why numbers: read at `|`, the numbers stand inside cells of text (` 0 2906507 green_a4`); a `|` table
 * whose text holds spaces (`John Smith|42|New York`) reads more numbers at `|`. why two to a line: one `|` inside
 * one word is as likely a delimiter. why one `:` is enough, and 2 fields: a colon joins a qualifier to a name
 * (BALL's `ALA:CA  1.7`, `chr1:100 5`), and a `key: 42` line reads its number at `:` as well, so it stays a `:` file.
 */
function insideOneSpacedField(full: string, picked: string): boolean {
  if (picked === "" || picked === " " || picked === "\t") return false;
  const lines = full.split(/\r\n|\n|\r/, 1000).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < 2 || lines.some((l) => l.includes("\t") || l.includes('"'))) return false;
  const words = lines.map((l) => l.split(/ +/));
  const width = words[0].length;
  const least = picked === ":" ? 2 : 3;
  if (width < least || words.some((w) => w.length !== width)) return false;
  const at = words[0].findIndex((w) => w.includes(picked));
  const numbers = (cells: string[]): number => cells.filter((c) => /^[-+]?\d*\.?\d+$/.test(c.trim())).length;
  return at >= 0 && words.every((w, i) => w.every((c, j) => (j === at) === c.includes(picked)) && w[at].split(picked).length >= least &&
    numbers(w) > numbers(lines[i].split(picked)));
}

/** Widths (delimiters per row) at or above this mark an unclosed quote in the row (see consistency.ts). */

/**
 * A quoted dialect whose records span several lines each and all have one width, with clean quoting: it beats a
 * pick that reads every physical line as a row. why: the pattern score grows with the number of rows, so a reading
 * by lines (2,000 rows of ragged text) outscores the right reading by records (50 records of 4 fields); the
 * sniffer must score records, and a quote that turns ragged lines into equal records is the stronger evidence.
 */
function multiLineRecords(full: string, scored: Scored[], pick: Scored): Scored | null {
  let found: Scored | null = null;
  for (const c of scored) {
    if (!c.quote || !c.delimiter || c.rows < 3 || c.rows * 2 > pick.rows) continue;
    let top = 0;
    let topWidth = 0;
    for (const [w, n] of c.widths) if (n > top) { top = n; topWidth = w; }
    if (topWidth === 0 || topWidth >= UNCLOSED || top < c.rows * 0.9) continue;
    const ev = quoteEvidence(full, c.delimiter, c.quote, c.escape !== "");
    if (!isRealQuote(ev) || misplaced(ev) * 20 > ev.proper) continue;
    if (found === null || c.rows > found.rows) found = c;
  }
  return found;
}

/** Share of the delimiter's occurrences in the text that sit inside closed `q`-quoted regions. */
function shareInsideQuotes(text: string, regions: QuoteRegions, d: string): number {
  if (!d) return 0;
  let all = 0;
  let inside = 0;
  for (let i = text.indexOf(d); i >= 0; i = text.indexOf(d, i + 1)) {
    all++;
    if (regions.inside[i] === 1) inside++;
  }
  return all === 0 ? 0 : inside / all;
}

/**
 * Drops the dialects whose delimiter sits mostly inside fields that a real quote wraps under another delimiter, and
 * never outside them (so no dialect with that quote counts it).
 * why: a quoted field's content is never delimiter evidence; but the no-quote reading of `":grinning:",😀` counts
 * its colons, and with cells of no known type the colon split (3 cells a row) outscores the comma (2 cells).
 */
function withoutQuotedDelimiters(text: string, full: string, valid: Scored[], forced: boolean): Scored[] {
  if (forced || valid.length < 2) return valid;
  const delims = [...new Set(valid.map((d) => d.delimiter))];
  for (const q of QUOTE_ORDER) {
    if (!text.includes(q)) continue;
    const regions = quoteRegions(text, q, "");
    const share = new Map(delims.map((d) => [d, shareInsideQuotes(text, regions, d)]));
    // a delimiter that also splits rows outside these quotes has a dialect of its own with q: it stays
    const kept = delims.filter((d) => share.get(d)! < 0.5 || valid.some((c) => c.delimiter === d && c.quote === q));
    if (kept.length === delims.length || kept.length === 0) continue;
    if (!kept.some((d) => isRealQuote(quoteEvidence(full, d, q)))) continue;
    return valid.filter((d) => kept.includes(d.delimiter));
  }
  return valid;
}

/**
 * Drops the best dialect's delimiter when it stands only inside brackets and another delimiter of the valid ones
 * splits every line outside them (`|` of `$luw$:{I} [loose|destroy]`, a quiz's alternative answers, against its
 * `:`): that one is kept alone. why: a bracket groups text; a delimiter inside one splits no field, and cells of
 * plain words then outscore the line's real split, whose cells are untyped.
 */
function withoutBracketedDelimiter(text: string, valid: Scored[], forced: boolean): Scored[] {
  if (forced || valid.length < 2 || !onlyInsideBrackets(text, valid[0].delimiter)) return valid;
  const other = valid.find((d) => d.delimiter !== "" && d.delimiter !== valid[0].delimiter && outsideBracketsOnEveryLine(text, d.delimiter));
  // why only its dialects: their cells are as untyped as any rival's, which would leave every score a rival
  return other ? valid.filter((d) => d.delimiter === other.delimiter) : valid;
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
/** Quote characters that are also common delimiters: chosen only on clear evidence (see clearQuote). */
const RARE_QUOTES = ["|"];

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

/**
 * backtickQuotes, and the backtick still wraps text once the cells of backticks only are emptied (backtick-cells.ts).
 * why only as a test, the evidence kept whole: `` `` `` fields of a quote-all file and doubled backticks count there.
 */
function backtickStillQuotes(full: string, d: string, ev: QuoteEvidence): boolean {
  return isRealQuote(evidenceOf(withoutBacktickOnlyCells(full, d), d, "`")) && backtickQuotes(full, d, ev);
}

/** The quote (and escape) that the whole sample supports for a delimiter: see evidence.ts. */
export function quoteAndEscape(full: string, delimiter: string, forcedQuote: string | null): { quote: string; escape: string } {
  // why: `--quote ''` names no quote character at all; there is nothing to look for
  if (forcedQuote === "") return { quote: "", escape: backslashEscapesDelimiter(full, delimiter) ? "\\" : "" };
  let ev: QuoteEvidence | null = null;
  if (forcedQuote !== null) {
    ev = evidenceOf(full, delimiter, forcedQuote);
  } else {
    const real = QUOTE_ORDER.filter((q) => full.includes(q)).map((q) => evidenceOf(full, delimiter, q))
      .filter((e) => isRealQuote(e) && (e.quote !== "`" || backtickStillQuotes(full, delimiter, e)));
    // The quote that wraps the most non-empty fields; `"` first on a tie.
    for (const e of real) if (ev === null || e.properNonEmpty > ev.properNonEmpty) ev = e;
    const rare = clearQuote(full, delimiter, ev);
    if (rare) ev = rare;
    ev = enclosingQuote(full, ev, real) ?? ev;
    // why: a file whose only quoted fields are empty (`""`) is still quoted, though no field shows it with text
    if (ev === null && full.includes('"')) {
      const dq = quoteEvidence(full, delimiter, '"');
      if (onlyEmptyQuoted(dq)) ev = dq;
    }
  }
  const quote = forcedQuote ?? ev?.quote ?? "";
  let escape = "";
  if (ev && ev.backslashed > 0 && ev.backslashed >= ev.doubled && !doubledOverBackslash(full, delimiter, quote)) escape = "\\";
  else if (!quote && backslashEscapesDelimiter(full, delimiter)) escape = "\\";
  return { quote, escape };
}

/** The evidence for a quote, read with a backslash escape only where the sample needs one (see backslashNeeded). */
function evidenceOf(full: string, delimiter: string, q: string): QuoteEvidence {
  const ev = quoteEvidence(full, delimiter, q);
  if (!full.includes("\\" + q) || backslashNeeded(full, delimiter, ev)) return ev;
  return quoteEvidence(full, delimiter, q, false);
}

/**
 * A quote such as `|` (pymatgen's) when its evidence is clear: it wraps fields on most of the lines that hold it,
 * never stands mid-field or unclosed, and wraps more fields than the quote found otherwise.
 */
function clearQuote(full: string, delimiter: string, found: QuoteEvidence | null): QuoteEvidence | null {
  for (const q of RARE_QUOTES) {
    if (q === delimiter || !full.includes(q)) continue;
    const ev = evidenceOf(full, delimiter, q);
    if (!isRealQuote(ev) || misplaced(ev) > 0 || ev.properNonEmpty < 3) continue;
    if (!quotesData(full, delimiter, q)) continue;
    if (found === null || ev.properNonEmpty > found.properNonEmpty) return ev;
  }
  return null;
}

/**
 * True when the quote wraps some field outside the first line and its copies (a report repeating its header).
 * why: a quote that opens no cell of the data is no quote in the header either: `Largest |f|` (an R iteration
 * report, its header repeated per block) names the norm of f; read as a quote it cut the name in two.
 */
function quotesData(full: string, delimiter: string, q: string): boolean {
  const lines = full.split(/\r?\n|\r/);
  const first = lines.find((l) => l.trim() !== "");
  const data = lines.filter((l) => l !== first).join("\n");
  return data.includes(q) && evidenceOf(data, delimiter, q).properNonEmpty > 0;
}

/**
 * True when the sample needs `\` as an escape: some `\"` stands inside a field (text follows it), or, read as
 * RFC 4180 reads it (a backslash before a quote is text), more quotes are misplaced. why: `"C:\temp\"` is a
 * valid RFC 4180 field whose backslash ends the text; a backslash escape would read its closing quote as text.
 */
function backslashNeeded(full: string, delimiter: string, ev: QuoteEvidence): boolean {
  const pair = "\\" + ev.quote;
  for (let i = full.indexOf(pair); i >= 0; i = full.indexOf(pair, i + 2)) {
    const next = full[i + 2];
    if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") return true;
  }
  return misplaced(quoteEvidence(full, delimiter, ev.quote, false)) > misplaced(ev);
}

/** Whether the picked delimiter only joins parts of one value on every line (spaced names, arrow listings, colon-joined numbers, Hunspell flag tails, base64 padding). */
function oneColumnAfterAll(delimiter: string, full: string, complete: boolean): boolean {
  if (delimiter === " ") return spacedNames(full) || arrowListing(full) || loneSentence(full, complete);
  if (delimiter === ":") return colonJoinedNumbers(full);
  if (delimiter === "=") return base64Padding(full);
  return delimiter === "," && commasInFlagTails(full, complete);
}
