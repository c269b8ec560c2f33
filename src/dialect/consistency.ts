// Data-consistency scoring of candidate dialects: row-pattern score × cell-type score over a text sample.

// The method is the one of van den Burg, Nazábal & Sutton, "Wrangling messy CSV files by detecting row and
// type patterns" (2019): a dialect that explains the data splits the rows into a few consistent lengths
// (pattern score) and leaves cells that look like values (type score). This is our own implementation; its
// scanning differs in the details (it jumps between line breaks, quotes and candidate delimiters with indexOf
// rather than reading every character, and it stops typing cells once the winner is certain).
import { afterAlignedQuote } from "./aligned-quote.js";
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
  /** Type score T (null when not computed because P alone could not win; a bound of T when its exact value could
   * not change the answer, see typeScore). */
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
export const UNCLOSED = 1 << 24;

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
  return DELIMITERS.filter((d) => sample.includes(d) && (d === " " || d === "\t" || !lineLeadingOnly(sample, d)));
}

/**
 * True when every `d` of the sample opens its line (after spaces at most): a line marker (`#F`, `#L a1 a2` of a SPEC
 * file above its rows), never a separator between two cells. why: read as the delimiter, each marked line made two
 * cells and every row one, an error on each row.
 */
function lineLeadingOnly(sample: string, d: string): boolean {
  for (let i = sample.indexOf(d); i >= 0; i = sample.indexOf(d, i + 1)) {
    let k = i - 1;
    while (k >= 0 && (sample[k] === " " || sample[k] === "\t")) k--;
    if (k >= 0 && sample[k] !== "\n" && sample[k] !== "\r") return false;
  }
  return true;
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
  /** Where rows end under this quoting (see rowBounds), computed on first use. */
  bounds?: Int32Array;
}

/**
 * Where the rows of the sample end under a quoting: the offsets of the line breaks outside quotes (and not
 * escaped), then the length of the sample. A row is the text between two such offsets; an empty one is a blank
 * line, which is not a row.
 */
function rowBounds(s: string, reg: QuoteRegions): Int32Array {
  if (reg.bounds) return reg.bounds;
  const { inside } = reg;
  const out: number[] = [];
  let lf = s.indexOf("\n");
  let cr = s.indexOf("\r");
  while (lf >= 0 || cr >= 0) {
    let i: number;
    if (cr < 0 || (lf >= 0 && lf < cr)) { i = lf; lf = s.indexOf("\n", lf + 1); } else { i = cr; cr = s.indexOf("\r", cr + 1); }
    if (inside[i] === 0) out.push(i);
  }
  out.push(s.length);
  return (reg.bounds = Int32Array.from(out));
}

/** Offsets of one character (one UTF-16 unit) in the sample; none for a line break, which never delimits. */
function offsetsOf(s: string, code: number): number[] {
  const out: number[] = [];
  if (code === 10 || code === 13) return out;
  const ch = String.fromCharCode(code);
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) out.push(i);
  return out;
}

