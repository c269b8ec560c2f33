// Differential tests: the sniffer's fast paths (indexOf jumps, anchored value patterns, split rows, early stop,
// ASCII twins, header prefix) give exactly what the plain character-by-character versions below give.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { detectLineTerminator } from "../../src/dialect/lines.js";
import { valueInternal, IPV6, quoteRegions, forEachCell, scoreDialects, SINGLE_COLUMN_PATTERN, type Candidate, type Scored } from "../../src/dialect/consistency.js";
import { isKnownType } from "../../src/dialect/cell-types.js";
import { readRows } from "../../src/dialect/header.js";
import { quoteEvidence } from "../../src/dialect/evidence.js";
import { opensOverRecords } from "../../src/dialect/swallowed-records.js";

// --- the plain versions (the sniffer as it was before the fast paths), kept as the specification -----------

function refLineTerminator(s: string): string | null {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) { crlf++; i++; } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf === 0 && lf === 0 && cr === 0) return null;
  if (crlf >= lf && crlf >= cr) return "\r\n";
  return lf >= cr ? "\n" : "\r";
}

const VALUE_COLONS = /(?:^|[ T"'])(\d{1,2}):\d{2}(?::\d{2})?(?:[.,]\d+)?\b|\b[A-Za-z][A-Za-z0-9+.-]{1,9}:\/\//gm;
const DATE_TIME_SPACE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}) (?=\d{1,2}:\d{2})/g;

function refValueInternal(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(VALUE_COLONS)) for (let k = 0; k < m[0].length; k++) if (m[0][k] === ":") out.push(m.index! + k);
  for (const m of s.matchAll(DATE_TIME_SPACE)) out.push(m.index! + m[0].length - 1);
  // IPv6 addresses beside another delimiter on one side at least, searched where the sample holds a `::`
  const lineEdge = (i: number) => i < 0 || i >= s.length || s[i] === "\n" || s[i] === "\r";
  if (s.includes("::")) for (const m of s.matchAll(IPV6)) {
    if (lineEdge(m.index! - 1) && lineEdge(m.index! + m[0].length)) continue;
    for (let k = 0; k < m[0].length; k++) if (m[0][k] === ":") out.push(m.index! + k);
  }
  return out.sort((a, b) => a - b);
}

function refQuoteRegions(s: string, quote: string, escape: string, literal: number[]): { inside: Uint8Array; unclosed: number } {
  const n = s.length;
  const inside = new Uint8Array(n);
  for (const i of literal) inside[i] = 2;
  const q = quote ? quote.charCodeAt(0) : -1;
  const e = escape ? escape.charCodeAt(0) : -1;
  let open = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (inside[i] === 2) continue;
    if (c === e) { if (i + 1 < n) inside[i + 1] = 2; i++; continue; }
    if (c !== q) continue;
    if (open < 0) { open = i; continue; }
    if (i + 1 < n && s.charCodeAt(i + 1) === q) { i++; continue; }
    inside.fill(1, open, i + 1);
    open = -1;
  }
  if (e >= 0) for (let i = 0; i + 1 < n; i++) if (s.charCodeAt(i) === e && inside[i] !== 2) { inside[i + 1] = 2; i++; }
  return { inside, unclosed: open };
}

type Cell = [string, boolean, number, number, number];

function refCells(s: string, c: Candidate, reg: { inside: Uint8Array }, maxRows = Infinity): Cell[] {
  const out: Cell[] = [];
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
    out.push([text, quoted, row, col, start]);
  };
  for (let i = 0; i < n; i++) {
    if (inside[i] !== 0) { rowHasChars = true; continue; }
    const ch = s.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      if (rowHasChars) { emit(i); row++; if (row >= maxRows) return out; }
      col = 0; rowHasChars = false; start = i + 1;
      continue;
    }
    if (ch === 32 && d === 32) {
      let j = i;
      while (j + 1 < n && s.charCodeAt(j + 1) === 32 && inside[j + 1] === 0) j++;
      const next = j + 1 < n ? s.charCodeAt(j + 1) : 10;
      if (!rowHasChars) { start = j + 1; i = j; continue; }
      if (next === 10 || next === 13) { i = j; continue; }
      if (inside[i - 1] === 0 && refPadding(s, i, j)) { i = j; continue; }
      emit(i); col++; start = j + 1; i = j;
      continue;
    }
    if (d === 32 && rowHasChars && i > start && refAlignedQuote(s, inside, i, c.quote)) { emit(i); col++; start = i; }
    rowHasChars = true;
    if (ch === d) { emit(i); col++; start = i + 1; }
  }
  if (rowHasChars) emit(n);
  return out;
}

