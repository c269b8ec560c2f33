// Data-consistency scoring of candidate dialects: row-pattern score × cell-type score over a text sample.

// The method is the one of van den Burg, Nazábal & Sutton, "Wrangling messy CSV files by detecting row and
// type patterns" (2019): a dialect that explains the data splits the rows into a few consistent lengths
// (pattern score) and leaves cells that look like values (type score). This is our own implementation; its
// scanning differs in the details (one pass per quote/escape pair counts every candidate delimiter at once).
import { isKnownType } from "./cell-types.js";

export interface Candidate {
  /** "" means a single column (no delimiter). */
  delimiter: string;
  /** "" means no quoting. */
  quote: string;
  /** "" means no escape character. */
  escape: string;
}

export interface Scored extends Candidate {
  /** Pattern score P. */
  pattern: number;
  /** Type score T (null when not computed because P alone could not win). */
  type: number | null;
  /** Consistency Q = P × T × prior (null when T was skipped). */
  score: number | null;
  /** Rows in the sample under this dialect (blank lines skipped). */
  rows: number;
  /** How the rows split: delimiters per row (+ 2^24 when an unclosed quote sits in it) → number of rows. */
  widths: Map<number, number>;
}

const EPS_PATTERN = 1e-3;
const EPS_TYPE = 1e-10;
const UNCLOSED = 1 << 24;

const QUOTE_CANDIDATES = ['"', "'", "`"];
// why: the delimiters that real files use (the CleverCSV corpus annotations hold no other). Letting any
// punctuation compete (as CleverCSV does) makes `-`, `_` or `:` win on single-column files of dates,
// identifiers and paths.
export const DELIMITERS = [",", ";", "\t", "|", " ", ":", "#", "^", "~", "&", "=", "%"];
/** Pattern score per row given to the single-column reading (CleverCSV gives 0.001, which almost never wins). */
export const SINGLE_COLUMN_PATTERN = 0.15;
// why: characters that are never delimiters even though they are punctuation: they are part of numbers,
// paths, quotes and brackets (CleverCSV's block list, plus the quote candidates).

/** Characters of the sample that may be a delimiter (URLs left out: their `:`, `=`, `&` are not delimiters). */
export function delimiterCandidates(sample: string): string[] {
  return DELIMITERS.filter((d) => sample.includes(d));
}

/** The quote characters that appear in the sample. */
export function quoteCandidates(sample: string): string[] {
  return QUOTE_CANDIDATES.filter((q) => sample.includes(q));
}

/** Quoted regions of the sample for one quote/escape pair: pairs of [open, close] offsets, and an unclosed quote. */
interface QuoteRegions {
  /** inside[i] = 1 when offset i is in a closed quoted region (quote characters included); 2 when escaped. */
  inside: Uint8Array;
  /** Offset of a quote that never closes, or -1. */
  unclosed: number;
}

// why: a colon inside a time of day or after a URL scheme, and the space between a date and its time, are
// parts of a value, never delimiters.
const VALUE_COLONS = /(?:^|[ T"'])(\d{1,2}):\d{2}(?::\d{2})?(?:[.,]\d+)?\b|\b[A-Za-z][A-Za-z0-9+.-]{1,9}:\/\//g;
const DATE_TIME_SPACE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}) (?=\d{1,2}:\d{2})/g;

/** Offsets of characters that belong to values (times, URL schemes, date-time gaps): never delimiters. */
export function valueInternal(s: string): number[] {
  const out: number[] = [];
  if (s.includes(":")) {
    for (const m of s.matchAll(VALUE_COLONS)) {
      const text = m[0];
      for (let k = 0; k < text.length; k++) if (text[k] === ":") out.push(m.index! + k);
    }
    for (const m of s.matchAll(DATE_TIME_SPACE)) out.push(m.index! + m[0].length - 1);
  }
  return out;
}