// why: a colon inside a time of day or after a URL scheme, and the space between a date and its time, are
// parts of a value, never delimiters.
// why `^` at every line's start (m): a time opening a line (`10:30` under `time`, a one-column list) is a value too
const VALUE_COLONS = /(?:^|[ T"'])(\d{1,2}):\d{2}(?::\d{2})?(?:[.,]\d+)?\b|\b[A-Za-z][A-Za-z0-9+.-]{1,9}:\/\//my;
const DATE_TIME_SPACE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}) (?=\d{1,2}:\d{2})/y;
// why: the colons of an IPv6 address (`2001:200::`, `2001:200:ffff:ffff:ffff:ffff:ffff:ffff`) between other
// delimiters are parts of the value; read as the delimiter, `::` made empty cells and each address a row of its own width
export const IPV6 = /(?<=^|[,;\t| "'])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?=$|[,;\t| "'])/gm;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Offset p opens a line as `^` of a multiline pattern sees one (after LF, CR, U+2028 or U+2029). */
const lineStart = (s: string, p: number): boolean => p === 0 || LINE_BREAKS.includes(s.charCodeAt(p - 1));
const LINE_BREAKS = [10, 13, 0x2028, 0x2029];
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Offsets of characters that belong to values (times, URL schemes, date-time gaps): never delimiters.
 * They are the colons of every match of VALUE_COLONS and the last character of every match of DATE_TIME_SPACE,
 * matches as a global search (`s.matchAll`) finds them: leftmost first, never overlapping.
 */
export function valueInternal(s: string): number[] {
  // why not matchAll: these patterns have no literal prefix, so a global search tried them at every offset of
  // the sample (the top regular-expression cost of sniffing). Every match has an "anchor" colon a few
  // characters after its start, with no colon between (a time's first colon; a scheme's colon before "//";
  // the colon of the time after a date-time gap), so the sticky patterns are tried only at the few offsets
  // before each colon where a match could start, in increasing order. An offset never tried cannot start a
  // match: that match's anchor would have tried it, so the matches found are the same.
  const out: number[] = [];
  let nextColon = 0; // VALUE_COLONS: every start below this was tried or lies in a match found
  let nextGap = 0; // the same for DATE_TIME_SPACE
  let prevColon = -1;
  for (let c = s.indexOf(":"); c >= 0; prevColon = c, c = s.indexOf(":", c + 1)) {
    const digitBefore = isDigit(s.charCodeAt(c - 1));
    const scheme = s.charCodeAt(c + 1) === 47 && s.charCodeAt(c + 2) === 47;
    if (digitBefore || scheme) {
      // A time starts with [ T"'] (or the text's start) and 1–2 digits; a scheme with a letter and 1–9 more.
      for (let p = Math.max(nextColon, prevColon + 1, c - (scheme ? 10 : 3)); p < c; p++) {
        const ch = s.charCodeAt(p);
        if (!(ch === 32 || ch === 34 || ch === 39 || isAsciiLetter(ch) || (isDigit(ch) && lineStart(s, p)))) continue;
        VALUE_COLONS.lastIndex = p;
        const m = VALUE_COLONS.exec(s);
        if (m === null) continue;
        const text = m[0];
        for (let k = text.indexOf(":"); k >= 0; k = text.indexOf(":", k + 1)) out.push(p + k);
        nextColon = p + text.length;
        p = nextColon - 1;
      }
    }
    if (digitBefore && (s.charCodeAt(c - 2) === 32 || s.charCodeAt(c - 3) === 32)) {
      // A date of 6–10 characters starting with a digit, the space, 1–2 digits, this colon.
      for (let p = Math.max(nextGap, prevColon + 1, c - 14); p < c - 2; p++) {
        if (!isDigit(s.charCodeAt(p))) continue;
        DATE_TIME_SPACE.lastIndex = p;
        const m = DATE_TIME_SPACE.exec(s);
        if (m === null) continue;
        out.push(p + m[0].length - 1);
        nextGap = p + m[0].length;
        p = nextGap - 1;
      }
    }
  }
  if (s.includes("::")) ipv6Colons(s, out);
  return out;
}

/**
 * Adds the colons of the IPv6 addresses of the sample (see IPV6) that stand beside another delimiter on one side at
 * least: a line that is one address only may be a `:` table's row. why only with `::` in the sample: an address list
 * has compressed ones; the cost of the search is paid where one is.
 */
function ipv6Colons(s: string, out: number[]): void {
  for (const m of s.matchAll(IPV6)) {
    const before = m.index === 0 ? 10 : s.charCodeAt(m.index - 1);
    const after = m.index + m[0].length >= s.length ? 10 : s.charCodeAt(m.index + m[0].length);
    if ((before === 10 || before === 13) && (after === 10 || after === 13)) continue;
    for (let k = m[0].indexOf(":"); k >= 0; k = m[0].indexOf(":", k + 1)) out.push(m.index + k);
  }
}

/**
 * Quoted regions of the sample for one quote/escape pair. A quote opens a region, the next lone quote closes it
 * (a doubled quote inside stays text); an escape makes the next character ordinary text, inside quotes or not.
 */
function quoteRegions(s: string, quote: string, escape: string, literal: number[] = []): QuoteRegions {
  const n = s.length;
  const inside = new Uint8Array(n);
  for (const i of literal) inside[i] = 2;
  if (!quote && !escape) return { inside, unclosed: -1 };
  const q = quote ? quote.charCodeAt(0) : -1;
  const e = escape ? escape.charCodeAt(0) : -1;
  let open = -1;
  // why: the scan jumps (indexOf) from one quote or escape character to the next instead of reading every
  // character, since nothing else changes the state.
  let nq = quote ? s.indexOf(quote) : -1;
  let ne = escape ? s.indexOf(escape) : -1;
  while (nq >= 0 || ne >= 0) {
    const i = ne >= 0 && (nq < 0 || ne < nq) ? ne : nq;
    let from: number;
    if (inside[i] === 2) {
      from = i + 1; // escaped, or a literal offset (only a forced quote such as ":" can stand there)
    } else if (s.charCodeAt(i) === e) {
      // An escape makes the next character ordinary text.
      if (i + 1 < n) inside[i + 1] = 2;
      from = i + 2;
    } else if (open < 0) {
      open = i;
      from = i + 1;
    } else if (i + 1 < n && s.charCodeAt(i + 1) === q) {
      from = i + 2; // a doubled quote inside quotes
    } else {
      inside.fill(1, open, i + 1);
      open = -1;
      from = i + 1;
    }
    if (nq >= 0 && nq < from) nq = s.indexOf(quote, from);
    if (ne >= 0 && ne < from) ne = s.indexOf(escape, from);
  }
  // why: re-mark escaped positions that a region fill overwrote, so escapes stay visible to the cell splitter.
  if (e >= 0) {
    for (let i = s.indexOf(escape); i >= 0 && i + 1 < n; i = s.indexOf(escape, i + 1)) {
      if (inside[i] !== 2) { inside[i + 1] = 2; i++; }
    }
  }
  return { inside, unclosed: open };
}

/**
 * Pattern scores of every delimiter candidate for one quote/escape pair.
 * A row's pattern is its number of delimiters outside quotes (plus a mark when an unclosed quote sits in it);
 * blank lines are not rows.
 * @param offsets per candidate, the offsets of its character in the sample (shared by every quote/escape pair)
 */
function patternScores(s: string, delims: string[], regions: QuoteRegions, offsets: number[][]): { pattern: number; rows: number; widths: Map<number, number>; used: boolean }[] {
  // why: the counting visits only line breaks and candidate characters (found with indexOf), never every
  // character: the sniffer runs once per file, mostly before the JIT has compiled it, and a loop over
  // 64 K characters per quote/escape pair then cost milliseconds.
  const { inside, unclosed } = regions;
  const bounds = rowBounds(s, regions);
  const nb = bounds.length;
  const m = delims.length;
  // why: columns aligned with runs of spaces are one delimiter per run, and leading/trailing spaces none.
  const space = delims.indexOf(" ");
  /** counts[r * m + k]: delimiter k in the text that row end r closes. */
  const counts = new Int32Array(nb * m);
  for (let k = 0; k < m; k++) {
    const at = offsets[k];
    let r = 0;
    for (let j = 0; j < at.length; j++) {
      const p = at[j];
      if (inside[p] !== 0) continue;
      while (bounds[r] < p) r++;
      if (k === space && !spaceStartsRun(s, inside, p)) continue;
      counts[r * m + k]++;
    }
  }
  const total = new Int32Array(m);
  // why: keys are numbers (delimiter count, plus UNCLOSED when an unclosed quote sits in the row); string keys
  // made this loop the hot spot of the sniffer.
  const maps: Map<number, number>[] = delims.map(() => new Map());
  let rows = 0;
  let prev = -1;
  for (let r = 0; r < nb; r++) {
    const b = bounds[r];
    if (b - prev > 1) {
      rows++;
      const base = r * m;
      // Trailing spaces are no delimiter.
      if (space >= 0 && counts[base + space] > 0 && inside[b - 1] !== 2 && s.charCodeAt(b - 1) === 32 && trailingRunCounted(s, inside, b)) counts[base + space]--;
      const mark = unclosed > prev && unclosed < b ? UNCLOSED : 0;
      for (let k = 0; k < m; k++) {
        const key = counts[base + k] + mark;
        const map = maps[k];
        map.set(key, (map.get(key) ?? 0) + 1);
        total[k] += counts[base + k];
      }
    }
    prev = b;
  }
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

/**
 * Does the space at offset p (outside quotes) start a run, i.e. count as a delimiter? Not after another space
 * or at the start of a row. An escaped or literal character before it reads as no character.
 */
function spaceStartsRun(s: string, inside: Uint8Array, p: number): boolean {
  if (p === 0) return false;
  const at = inside[p - 1];
  if (at === 2) return true;
  const c = s.charCodeAt(p - 1);
  if (c === 32 || c === 10) return false;
  if (c === 13 && at === 0) return false;
  return !paddingRun(s, p);
}

/** Was the run of spaces that ends the row at b counted as a delimiter (see spaceStartsRun)? */
function trailingRunCounted(s: string, inside: Uint8Array, b: number): boolean {
  let k = b - 1;
  while (k > 0 && s.charCodeAt(k - 1) === 32 && inside[k - 1] === 0) k--;
  return spaceStartsRun(s, inside, k);
}

/** Delimiters that spaces pad (`3836 ,4084 ,`, `1, text`): a run of spaces next to one of them is padding. */
const PADDED = new Set([44, 59, 9, 124]);

/**
 * True when the run of spaces starting at p touches a `,` `;` tab or `|`. why: `a , b` is a comma with padding, and
 * counting its spaces as delimiters made the space win on files of `N, text` or `3836 ,4084 ,` lines.
 */
function paddingRun(s: string, p: number): boolean {
  let j = p;
  while (s.charCodeAt(j) === 32) j++;
  return PADDED.has(s.charCodeAt(p - 1)) || PADDED.has(s.charCodeAt(j));
}

/** Called for each cell; returning true stops the walk. */
export type CellVisitor = (text: string, quoted: boolean, row: number, col: number, start: number) => boolean | void;

/**
 * Splits the sample into rows of cells under a dialect; calls `cell` for each cell (unquoted text, quoted flag)
 * until it returns true. Returns the number of rows read.
 */
export function forEachCell(s: string, c: Candidate, regions: QuoteRegions | null | undefined, cell: CellVisitor, maxRows = Infinity): number {
  const reg = regions ?? quoteRegions(s, c.quote, c.escape, valueInternal(s));
  if (c.delimiter === " ") return forEachCellSpace(s, c, reg, cell, maxRows);
  const { inside } = reg;
  const bounds = rowBounds(s, reg);
  let d = c.delimiter ? c.delimiter.charCodeAt(0) : -1;
  if (d === 10 || d === 13) d = -1; // a line break never splits a row
  const dch = d < 0 ? "" : String.fromCharCode(d);
  const unescape = c.escape ? new RegExp("\\" + c.escape + "(.)", "gs") : null;
  // why split(): a row without quoted text, escapes or literal colons splits at every delimiter character, and
  // the native split does that without a loop over the characters.
  const plainSplit = !c.escape && d !== 58;
  let quotedAt = inside.indexOf(1); // the next offset inside quotes, -1 when there is none further on
  let row = 0;
  let prev = -1;
  for (let r = 0; r < bounds.length; r++) {
    const b = bounds[r];
    const a = prev + 1;
    prev = b;
    if (b <= a) continue; // a blank line
    if (quotedAt >= 0 && quotedAt < a) quotedAt = inside.indexOf(1, a);
    const hasQuoted = quotedAt >= 0 && quotedAt < b;
    if (plainSplit && !hasQuoted) {
      const cells = d < 0 ? [s.slice(a, b)] : s.slice(a, b).split(dch);
      let start = a;
      for (let col = 0; col < cells.length; col++) {
        if (cell(cells[col], false, row, col, start) === true) return row;
        start += cells[col].length + 1;
      }
    } else {
      let start = a;
      let col = 0;
      if (d >= 0) {
        for (let i = s.indexOf(dch, a); i >= 0 && i < b; i = s.indexOf(dch, i + 1)) {
          if (inside[i] !== 0) continue;
          if (emitCell(s, inside, c, unescape, hasQuoted, start, i, row, col, cell) === true) return row;
          col++;
          start = i + 1;
        }
      }
      if (emitCell(s, inside, c, unescape, hasQuoted, start, b, row, col, cell) === true) return row;
    }
    row++;
    if (row >= maxRows) return row;
  }
  return row;
}

/** Hands the cell at [start, end) to the visitor: unquoted (when the quotes are real) and unescaped. */
function emitCell(s: string, inside: Uint8Array, c: Candidate, unescape: RegExp | null, mayBeQuoted: boolean, start: number, end: number, row: number, col: number, cell: CellVisitor): boolean | void {
  let text = s.slice(start, end);
  let quoted = false;
  if (mayBeQuoted) {
    const t = text.trim();
    if (c.quote && t.length >= 2 && t[0] === c.quote && t[t.length - 1] === c.quote && inside[start + text.indexOf(c.quote)] === 1) {
      quoted = true;
      text = t.slice(1, -1).split(c.quote + c.quote).join(c.quote);
    }
  }
  if (unescape && text.includes(c.escape)) text = text.replace(unescape, "$1");
  return cell(text, quoted, row, col, start);
}

/** forEachCell for the space delimiter: a run of spaces is one delimiter; leading and trailing spaces are none. */
function forEachCellSpace(s: string, c: Candidate, reg: QuoteRegions, cell: CellVisitor, maxRows: number): number {
  const { inside } = reg;
  const unescape = c.escape ? new RegExp("\\" + c.escape + "(.)", "gs") : null;
  const n = s.length;
  let start = 0;
  let row = 0;
  let col = 0;
  let rowHasChars = false;
  for (let i = 0; i < n; i++) {
    if (inside[i] !== 0) { rowHasChars = true; continue; }
    const ch = s.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      if (rowHasChars) {
        if (emitCell(s, inside, c, unescape, true, start, i, row, col, cell) === true) return row;
        row++;
        if (row >= maxRows) return row;
      }
      col = 0; rowHasChars = false; start = i + 1;
      continue;
    }
    if (ch === 32) {
      let j = i;
      while (j + 1 < n && s.charCodeAt(j + 1) === 32 && inside[j + 1] === 0) j++;
      if (rowHasChars && inside[i - 1] === 0 && paddingRun(s, i)) { i = j; continue; } // padding is text, as in patternScores
      const next = j + 1 < n ? s.charCodeAt(j + 1) : 10;
      if (!rowHasChars) { start = j + 1; i = j; continue; }
      if (next === 10 || next === 13) { i = j; continue; } // trailing: stays in the last cell, trimmed later
      if (emitCell(s, inside, c, unescape, true, start, i, row, col, cell) === true) return row;
      col++; start = j + 1; i = j;
      continue;
    }
    if (rowHasChars && i > start && afterAlignedQuote(s, inside, i, c.quote)) {
      if (emitCell(s, inside, c, unescape, true, start, i, row, col, cell) === true) return row;
      col++; start = i;
    }
    rowHasChars = true;
  }
  if (rowHasChars) {
    if (emitCell(s, inside, c, unescape, true, start, n, row, col, cell) === true) return row;
    row++;
  }
  return row;
}

/**
 * Share of the cells that read as values of a known kind (T), or a bound of it when the walk stops early.
 * why the two bars: the type pass is most of the scoring, and often its exact result cannot matter.
 * - `stopAbove`: the first dialect to be typed wins outright when P × T beats every other dialect's P (T ≤ 1,
 *   so they are all skipped), and then its T is never looked at again: the walk stops as soon as the cells seen
 *   so far prove that, and returns that lower bound of T.
 * - `stopBelow`: a dialect whose P × T is sure to stay under it can be neither the pick nor a rival that makes
 *   the pick uncertain (see scoreDialects): the walk stops as soon as the cells left cannot lift it to the bar,
 *   and returns that upper bound of T.
 * Both need `cells`, the exact number of cells (known from the pattern pass), or Infinity to walk to the end.
 */
function typeScore(s: string, c: Candidate, regions: QuoteRegions, cache: TypeCache, stopAbove: number, stopBelow: number, pattern: number, prior: number, cells: number): number {
  let total = 0;
  let known = 0;
  let bound = -1;
  const bounded = cells !== Infinity;
  forEachCell(s, c, regions, (text, quoted) => {
    total++;
    // why two maps rather than one keyed by flag + text: the concatenated key was built for every cell.
    const map = quoted ? cache.quoted : cache.plain;
    let k = map.get(text);
    if (k === undefined) { k = isKnownType(text, quoted); map.set(text, k); }
    if (!bounded) { if (k) known++; return false; }
    if (k) {
      known++;
      if (pattern * (known / cells) * prior > stopAbove) { bound = known / cells; return true; }
    } else {
      // why the floor: T is never under EPS_TYPE, so neither is its upper bound
      const most = Math.max(EPS_TYPE, (known + cells - total) / cells);
      if (pattern * most * prior < stopBelow) { bound = most; return true; }
    }
    return false;
  });
  if (bound >= 0) return bound;
  return total === 0 ? EPS_TYPE : Math.max(EPS_TYPE, known / total);
}

/** isKnownType answers by cell text, for quoted and unquoted cells. */
interface TypeCache { quoted: Map<string, boolean>; plain: Map<string, boolean> }

/** How much a delimiter is believed a priori (our addition to the method: rare symbols need more evidence). */
export type Prior = (c: Candidate) => number;

/**
 * Scores every candidate dialect of the sample; the best first.
 * @param rivalRatio when given, the caller reads the scores only to pick the best (ties within 1e-9) and to flag
 *   it uncertain when a dialect of another delimiter scores at least rivalRatio × the pick's score, over all the
 *   dialects returned. A dialect sure to score under rivalRatio × the best so far then stops being typed at an
 *   upper bound of its score (which stays under that bar, so neither answer can change).
 */
export function scoreDialects(s: string, prior: Prior, delims?: string[], rivalRatio?: number): Scored[] {
  const delimiters = delims ?? delimiterCandidates(s);
  const withEmpty = delimiters.includes("") ? delimiters : [...delimiters, ""];
  const quotes = ["", ...quoteCandidates(s)];
  const scored: Scored[] = [];
  const regionsOf = new Map<string, QuoteRegions>();
  const literal = valueInternal(s);
  const offsets = withEmpty.map((d) => (d ? offsetsOf(s, d.charCodeAt(0)) : []));
  for (const quote of quotes) {
    const escapes = [""];
    if (quote && hasEscapeBefore(s, "\\", quote)) escapes.push("\\");
    for (const escape of escapes) {
      const regions = quoteRegions(s, quote, escape, literal);
      regionsOf.set(quote + "\u0000" + escape, regions);
      const ps = patternScores(s, withEmpty, regions, offsets);
      ps.forEach((r, k) => {
        if (!r.used) return; // the delimiter never occurs outside quotes: same split as no delimiter
        scored.push({ delimiter: withEmpty[k], quote, escape, pattern: r.pattern, type: null, score: null, rows: r.rows, widths: r.widths });
      });
    }
  }
  scored.sort((a, b) => b.pattern * prior(b) - a.pattern * prior(a));
  const cache: TypeCache = { quoted: new Map(), plain: new Map() };
  let best = -Infinity;
  for (let j = 0; j < scored.length; j++) {
    const d = scored[j];
    const pr = prior(d);
    if (d.pattern * pr < best) continue; // why: T ≤ 1, so this dialect cannot win; skip the costly type pass
    // Only the first dialect typed may stop above a bar (see typeScore): the next one's P × prior.
    const first = best === -Infinity;
    const stopAbove = !first ? Infinity : j + 1 < scored.length ? scored[j + 1].pattern * prior(scored[j + 1]) : -Infinity;
    // why (1 - 1e-9): the pick may tie the best from that far below, and the margin covers rounding as well
    const stopBelow = !first && rivalRatio !== undefined && best > 0 ? Math.min(1, rivalRatio) * (1 - 1e-9) * best : -Infinity;
    const cells = d.delimiter === " " ? Infinity : cellCount(d.widths);
    d.type = typeScore(s, d, regionsOf.get(d.quote + "\u0000" + d.escape)!, cache, stopAbove, stopBelow, d.pattern, pr, cells);
    d.score = d.pattern * d.type * pr;
    if (d.score > best) best = d.score;
  }
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  return scored;
}

/** Cells under a dialect other than space-delimited: each row has one more cell than delimiters. */
function cellCount(widths: Map<number, number>): number {
  let n = 0;
  for (const [key, rows] of widths) n += ((key % UNCLOSED) + 1) * rows;
  return n;
}

/** True when `escape` stands right before a quote character somewhere (a backslash-escaped quote). */
function hasEscapeBefore(s: string, escape: string, quote: string): boolean {
  return s.includes(escape + quote);
}

export { quoteRegions };
export type { QuoteRegions };