/** A letter or digit right after a closing `"` whose one-line region holds a space and opens after a space or a line start. */
function refAlignedQuote(s: string, inside: Uint8Array, i: number, q: string): boolean {
  if (q !== '"' || s[i - 1] !== '"' || inside[i - 1] !== 1 || !/[A-Za-z0-9]/.test(s[i])) return false;
  let open = i - 1;
  while (open > 0 && inside[open - 1] > 0) open--;
  if (s[open] !== '"') return false;
  const region = s.slice(open, i);
  return (open === 0 || /[ \r\n]/.test(s[open - 1])) && region.includes(" ") && !/[\r\n]/.test(region);
}

const UNCLOSED = 1 << 24;

/** The run of spaces [i, j] touches a `,` `;` tab or `|`: padding, not a delimiter. */
const refPadding = (s: string, i: number, j: number): boolean => /[,;\t|]/.test(s[i - 1] ?? "") || /[,;\t|]/.test(s[j + 1] ?? "");

/** Rows and their widths (delimiters per row, + UNCLOSED when an unclosed quote sits in it) for each delimiter. */
function refPatterns(s: string, delims: string[], reg: { inside: Uint8Array; unclosed: number }): { rows: number; widths: Map<number, number>; total: number }[] {
  const index = new Map<number, number>();
  delims.forEach((d, k) => { if (d) index.set(d.charCodeAt(0), k); });
  const m = delims.length;
  const counts = new Array<number>(m).fill(0);
  const total = new Array<number>(m).fill(0);
  const maps = delims.map(() => new Map<number, number>());
  const { inside, unclosed } = reg;
  let rowHasChars = false;
  let rowUnclosed = false;
  let rows = 0;
  const space = delims.indexOf(" ");
  let prevCode = 10;
  let lastRunCounted = false;
  const endRow = (): void => {
    if (!rowHasChars) return;
    rows++;
    if (space >= 0 && prevCode === 32 && lastRunCounted && counts[space] > 0) counts[space]--;
    for (let k = 0; k < m; k++) {
      const key = counts[k] + (rowUnclosed ? UNCLOSED : 0);
      maps[k].set(key, (maps[k].get(key) ?? 0) + 1);
      total[k] += counts[k];
      counts[k] = 0;
    }
    rowHasChars = false;
    rowUnclosed = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inside[i] === 1) { rowHasChars = true; prevCode = c; continue; }
    if ((c === 10 || c === 13) && inside[i] !== 2) { endRow(); prevCode = 10; continue; }
    rowHasChars = true;
    if (i === unclosed) rowUnclosed = true;
    if (inside[i] === 2) { prevCode = 0; continue; }
    const k = index.get(c);
    if (k === space && prevCode !== 32) {
      let j = i;
      while (s.charCodeAt(j + 1) === 32) j++;
      lastRunCounted = prevCode !== 10 && (prevCode === 0 || !refPadding(s, i, j));
    }
    if (k !== undefined && (k !== space ? true : prevCode !== 32 && prevCode !== 10 && lastRunCounted)) counts[k]++;
    prevCode = c;
  }
  endRow();
  return maps.map((widths, k) => ({ rows, widths, total: total[k] }));
}

/** P from the widths, as the scorer computes it. */
function refPattern(delimiter: string, rows: number, widths: Map<number, number>): number {
  if (delimiter === "") return rows * SINGLE_COLUMN_PATTERN;
  let p = 0;
  for (const [key, nk] of widths) {
    const len = (key % UNCLOSED) + 1;
    p += nk * Math.max(1e-3, len - 1) / len;
  }
  return p / Math.max(1, widths.size);
}

