// Drops a sniffed `\` escape when it leaves quote defects that RFC 4180's doubled-quote reading does not have.

// why: a `\"` followed by a quote (`"Z\""oe"`, a doubled quote after a literal backslash) counts as an escaped quote
// for the evidence, and a file with `\\` in every address then looks backslash-escaped; read so, `"Z\""oe"` closes
// after `\"` and `oe"` is a stray quote. Refused: files where only `\` explains the quotes (`"say \"hi\""` has a stray
// quote when read RFC 4180's way) and files where the doubled-quote reading has defects of its own.

interface Reading {
  widths: Set<number>;
  /** Quotes in the middle of unquoted text, or text after a closing quote. */
  stray: number;
  unclosed: boolean;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Reads `s` as records (delimiter d, quote q, escape e or -1), as the tokenizer does, counting quote defects. */
function read(s: string, d: number, q: number, e: number): Reading {
  const r: Reading = { widths: new Set(), stray: 0, unclosed: false };
  let fields = 1, empty = true, i = 0;
  const n = s.length;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c === q) {
      empty = false;
      i = quotedEnd(s, i + 1, q, e);
      if (i < 0) { r.unclosed = true; return r; }
      while (i < n && s.charCodeAt(i) === 32 && d !== 32) i++;
      c = i < n ? s.charCodeAt(i) : 10;
      if (c !== d && !isBreak(c)) r.stray++;
    }
    while (i < n && (c = s.charCodeAt(i)) !== d && !isBreak(c)) {
      if (c === q) r.stray++;
      if (c !== 32) empty = false;
      i += c === e ? 2 : 1;
    }
    if (i >= n) break;
    if (c === d) { fields++; empty = false; i++; continue; }
    if (!empty) r.widths.add(fields);
    fields = 1;
    empty = true;
    i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  if (!empty) r.widths.add(fields);
  return r;
}

/** Offset just after the quote closing a field whose text starts at i, or -1 when the sample ends first. */
function quotedEnd(s: string, i: number, q: number, e: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === e) i += 2;
    else if (c !== q) i++;
    else if (s.charCodeAt(i + 1) === q) i += 2;
    else return i + 1;
  }
  return -1;
}

/**
 * True when the `\` escape sniffed for this delimiter and quote leaves a stray or unclosed quote in the sample, and
 * reading it without an escape (doubled quotes only) finds none and one width for every record.
 */
export function doubledOverBackslash(full: string, delimiter: string, quote: string): boolean {
  if (quote.length !== 1 || delimiter.length > 1) return false;
  const d = delimiter ? delimiter.charCodeAt(0) : -1;
  const q = quote.charCodeAt(0);
  const escaped = read(full, d, q, 92);
  if (escaped.stray === 0 && !escaped.unclosed) return false;
  const plain = read(full, d, q, -1);
  return plain.stray === 0 && !plain.unclosed && plain.widths.size === 1;
}