function quoteRegions(s: string, quote: string, escape: string, literal: number[] = []): QuoteRegions {
  const n = s.length;
  const inside = new Uint8Array(n);
  for (const i of literal) inside[i] = 2;
  const q = quote ? quote.charCodeAt(0) : -1;
  const e = escape ? escape.charCodeAt(0) : -1;
  let open = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (inside[i] === 2) continue;
    if (c === e) {
      // An escape makes the next character ordinary text.
      if (i + 1 < n) inside[i + 1] = 2;
      i++;
      continue;
    }
    if (c !== q) continue;
    if (open < 0) { open = i; continue; }
    if (i + 1 < n && s.charCodeAt(i + 1) === q) { i++; continue; } // a doubled quote inside quotes
    inside.fill(1, open, i + 1);
    open = -1;
  }
  // why: re-mark escaped positions that a region fill overwrote, so escapes stay visible to the cell splitter.
  if (e >= 0) for (let i = 0; i + 1 < n; i++) if (s.charCodeAt(i) === e && inside[i] !== 2) { inside[i + 1] = 2; i++; }
  return { inside, unclosed: open };
}

/**
 * Pattern scores of every delimiter candidate for one quote/escape pair, in one pass.
 * A row's pattern is its number of delimiters outside quotes (plus a mark when an unclosed quote sits in it);
 * blank lines are not rows.
 */
function patternScores(s: string, delims: string[], quote: string, escape: string, regions: QuoteRegions): { pattern: number; rows: number; widths: Map<number, number>; used: boolean }[] {
  const index = new Map<number, number>();
  delims.forEach((d, k) => { if (d) index.set(d.charCodeAt(0), k); });
  const m = delims.length;
  const counts = new Int32Array(m);
  const total = new Int32Array(m);
  // why: keys are numbers (delimiter count, plus UNCLOSED when an unclosed quote sits in the row); string keys
  // made this loop the hot spot of the sniffer.
  const maps: Map<number, number>[] = delims.map(() => new Map());
  const { inside, unclosed } = regions;
  const n = s.length;
  let rowHasChars = false;
  let rowUnclosed = false;
  let rows = 0;
  // why: columns aligned with runs of spaces are one delimiter per run, and leading/trailing spaces none.
  const space = delims.indexOf(" ");
  let prevCode = 10;
  const endRow = (): void => {
    if (!rowHasChars) return;
    rows++;
    if (space >= 0 && prevCode === 32 && counts[space] > 0) counts[space]--;
    const mark = rowUnclosed ? UNCLOSED : 0;
    for (let k = 0; k < m; k++) {
      const key = counts[k] + mark;
      const map = maps[k];
      map.set(key, (map.get(key) ?? 0) + 1);
      total[k] += counts[k];
      counts[k] = 0;
    }
    rowHasChars = false;
    rowUnclosed = false;
  };
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (inside[i] === 1) { rowHasChars = true; prevCode = c; continue; }
    if (c === 10 || c === 13) { if (inside[i] !== 2) { endRow(); prevCode = 10; continue; } }
    rowHasChars = true;
    if (i === unclosed) rowUnclosed = true;
    if (inside[i] === 2) { prevCode = 0; continue; }
    const k = index.get(c);
    if (k !== undefined && (k !== space || (prevCode !== 32 && prevCode !== 10))) counts[k]++;
    prevCode = c;
  }
  endRow();
  void quote; void escape;
  return maps.map((map, k) => {
    if (delims[k] === "") return { pattern: rows * SINGLE_COLUMN_PATTERN, rows, widths: map, used: true };
    let p = 0;
    for (const [key, nk] of map) {
      const len = (key % UNCLOSED) + 1;
      p += nk * Math.max(EPS_PATTERN, len - 1) / len;
    }
    p /= Math.max(1, map.size);
    return { pattern: p, rows, widths: map, used: total[k] > 0 || delims[k] === "" };
  });
}

