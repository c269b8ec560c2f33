// Cheap whole-sample checks of quoting and escaping for a chosen delimiter: does a character really quote fields?

// why: the consistency score reads only the first SCORE_CHARS of the sample, and a quote character that
// occurs only in text (an apostrophe, `"` inside HTML) scores about as well as none. What tells a quote from
// text is where it stands: a real quote opens at the start of a field and closes right before a delimiter
// or a line break. These checks jump from one quote character to the next with indexOf, so they cost little
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
}

const MAX_FIELD = 64 * 1024;

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Scans the sample for quote `q` with delimiter `d` ("" = single column). */
export function quoteEvidence(s: string, d: string, q: string): QuoteEvidence {
  const ev: QuoteEvidence = { quote: q, proper: 0, properNonEmpty: 0, mid: 0, improper: 0, doubled: 0, backslashed: 0 };
  const dc = d ? d.charCodeAt(0) : -1;
  const qc = q.charCodeAt(0);
  const n = s.length;
  let i = s.indexOf(q);
  while (i >= 0 && i < n) {
    // Is this quote at the start of a field? Look back over spaces (unless space is the delimiter).
    let b = i - 1;
    while (b >= 0 && s.charCodeAt(b) === 32 && dc !== 32) b--;
    const prev = b < 0 ? 10 : s.charCodeAt(b);
    const atStart = prev === dc || isBreak(prev) || (dc === 32 && b < i - 1);
    if (!atStart) {
      ev.mid++;
      i = s.indexOf(q, i + 1);
      continue;
    }
    // Find the closing quote: a quote followed (after spaces) by the delimiter, a line break or the end.
    let j = i + 1;
    let closedAt = -1;
    let doubled = 0;
    let backslashed = 0;
    while (j < n && j - i < MAX_FIELD) {
      const k = s.indexOf(q, j);
      if (k < 0 || k - i >= MAX_FIELD) break;
      if (s.charCodeAt(k - 1) === 92 && k - 1 > i) { backslashed++; j = k + 1; continue; }
      if (k + 1 < n && s.charCodeAt(k + 1) === qc) { doubled++; j = k + 2; continue; }
      let a = k + 1;
      while (a < n && s.charCodeAt(a) === 32 && dc !== 32) a++;
      const next = a >= n ? 10 : s.charCodeAt(a);
      if (next === dc || isBreak(next) || (dc === 32 && a > k + 1)) { closedAt = k; break; }
      j = k + 1;
    }
    if (closedAt < 0) {
      ev.improper++;
      i = s.indexOf(q, i + 1);
      continue;
    }
    ev.proper++;
    if (closedAt > i + 1) ev.properNonEmpty++;
    ev.doubled += doubled;
    ev.backslashed += backslashed;
    i = s.indexOf(q, closedAt + 1);
  }
  return ev;
}

/** True when the quote character really quotes fields in this sample. */
export function isRealQuote(ev: QuoteEvidence): boolean {
  if (ev.properNonEmpty === 0) return false;
  // why: apostrophes in text far outnumber the few fields they happen to wrap; real quoting is mostly proper.
  return ev.proper >= ev.mid && ev.proper >= ev.improper;
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
