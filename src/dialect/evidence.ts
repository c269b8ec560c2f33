// Cheap whole-sample checks of quoting and escaping for a chosen delimiter: does a character really quote fields?
import { opensOverRecords } from "./swallowed-records.js";
import { spansTabRecords } from "./quoted-tab-records.js";

// why: the consistency score reads only the first SCORE_CHARS of the sample, and a quote character that
// occurs only in text (an apostrophe, `"` inside HTML) scores about as well as none. What tells a quote from
// text is where it stands: a real quote opens at the start of a field and closes right before a delimiter
// or a line break. These checks visit only the quote characters (found with indexOf), so they cost little
// even on a 1 MiB sample.

export interface QuoteEvidence {
  quote: string;
  /** Fields that open and close with the quote at field boundaries. */
  proper: number;
  /** …of which hold at least one character. */
  properNonEmpty: number;
  /** Quote characters in the middle of unquoted fields. */
  mid: number;
  /** A quote at a field start that never closes at a field boundary. */
  improper: number;
  /** Inside proper quoted fields: doubled quotes, and backslash-escaped quotes. */
  doubled: number;
  backslashed: number;
  /** Spans between two quotes that each stand alone as a cell (a list entry `"`), across lines: not counted as proper. */
  alone: number;
}

const MAX_FIELD = 64 * 1024;

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

const ESCAPED = 0;
const DOUBLED = 1;
const CLOSING = 2;
const TEXT = 3;

/**
 * How the quote at offset k reads to a search for the end of a field opened at offset `open`: backslash-escaped,
 * doubled, closing (followed, after spaces, by the delimiter, a line break or the end), or text.
 */
function quoteKind(s: string, k: number, open: number, qc: number, dc: number, backslash: boolean): number {
  const n = s.length;
  if (backslash && s.charCodeAt(k - 1) === 92 && k - 1 > open) return ESCAPED;
  if (k + 1 < n && s.charCodeAt(k + 1) === qc) return DOUBLED;
  let a = k + 1;
  while (a < n && s.charCodeAt(a) === 32 && dc !== 32) a++;
  const next = a >= n ? 10 : s.charCodeAt(a);
  return next === dc || isBreak(next) || (dc === 32 && a > k + 1) ? CLOSING : TEXT;
}

/** Index of the first offset in `at` (sorted) that is at least x, looking from index t on. */
function firstFrom(at: number[], t: number, x: number): number {
  while (t < at.length && at[t] < x) t++;
  return t;
}

/**
 * Where a search for a closing quote that reaches quote t stops (closeAt[t], -1 for nowhere), and the doubled and
 * backslash-escaped quotes it passes on the way; from the last quote back, since every search that reaches the
 * same quote goes on alike. A search's first quote is not looked up: `k - 1 > open` depends on its opening.
 */
function searchTable(s: string, at: number[], qc: number, dc: number, backslash: boolean): { closeAt: Int32Array; doubledTo: Int32Array; backslashedTo: Int32Array } {
  const m = at.length;
  const closeAt = new Int32Array(m + 1).fill(-1);
  const doubledTo = new Int32Array(m + 1);
  const backslashedTo = new Int32Array(m + 1);
  for (let t = m - 1; t >= 0; t--) {
    const k = at[t];
    const how = quoteKind(s, k, -1, qc, dc, backslash);
    if (how === CLOSING) { closeAt[t] = k; continue; }
    const u = how === DOUBLED ? firstFrom(at, t + 1, k + 2) : t + 1;
    closeAt[t] = closeAt[u];
    doubledTo[t] = doubledTo[u] + (how === DOUBLED ? 1 : 0);
    backslashedTo[t] = backslashedTo[u] + (how === ESCAPED ? 1 : 0);
  }
  return { closeAt, doubledTo, backslashedTo };
}

/**
 * Scans the sample for quote `q` with delimiter `d` ("" = single column).
 * @param backslash whether `\"` reads as an escaped quote (false: as RFC 4180 reads it, a backslash then a quote)
 */