function refQuoteEvidence(s: string, d: string, q: string): Record<string, unknown> {
  const ev = { quote: q, proper: 0, properNonEmpty: 0, mid: 0, improper: 0, doubled: 0, backslashed: 0, alone: 0 };
  const dc = d ? d.charCodeAt(0) : -1;
  const qc = q.charCodeAt(0);
  const n = s.length;
  const isBreak = (c: number): boolean => c === 10 || c === 13;
  let i = s.indexOf(q);
  while (i >= 0 && i < n) {
    let b = i - 1;
    while (b >= 0 && s.charCodeAt(b) === 32 && dc !== 32) b--;
    const prev = b < 0 ? 10 : s.charCodeAt(b);
    if (!(prev === dc || isBreak(prev) || (dc === 32 && b < i - 1))) { ev.mid++; i = s.indexOf(q, i + 1); continue; }
    let j = i + 1;
    let closedAt = -1;
    let doubled = 0;
    let backslashed = 0;
    while (j < n && j - i < 64 * 1024) {
      const k = s.indexOf(q, j);
      if (k < 0 || k - i >= 64 * 1024) break;
      if (s.charCodeAt(k - 1) === 92 && k - 1 > i) { backslashed++; j = k + 1; continue; }
      if (k + 1 < n && s.charCodeAt(k + 1) === qc) { doubled++; j = k + 2; continue; }
      let a = k + 1;
      while (a < n && s.charCodeAt(a) === 32 && dc !== 32) a++;
      const next = a >= n ? 10 : s.charCodeAt(a);
      if (next === dc || isBreak(next) || (dc === 32 && a > k + 1)) { closedAt = k; break; }
      j = k + 1;
    }
    if (closedAt < 0) { ev.improper++; i = s.indexOf(q, i + 1); continue; }
    const edge = (c: number) => isBreak(c) || c === dc;
    const alone = closedAt > i + 1 && edge(s.charCodeAt(i + 1)) && edge(s.charCodeAt(closedAt - 1)) && (i === 0 || edge(s.charCodeAt(i - 1))) && /[\r\n]/.test(s.slice(i + 1, closedAt)) && [...s.slice(i + 1, closedAt)].some((c) => !edge(c.charCodeAt(0)) && c !== " ");
    // why the span rule too: a quote that is a cell before the delimiter, opening a span of records, is a value (swallowed-records.ts)
    if (alone || opensOverRecords(s, i, closedAt, dc)) { ev.alone++; i = s.indexOf(q, closedAt + 1); continue; }
    ev.proper++;
    if (closedAt > i + 1) ev.properNonEmpty++;
    ev.doubled += doubled;
    ev.backslashed += backslashed;
    i = s.indexOf(q, closedAt + 1);
  }
  return ev;
}