/** Splits the sample into rows of cells under a dialect; calls `cell` for each cell (unquoted text, quoted flag). */
export function forEachCell(s: string, c: Candidate, regions: QuoteRegions | null | undefined, cell: (text: string, quoted: boolean, row: number, col: number, start: number) => void, maxRows = Infinity): number {
  const reg = regions ?? quoteRegions(s, c.quote, c.escape, valueInternal(s));
  const { inside } = reg;
  const d = c.delimiter ? c.delimiter.charCodeAt(0) : -1;
  const n = s.length;
  let start = 0;
  let row = 0;
  let col = 0;
  let rowHasChars = false;
  const emit = (end: number): void => {
    let text = s.slice(start, end);
    let quoted = false;
    const t = text.trim();
    if (c.quote && t.length >= 2 && t[0] === c.quote && t[t.length - 1] === c.quote && inside[start + text.indexOf(c.quote)] === 1) {
      quoted = true;
      text = t.slice(1, -1).split(c.quote + c.quote).join(c.quote);
    }
    if (c.escape && text.includes(c.escape)) text = text.replace(new RegExp("\\" + c.escape + "(.)", "gs"), "$1");
    cell(text, quoted, row, col, start);
  };
  for (let i = 0; i < n; i++) {
    if (inside[i] !== 0) { rowHasChars = true; continue; }
    const ch = s.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      if (rowHasChars) { emit(i); row++; if (row >= maxRows) return row; }
      col = 0; rowHasChars = false; start = i + 1;
      continue;
    }
    if (ch === 32 && d === 32) {
      // A run of spaces is one delimiter; leading and trailing spaces are none.
      let j = i;
      while (j + 1 < n && s.charCodeAt(j + 1) === 32 && inside[j + 1] === 0) j++;
      const next = j + 1 < n ? s.charCodeAt(j + 1) : 10;
      if (!rowHasChars) { start = j + 1; i = j; continue; }
      if (next === 10 || next === 13) { i = j; continue; } // trailing: stays in the last cell, trimmed later
      emit(i); col++; start = j + 1; i = j;
      continue;
    }
    rowHasChars = true;
    if (ch === d) { emit(i); col++; start = i + 1; }
  }
  if (rowHasChars) { emit(n); row++; }
  return row;
}

function typeScore(s: string, c: Candidate, regions: QuoteRegions, cache: Map<string, boolean>): number {
  let total = 0;
  let known = 0;
  forEachCell(s, c, regions, (text, quoted) => {
    total++;
    const key = (quoted ? "1" : "0") + text;
    let k = cache.get(key);
    if (k === undefined) { k = isKnownType(text, quoted); cache.set(key, k); }
    if (k) known++;
  });
  return total === 0 ? EPS_TYPE : Math.max(EPS_TYPE, known / total);
}

/** How much a delimiter is believed a priori (our addition to the method: rare symbols need more evidence). */
export type Prior = (c: Candidate) => number;

/** Scores every candidate dialect of the sample; the best first. */
export function scoreDialects(s: string, prior: Prior, delims?: string[]): Scored[] {
  const delimiters = delims ?? delimiterCandidates(s);
  const withEmpty = delimiters.includes("") ? delimiters : [...delimiters, ""];
  const quotes = ["", ...quoteCandidates(s)];
  const scored: Scored[] = [];
  const regionsOf = new Map<string, QuoteRegions>();
  const literal = valueInternal(s);
  for (const quote of quotes) {
    const escapes = [""];
    if (quote && hasEscapeBefore(s, "\\", quote)) escapes.push("\\");
    for (const escape of escapes) {
      const regions = quoteRegions(s, quote, escape, literal);
      regionsOf.set(quote + "\u0000" + escape, regions);
      const ps = patternScores(s, withEmpty, quote, escape, regions);
      ps.forEach((r, k) => {
        if (!r.used) return; // the delimiter never occurs outside quotes: same split as no delimiter
        scored.push({ delimiter: withEmpty[k], quote, escape, pattern: r.pattern, type: null, score: null, rows: r.rows, widths: r.widths });
      });
    }
  }
  scored.sort((a, b) => b.pattern * prior(b) - a.pattern * prior(a));
  const cache = new Map<string, boolean>();
  let best = -Infinity;
  for (const d of scored) {
    const pr = prior(d);
    if (d.pattern * pr < best) continue; // why: T ≤ 1, so this dialect cannot win; skip the costly type pass
    d.type = typeScore(s, d, regionsOf.get(d.quote + "\u0000" + d.escape)!, cache);
    d.score = d.pattern * d.type * pr;
    if (d.score > best) best = d.score;
  }
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  return scored;
}

/** True when `escape` stands right before a quote character somewhere (a backslash-escaped quote). */
function hasEscapeBefore(s: string, escape: string, quote: string): boolean {
  return s.includes(escape + quote);
}

export { quoteRegions };
export type { QuoteRegions };
