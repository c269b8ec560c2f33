// Statistical fallback: jschardet (allowlisted) and chardet candidates, re-ranked by how plausible each decoding reads.
import { TextDecoder } from "node:util";
import { tryNormalizeEncodingName } from "./names.js";
import { plausibility, scoreAt } from "./plausibility.js";
import { decodeOnce } from "./text-decoder.js";
import { CJK_PAGES as CJK } from "./cjk-pages.js";

/** Encodings a CSV plausibly comes in. why: without an allowlist jschardet answers EBCDIC, hp-roman8, cp857… */
const ALLOW = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1250",
  "windows-1251",
  "windows-1252",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "windows-1257",
  "iso-8859-1",
  "iso-8859-2",
  "iso-8859-5",
  "iso-8859-6",
  "iso-8859-7",
  "iso-8859-8",
  "iso-8859-9",
  "iso-8859-13",
  "iso-8859-15",
  "koi8-r",
  "shift_jis",
  "cp932",
  "euc-jp",
  "gb18030",
  "big5",
  "euc-kr",
  "cp949",
];

export interface Guess {
  name: string;
  confidence: number;
  /** Candidates considered, best first, with their scores (for debugging and the corpus script). */
  candidates: { name: string; score: number; js: number }[];
}

interface JsChardet {
  detectAll(buf: Uint8Array, opts?: { detectEncodings?: string[]; minimumThreshold?: number }): {
    encoding: string | null;
    confidence: number;
  }[];
}

interface Chardet {
  analyse(buf: Uint8Array): { name: string; confidence: number }[];
}

let chardetP: Promise<Chardet> | null = null;
/** chardet, the named detector: its candidates join jschardet's and are judged by the same reading test. */
function loadChardet(): Promise<Chardet> {
  chardetP ??= import("chardet").then((m) => m as unknown as Chardet);
  return chardetP;
}

let jschardetP: Promise<JsChardet> | null = null;
/** why: jschardet costs 50–130 ms to load and ~300 ms on its first call; only non-UTF-8 legacy files pay it. */
function loadJschardet(): Promise<JsChardet> {
  jschardetP ??= import("jschardet").then((m) => (m as unknown as { default: JsChardet }).default);
  return jschardetP;
}

/** Code pages that differ from each other in a few positions only: statistics cannot tell them apart, reading can. */
const SIBLINGS: Record<string, string[]> = {
  "windows-1252": ["iso-8859-15", "windows-1250", "iso-8859-13"],
  "iso-8859-15": ["windows-1252"],
  "windows-1253": ["iso-8859-7"],
  "iso-8859-7": ["windows-1253"],
  "windows-1250": ["iso-8859-2", "windows-1252"],
  "iso-8859-2": ["windows-1250"],
  "windows-1251": ["koi8-r", "iso-8859-5"],
  "koi8-r": ["windows-1251"],
  "iso-8859-5": ["windows-1251"],
  "windows-1255": ["iso-8859-8"],
  "iso-8859-8": ["windows-1255"],
  "windows-1256": ["iso-8859-6"],
  "iso-8859-6": ["windows-1256"],
  "windows-1257": ["iso-8859-13"],
  "iso-8859-13": ["windows-1257", "iso-8859-15", "windows-1252"],
  "windows-1254": ["iso-8859-9"],
  "iso-8859-9": ["windows-1254"],
};

/** A candidate must read this much better (mean score per non-ASCII character) to overrule jschardet's order. */
export const OVERRULE_MARGIN = 0.25;

function decodeWindow(buf: Buffer, name: string): string {
  try {
    return decodeOnce(buf, name);
  } catch {
    return "";
  }
}

/** Tie-break order between equally rated candidates: the windows code pages CSV exports use first. */
function prior(name: string): number {
  if (name === "windows-1252") return 0;
  if (name.startsWith("windows-")) return 1;
  return 2;
}

function isSingleByteName(n: string): boolean {
  return n.startsWith("windows-") || n.startsWith("iso-8859-") || n === "koi8-r";
}

/** Decodes the window fatally, ignoring a sequence cut at its end; null when any byte is invalid. */
function cleanDecode(buf: Buffer, name: string): string | null {
  try {
    if (name !== "euc-kr") return new TextDecoder(name, { fatal: true, ignoreBOM: true }).decode(buf, { stream: true });
    const text = decodeOnce(buf, name, true);
    return text.includes("\ufffd") ? null : text;
  } catch {
    return null;
  }
}