export function quoteEvidence(s: string, d: string, q: string, backslash = true): QuoteEvidence {
  const ev: QuoteEvidence = { quote: q, proper: 0, properNonEmpty: 0, mid: 0, improper: 0, doubled: 0, backslashed: 0, alone: 0 };
  const dc = d ? d.charCodeAt(0) : -1;
  const qc = q.charCodeAt(0);
  const at: number[] = [];
  for (let i = s.indexOf(q); i >= 0; i = s.indexOf(q, i + 1)) at.push(i);
  const m = at.length;
  // why a budget: a search for the closing quote walks the quotes after the opening one, up to MAX_FIELD
  // characters far, so a sample full of fields that never close (a line of `"a,b` repeated) made the scan
  // quadratic: minutes on 1 MiB. Once the walks have visited many more quotes than there are, the searches
  // look their answer up in searchTable instead (the same answers; building it costs a pass over the quotes,
  // which ordinary samples never need).
  let table: ReturnType<typeof searchTable> | null = null;
  let walked = 0;
  const tabSpans = { proper: 0, properNonEmpty: 0, doubled: 0, backslashed: 0 };
  let t = 0;
  while (t < m) {
    const i = at[t];
    // Is this quote at the start of a field? Look back over spaces (unless space is the delimiter).
    let b = i - 1;
    while (b >= 0 && s.charCodeAt(b) === 32 && dc !== 32) b--;
    const prev = b < 0 ? 10 : s.charCodeAt(b);
    const atStart = prev === dc || isBreak(prev) || (dc === 32 && b < i - 1);
    if (!atStart) {
      ev.mid++;
      t = firstFrom(at, t + 1, i + 1);
      continue;
    }
    // Find the closing quote: a quote followed (after spaces) by the delimiter, a line break or the end.
    let closedAt = -1;
    let doubled = 0;
    let backslashed = 0;
    let u = firstFrom(at, t + 1, i + 1);
    while (u < m && at[u] - i < MAX_FIELD) {
      const k = at[u];
      const how = quoteKind(s, k, i, qc, dc, backslash);
      if (how === CLOSING) { closedAt = k; break; }
      if (how === ESCAPED) backslashed++;
      else if (how === DOUBLED) doubled++;
      u = how === DOUBLED ? firstFrom(at, u + 1, k + 2) : u + 1;
      if (table !== null && u < m) {
        // the rest of the walk, looked up
        closedAt = table.closeAt[u];
        doubled += table.doubledTo[u];
        backslashed += table.backslashedTo[u];
        if (closedAt - i >= MAX_FIELD) closedAt = -1;
        break;
      }
      if (++walked > 4 * m + 1024) table = searchTable(s, at, qc, dc, backslash);
    }
    if (closedAt < 0) {
      ev.improper++;
      t = firstFrom(at, t + 1, i + 1);
      continue;
    }
    if (aloneQuotes(s, i, closedAt, dc) || opensOverRecords(s, i, closedAt, dc)) {
      ev.alone++;
      t = firstFrom(at, t + 1, closedAt + 1);
      continue;
    }
    const into = spansTabRecords(s, i, closedAt, dc) ? tabSpans : ev;
    into.proper++;
    if (closedAt > i + 1) into.properNonEmpty++;
    into.doubled += doubled;
    into.backslashed += backslashed;
    t = firstFrom(at, t + 1, closedAt + 1);
  }
  // why only beside lone quotes: a span over TAB records is a token's `"` (`"Monte` … `Carlo"`) in a file whose `"`
  // stands alone as a token elsewhere; where no `"` does, such a span is an exported multi-line cell holding a TAB
  // (`3<TAB>"pasted<TAB>cells<LF>second line"<TAB>7`), the file's one quoted field, and stays proper
  if (ev.alone > 0) return { ...ev, alone: ev.alone + tabSpans.proper };
  return { ...ev, proper: ev.proper + tabSpans.proper, properNonEmpty: ev.properNonEmpty + tabSpans.properNonEmpty, doubled: ev.doubled + tabSpans.doubled, backslashed: ev.backslashed + tabSpans.backslashed };
}

/**
 * True when the quotes at `open` and `close` each stand alone as a whole cell (at a line's start or after the
 * delimiter, and before the delimiter or a line break), and the span between them crosses lines. why: a stop-word or
 * punctuation list holds `"` as an entry of its own, a tagger's lexicon as a token (`"<TAB>''`); read as a quote,
 * the first such cell opened a field that the next one closed, a thousand entries later. A real multi-line cell
 * opens on its text (`"12 Main St`), and a quoted delimiter (`","`) crosses no line.
 */
function aloneQuotes(s: string, open: number, close: number, dc: number): boolean {
  const edge = (c: number) => isBreak(c) || c === dc;
  if (close <= open + 1 || !edge(s.charCodeAt(open + 1)) || !edge(s.charCodeAt(close - 1))) return false;
  if (open > 0 && !edge(s.charCodeAt(open - 1))) return false;
  if (textBlock(s, open, close, dc)) return false;
  const inner = s.slice(open + 1, close);
  // why text too: a quoted line break alone (`"\n"`, a table of special characters) is a real quoted field
  return /[\r\n]/.test(inner) && [...inner].some((c) => !edge(c.charCodeAt(0)) && c !== " ");
}

/**
 * True when the quoted span opens and closes on a line break and the delimiter follows it (`"\r\n  Accelrys…\r\nM  END\r\n",1,2`):
 * a block of lines in one field (a molfile, whose first line, the name, is often empty), then the row's other cells.
 * why not alone: a `"` entry of a list stands on a line of its own, with no cell after it; a token `"` of a lexicon
 * is followed by the delimiter, not by a line break.
 */