const WORD = /^[\p{L}\p{N}\p{M} \-_.()?!]+$/u;
const WORD_QUOTED = /^[\p{L}\p{N}\p{M} \-_.()?!,\u060C\uFF0C]+$/u;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$|^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$|^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d*)?$/;
const TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?: ?[AaPp][Mm])?$/;
const DATE = /^(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/. ])\d{1,2}\2(?:\d{4}|\d{2})|\d{1,2}[-/ ][A-Za-z]{3,9}[-/ ](?:\d{4}|\d{2})|\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/;
const TZ = /^(?:Z|[+-]\d{2}(?::?\d{2})?)$/;
const URL = /^(?:(?:https?|ftp|file):\/\/)?(?:(?:[\p{L}\p{N}-]+\.)+(?:[a-z]{2,}|local)|localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#][\p{L}\p{N}_/()~?=&%\-#.:+@!,;$*']*)?$/u;
const EMAIL = /^[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9-.]+$/;
const CURRENCY = /^\p{Sc}\s?(.+)$|^(.+?)\s?\p{Sc}$/u;
const CURRENCY_END = /^\p{Sc}$/u;
const UNIX_PATH = /^[~.]?(?:\/[A-Za-z0-9.\-_]+)+\/?$/;
const URI = /^[a-z][a-z0-9+.-]{1,15}:[\p{L}\p{N}_/()~?=&%\-#.:+@!$*']+$/u;
const NA = /^(?:n\/a|#n\/a)$/i;
const isNumber = (s: string): boolean => NUMBER.test(s) || NUMBER_GROUPED.test(s);

function refIsDateTime(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  let sep = s.indexOf("T");
  if (sep < 0) sep = s.indexOf(" ");
  if (sep < 0) return false;
  if (!DATE.test(s.slice(0, sep))) return false;
  let rest = s.slice(sep + 1).trim();
  const tz = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/.exec(rest);
  if (tz && TZ.test(tz[0]) && rest.length > tz[0].length && /\d$/.test(rest.slice(0, rest.length - tz[0].length))) {
    rest = rest.slice(0, rest.length - tz[0].length).trim();
  }
  return TIME.test(rest);
}

function refIsKnownType(raw: string, quoted: boolean): boolean {
  const s = raw.trim();
  if (s === "") return true;
  if (/^\d+(?: \d+)+$/.test(s)) return NUMBER_GROUPED.test(s) || DATE.test(s);
  if ((quoted ? WORD_QUOTED : WORD).test(s)) return true;
  if (s.length > 120) return false;
  if (isNumber(s)) return true;
  if (s.endsWith("%") && isNumber(s.slice(0, -1).trim())) return true;
  if (CURRENCY_END.test(s[0]) || CURRENCY_END.test(s[s.length - 1])) {
    const cur = CURRENCY.exec(s);
    if (cur && isNumber((cur[1] ?? cur[2] ?? "").trim())) return true;
  }
  if (TIME.test(s) || DATE.test(s) || /^(?:1[5-9]|20)\d{2}:(?:0?[1-9]|1[0-2])$/.test(s) || refIsDateTime(s)) return true;
  if (s.includes(" ")) return NA.test(s);
  return EMAIL.test(s) || URL.test(s) || URI.test(s) || UNIX_PATH.test(s) || NA.test(s);
}

// --- random text made of the pieces the fast paths treat specially ---------------------------------------

const ATOMS = ["a", "Z", "é", "ß", "1", "9", "12", "2024", ":", "12:30", " 9:05", "T10:11", "2024-01-02 10:11", "3/4/2020 1:02:03", "2024-01-02T10:11:12Z",
  "http://x.io/a?b=1", "urn:isbn:1", "x:y", ",", " ", "  ", ";", "\t", "|", "#", "&", "=", '"', "'", "`", "\\", '""', '\\"', "\n", "\r\n", "\r",
  "/", "-", ".", "$", "€", "%", "😀"];
const text = fc.array(fc.constantFrom(...ATOMS), { maxLength: 50 }).map((a) => a.join(""));
const QUOTINGS: [string, string][] = [["", ""], ['"', ""], ['"', "\\"], ["'", ""], ["'", "\\"], ["`", ""], [":", ""], [" ", "\\"]];
const DELIMS = [",", ";", " ", ":", "\t", "|", "", "\n", "😀"];

/** What chooseDialect reads from the scores: the dialects tied for best, and for each as the pick, whether a
 * dialect of another delimiter makes it uncertain (and which). */
function decide(sc: (Candidate & { score: number | null })[]): string[] {
  const key = (d: Candidate): string => JSON.stringify([d.delimiter, d.quote, d.escape]);
  const valid = sc.filter((d) => d.score !== null);
  if (valid.length === 0) return [];
  const best = valid[0].score!;
  return valid.filter((d) => d.score! >= best * (1 - 1e-9)).map((p) => {
    const rival = valid.find((d) => d.delimiter !== p.delimiter);
    const uncertain = rival !== undefined && p.score! > 0 && rival.score! >= p.score! * 0.9;
    return `${key(p)} ${uncertain ? `uncertain, ${key(rival!)}` : "certain"}`;
  });
}

describe("dialect fast paths agree with the plain scans", () => {
  it("detectLineTerminator", () => {
    for (const s of ["", "a", "\r", "\n", "\r\n", "\r\r\n", "a\nb\r\nc\r", "\n\r", "\r\n\n\r"]) assert.equal(detectLineTerminator(s), refLineTerminator(s), JSON.stringify(s));
    fc.assert(fc.property(text, (s) => detectLineTerminator(s) === refLineTerminator(s)), { numRuns: 2000 });
  });

  it("valueInternal finds the matches of the global patterns", () => {
    const dense = fc.array(fc.constantFrom("0", "1", "12", "2024", ":", ":", " ", "T", '"', "'", "/", "//", "-", ".", ",", "a", "h", "http", "_", "\n"), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(fc.property(fc.oneof(text, dense), (s) => {
      assert.deepEqual([...valueInternal(s)].sort((a, b) => a - b), refValueInternal(s), JSON.stringify(s));
    }), { numRuns: 4000 });
  });

  it("quoteRegions", () => {
    fc.assert(fc.property(text, fc.constantFrom(...QUOTINGS), (s, [q, e]) => {
      const lit = refValueInternal(s);
      const got = quoteRegions(s, q, e, lit);
      const want = refQuoteRegions(s, q, e, lit);
      assert.equal(got.unclosed, want.unclosed);
      assert.deepEqual([...got.inside], [...want.inside], JSON.stringify([s, q, e]));
    }), { numRuns: 2000 });
  });

  it("forEachCell", () => {
    fc.assert(fc.property(text, fc.constantFrom(...QUOTINGS), fc.constantFrom(...DELIMS), fc.constantFrom(Infinity, 1, 3), (s, [q, e], d, maxRows) => {
      const c = { delimiter: d, quote: q, escape: e };
      const reg = refQuoteRegions(s, q, e, refValueInternal(s));
      const got: Cell[] = [];
      forEachCell(s, c, quoteRegions(s, q, e, valueInternal(s)), (...x) => { got.push(x); }, maxRows);
      assert.deepEqual(got, refCells(s, c, reg, maxRows), JSON.stringify([s, c]));
    }), { numRuns: 3000 });
  });

  it("scoreDialects: the same patterns, and the same dialects typed (the first one's T may stop at a lower bound)", () => {
    fc.assert(fc.property(text, fc.constantFrom(undefined, [","], [" "], ["\n"], ["😀"]), (s, forced) => {
      const got = scoreDialects(s, () => 1, forced);
      // the reference: every candidate, patterns by the plain scan, T by the plain splitter, the same skip rule
      // (a character that only ever opens its line, after spaces or TABs, is no candidate)
      const betweenCells = (d: string) => d === " " || d === "\t" || s.split(/\r|\n/).some((l) => { const t = l.replace(/^[ \t]*/, ""); return (t.startsWith(d) ? t.slice(1) : t).includes(d); });
      const delims = forced ?? [",", ";", "\t", "|", " ", ":", "#", "^", "~", "&", "=", "%"].filter((d) => s.includes(d) && betweenCells(d));
      const withEmpty = delims.includes("") ? delims : [...delims, ""];
      const lit = refValueInternal(s);
      const want: (Candidate & { pattern: number; rows: number; widths: Map<number, number>; reg: { inside: Uint8Array; unclosed: number } })[] = [];
      for (const quote of ["", ...['"', "'", "`"].filter((q) => s.includes(q))]) {
        for (const escape of quote && s.includes("\\" + quote) ? ["", "\\"] : [""]) {
          const reg = refQuoteRegions(s, quote, escape, lit);
          refPatterns(s, withEmpty, reg).forEach((p, k) => {
            if (withEmpty[k] !== "" && p.total === 0) return;
            const found = got.find((g) => g.delimiter === withEmpty[k] && g.quote === quote && g.escape === escape);
            assert.ok(found, `missing candidate ${JSON.stringify([withEmpty[k], quote, escape])}`);
            assert.equal(found.rows, p.rows);
            assert.deepEqual([...found.widths], [...p.widths]);
            const pattern = refPattern(withEmpty[k], p.rows, p.widths);
            assert.equal(found.pattern, pattern);
            want.push({ delimiter: withEmpty[k], quote, escape, pattern, rows: p.rows, widths: p.widths, reg });
          });
        }
      }
      assert.equal(got.length, want.length);
      want.sort((a, b) => b.pattern - a.pattern);
      let best = -Infinity;
      const typed = new Map<Candidate, number>();
      for (const d of want) {
        if (d.pattern < best) continue;
        const cells = refCells(s, d, d.reg);
        const known = cells.filter(([t, q]) => refIsKnownType(t, q)).length;
        const score = d.pattern * (cells.length === 0 ? 1e-10 : Math.max(1e-10, known / cells.length));
        typed.set(d, score);
        if (score > best) best = score;
      }
      const scoredOf = (d: Candidate): Scored => got.find((g) => g.delimiter === d.delimiter && g.quote === d.quote && g.escape === d.escape)!;
      const first = got[0];
      for (const [d, score] of typed) {
        const g = scoredOf(d);
        assert.notEqual(g.score, null, `not typed: ${JSON.stringify(d)}`);
        if (typed.size === 1) assert.ok(g.score! <= score + 1e-9 && g === first);
        else assert.equal(g.score, score);
      }
      assert.equal(got.filter((g) => g.score !== null).length, typed.size);
      // With a rival ratio some scores stop at bounds; the pick candidates and the uncertainty stay the same.
      if (forced === undefined) {
        const ref = want.map((d) => ({ ...d, score: typed.get(d) ?? null })).sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
        assert.deepEqual(decide(scoreDialects(s, () => 1, undefined, 0.9)), decide(ref), JSON.stringify(s));
      }
    }), { numRuns: 1500 });
  });

  it("isKnownType: the ASCII twins answer as the Unicode patterns do", () => {
    const cell = fc.oneof(
      fc.array(fc.constantFrom("a", "Z", "é", "1", "0", ".", ",", " ", "-", "$", "€", "£", "%", ":", "/", "@", "_", "(", "!", "http://", "x.io", "urn:", "é.fr", "٣", "\u0301", "\u060C"), { maxLength: 8 }).map((a) => a.join("")),
      fc.string({ maxLength: 10 }),
      fc.string({ unit: "grapheme", maxLength: 6 }),
    );
    fc.assert(fc.property(cell, fc.boolean(), (s, quoted) => isKnownType(s, quoted) === refIsKnownType(s, quoted)), { numRuns: 6000 });
  });

  it("quoteEvidence, also once its searches switch to the table", () => {
    fc.assert(fc.property(text, fc.constantFrom(",", ";", " ", "", '"'), fc.constantFrom('"', "'", "\\", " ", "😀"), (s, d, q) => {
      assert.deepEqual(quoteEvidence(s, d, q), refQuoteEvidence(s, d, q), JSON.stringify([s, d, q]));
    }), { numRuns: 3000, examples: [["\\\"\r\"\"\r\\", '"', "\\"]] });
    // fields that rarely close make the searches walk far: the walks outgrow their budget
    const open = fc.array(fc.oneof({ weight: 20, arbitrary: fc.constant('"a,b\n') }, { weight: 1, arbitrary: fc.constantFrom('"x"",', 'y\\"z', '"",', "\n", 'c,"d""e\n') }), { minLength: 600, maxLength: 900 }).map((a) => a.join(""));
    fc.assert(fc.property(open, fc.constantFrom(",", ""), (s, d) => {
      assert.deepEqual(quoteEvidence(s, d, '"'), refQuoteEvidence(s, d, '"'));
    }), { numRuns: 30 });
    // and past MAX_FIELD: fields opened at 0–27 close at 65 550, so those opened before 15 are too long
    let s = '"s\n'.repeat(10);
    for (let k = 0; s.length < 65540; k++) s += k % 50 === 0 ? 'x""y\n' : 'x"y\n';
    s += "x".repeat(65550 - s.length) + '",\n';
    const ev = quoteEvidence(s, ",", '"');
    assert.deepEqual(ev, refQuoteEvidence(s, ",", '"'));
    assert.ok(ev.improper >= 4 && ev.proper === 1 && ev.doubled > 0, JSON.stringify(ev));
  });

  it("readRows: the first 60 rows from a prefix are the text's first 60 rows", () => {
    const line = fc.array(fc.constantFrom("a", "1", "12:30", "2024-01-02 10:11", ",", ";", " ", '"', "'", "\\", '"x\ny"', "\\\n", "é"), { maxLength: 6 }).map((a) => a.join(""));
    const long = fc.array(fc.tuple(line, fc.constantFrom("\n", "\n", "\r\n", "\n\n", "\r")), { minLength: 90, maxLength: 260 }).map((ls) => ls.map(([l, b]) => l + b).join(""));
    fc.assert(fc.property(long, fc.constantFrom(...QUOTINGS), fc.constantFrom(",", ";", " ", ""), (s, [q, e], d) => {
      const c = { delimiter: d, quote: q, escape: e };
      const want: { cells: string[]; start: number }[] = [];
      for (const [t, , row, col, start] of refCells(s, c, refQuoteRegions(s, q, e, refValueInternal(s)), 60)) {
        if (col === 0) want[row] = { cells: [], start };
        want[row].cells.push(t.trim());
      }
      assert.deepEqual(readRows(s, c), want);
    }), { numRuns: 400 });
  });
});