interface Scored {
  name: string;
  text: string;
  score: number;
  js: number;
  rank: number;
}

/**
 * Whether reading `a` beats reading `b`. Two single-byte readings are compared only where they differ
 * (a few € or Ά decide between windows-1252 and ISO-8859-15, or windows-1253 and ISO-8859-7); anything else
 * by the mean score, with a margin so that jschardet's statistics win near ties.
 */
function beats(a: Scored, b: Scored): boolean {
  if (a.text === b.text) return false;
  if (isSingleByteName(a.name) && isSingleByteName(b.name) && a.text.length === b.text.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.text.length; i++) if (a.text.charCodeAt(i) !== b.text.charCodeAt(i)) diff.push(i);
    const d = scoreAt(a.text, diff) - scoreAt(b.text, diff);
    return d >= Math.max(1, 0.5 * diff.length);
  }
  // why: the more jschardet prefers b, the better a must read to overrule it (a list of rare kanji reads
  // worse in Shift_JIS than as KOI8-R soup, but jschardet's 24:1 odds are right).
  const odds = Math.max(1, Math.max(b.js, 1e-3) / Math.max(a.js, 1e-3));
  return a.score > b.score + OVERRULE_MARGIN * (1 + Math.log(odds));
}

/** The best legacy encoding for `window` (which holds non-ASCII bytes that are not UTF-8). */
export async function statisticalGuess(window: Buffer): Promise<Guess> {
  const js = await loadJschardet();
  const all = js.detectAll(window, { detectEncodings: ALLOW, minimumThreshold: 0 });
  const names: string[] = [];
  const conf = new Map<string, number>();
  for (const r of all) {
    if (r.encoding === null) continue;
    let n = tryNormalizeEncodingName(r.encoding);
    if (n === null) continue;
    if (n === "utf-8") n = "windows-1252";
    if (conf.has(n)) continue;
    conf.set(n, r.confidence);
    names.push(n);
  }
  if (names.length === 0) names.push("windows-1252");
  // why: jschardet gives identical scores to code pages it cannot separate on this window; then the commonest wins.
  names.sort((x, y) => (conf.get(y) ?? 0) - (conf.get(x) ?? 0) || prior(x) - prior(y));
  const pool = names.slice(0, 6);
  for (const s of SIBLINGS[names[0]] ?? []) if (!pool.includes(s)) pool.push(s);
  // why both detectors: chardet alone scores 78.7 % on the labelled corpus (it reads single-byte Cyrillic,
  // Greek and Central European text as ISO-8859-1); its candidates still add readings jschardet ranks low.
  const cd = await loadChardet();
  let fromChardet = 0;
  for (const r of cd.analyse(window)) {
    if (fromChardet >= 3) break;
    let n = tryNormalizeEncodingName(r.name);
    if (n === null || !ALLOW.includes(n)) continue;
    if (n === "utf-8" || n === "iso-8859-1") n = "windows-1252";
    fromChardet++;
    if (!pool.includes(n)) pool.push(n);
  }

  const scored: Scored[] = [];
  for (const n of pool) {
    const text = decodeWindow(window, n);
    scored.push({ name: n, text, score: plausibility(text).score, js: conf.get(n) ?? 0, rank: scored.length });
  }
  for (const n of CJK) {
    if (pool.includes(n)) continue;
    const text = cleanDecode(window, n);
    if (text !== null) scored.push({ name: n, text, score: plausibility(text).score, js: conf.get(n) ?? 0, rank: scored.length });
  }

  let best = scored[0];
  // Re-rank: the best-reading candidates get the first chance to overrule jschardet's first choice.
  const byScore = [...scored].sort((x, y) => y.score - x.score || x.rank - y.rank);
  for (const c of byScore) if (c !== best && beats(c, best)) best = c;

  const rival = scored.filter((c) => c.text !== best.text).reduce((m, c) => Math.max(m, c.score), -8);
  const candidates = scored.map((c) => ({ name: c.name, score: c.score, js: c.js }));
  return { name: best.name, confidence: confidenceOf(best.score, rival, best.js), candidates };
}

/**
 * Confidence from how well the chosen text reads and by how much it beats the best different reading.
 * A clean decode (score near 1) with a clear margin is ~0.9; garbage or a near tie is low.
 */
function confidenceOf(score: number, rival: number, js: number): number {
  const margin = Math.min(1, Math.max(0, score - rival));
  const quality = Math.min(1, Math.max(0, score));
  return Math.max(js, Math.min(1, 0.3 + 0.4 * quality + 0.3 * margin));
}