function textBlock(s: string, open: number, close: number, dc: number): boolean {
  if (dc < 0 || isBreak(dc) || !isBreak(s.charCodeAt(open + 1)) || !isBreak(s.charCodeAt(close - 1))) return false;
  return s.charCodeAt(close + 1) === dc && !runOfRecords(s.slice(open + 1, close), String.fromCharCode(dc));
}

/**
 * True when every non-blank line of a quoted span holds the delimiter: the lines are records of the table, not a
 * block of text. why: a tagger lexicon whose `"` is a token (`''<TAB>"` … `"<TAB>''`) opens at a line's end and
 * closes at a line's start with the delimiter after it, like a molfile block; read as quoting, the records between
 * the two tokens became one rejected cell. A molfile's lines (`M  END`, atom lines) hold no comma, TAB or semicolon.
 */
function runOfRecords(inner: string, d: string): boolean {
  const lines = inner.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");
  return lines.length > 0 && lines.every((line) => line.includes(d));
}

/** Quotes that do not read as the quoting of fields: in the middle of a field, or opening one that never closes. */
export const misplaced = (ev: QuoteEvidence): number => ev.mid + ev.improper;

/** True when the only quoting in the sample is of empty fields (`""`), with no quote character elsewhere. */
export function onlyEmptyQuoted(ev: QuoteEvidence): boolean {
  return ev.proper > 0 && ev.properNonEmpty === 0 && misplaced(ev) === 0;
}

/** True when the quote character really quotes fields in this sample. */
export function isRealQuote(ev: QuoteEvidence): boolean {
  if (ev.properNonEmpty === 0) return false;
  // why: apostrophes in text far outnumber the few fields they happen to wrap; real quoting is mostly proper.
  return ev.proper >= ev.mid && ev.proper >= ev.improper;
}

/**
 * True when the sample's backslashes before the delimiter escape it: most lines hold one, or some line holding one is
 * wider, split at every delimiter, than most lines without one are, so reading it as an escape gives back the width.
 * why: a cell may end in a backslash (an emoticon `:-\`, a drive `C:\`); that line already has the table's width,
 * and reading `\` plus TAB as an escape glued two cells and left the row a cell short.
 */
export function backslashEscapesDelimiter(s: string, d: string): boolean {
  if (escapedDelimiters(s, d) === 0) return false;
  const widths = new Map<number, number>();
  const marked: number[] = [];
  let paddedPlain = false;
  for (const line of s.split(/\r\n|\n|\r/)) {
    if (line === "") continue;
    const w = line.split(d).length;
    if (line.includes("\\" + d)) marked.push(w);
    else { widths.set(w, (widths.get(w) ?? 0) + 1); paddedPlain ||= line.endsWith(d); }
  }
  // why: where most lines hold one, the escape is the file's habit (a vector `[0.5\,0.25]` per record), and the
  // few lines without (a header with trailing empty names) tell nothing about the width; unless those lines hold no
  // empty last cell and every line with one is of their width already: then `\` ends a cell (a folder `C:\data\`)
  let plain = 0;
  for (const n of widths.values()) plain += n;
  if (plain <= marked.length) {
    if (widths.size === 1 && !marked.every((w) => widths.has(w))) return true;
    // why not on the padded or ragged lines alone where backslashes stand before what no escape writes: a folder
    // column (`C:\data\,10,` under `folder,size,`) read as escaped lost a cell per row and every backslash, silently
    return (paddedPlain || widths.size !== 1) && !pathBackslashes(s, d);
  }
  const usual = [...widths.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return marked.some((w) => w > usual);
}

/** What a backslash escapes in a delimited export: the delimiter aside, itself, a quote, a control (`\n`, `\t`, `\0`), MySQL's NULL `\N`. */
const ESCAPABLE = new Set(["\\", '"', "'", "0", "b", "n", "r", "t", "N", "Z"]);

/**
 * True when backslashes standing before a character no escape writes (`\d` of `C:\data`, `\U` of `\Users`) are at
 * least half as many as those before the delimiter: the backslashes are a path's, and one before the delimiter ends
 * a folder. why half: a folder `C:\data\` holds one of each; an escaped vector `[0.5\,0.25]` holds none.
 */
function pathBackslashes(s: string, d: string): boolean {
  let foreign = 0;
  for (let i = s.indexOf("\\"); i >= 0 && i + 1 < s.length; i = s.indexOf("\\", i + 2)) {
    const next = s[i + 1];
    if (next !== d && next !== "\n" && next !== "\r" && !ESCAPABLE.has(next)) foreign++;
  }
  return foreign * 2 >= escapedDelimiters(s, d);
}

/** Backslashes escaping the delimiter in unquoted text (`a\,b`), counted over the sample. */
export function escapedDelimiters(s: string, d: string): number {
  if (!d) return 0;
  let count = 0;
  let i = s.indexOf("\\" + d);
  while (i >= 0) {
    if (s.charCodeAt(i - 1) !== 92) count++;
    i = s.indexOf("\\" + d, i + 2);
  }
  return count;
}
