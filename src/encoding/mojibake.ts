// UTF-8 text inside a Western single-byte file: a cell whose accented letters are UTF-8 byte pairs read one byte at a time (ü read as Ã¼).
import { decodeOnce } from "./text-decoder.js";
import { LineRecord } from "../parse/line-record.js";
import type { ParsedRecord } from "../types.js";

/** The Western code pages (WHATWG names) where the pairs below are not real text. */
const WESTERN = ["windows-1252", "iso-8859-1", "iso-8859-15"];

/**
 * A matcher for `encoding`, or null when it is not a Western code page. It finds, in decoded text, the two characters
 * that the bytes of one UTF-8 Latin letter (U+00C0–U+017F: lead byte C3–C5, then one of 80–BF) read as, and the three
 * of a UTF-8 punctuation mark or € (E2 80–82 or 84, then 80–BF: ’ read as â€™). why these
 * pages only: there the lead reads Ã, Ä or Å and the second byte a symbol or one of a handful of rare letters (Š Œ
 * Ž), a pair no word spells; in Central European pages the second byte is a common letter (Romanian capitals ĂŞ are C3
 * AA), so the same test would cry wolf. × and ÷ (C3 97, C3 B7) are no letters and are left out.
 */
export function utf8PairsIn(encoding: string | null): RegExp | null {
  if (encoding === null || !WESTERN.includes(encoding)) return null;
  let re = pairsOf.get(encoding);
  if (re === undefined) pairsOf.set(encoding, (re = makePairs(encoding)));
  return re;
}

/**
 * The matchers made so far, one per code page (and twiceOnce for UTF-8). why made once: each part of a split file
 * creates its checks anew, and making the pairs decodes ~260 single bytes through a TextDecoder each (~1–5 ms of a
 * thread's CPU per part, 38 parts on 1 GB); each new matcher also added an entry to `seen` that held its last text
 * to the end of the run. The matchers hold no state between calls: every user leaves lastIndex at 0 (nextPair
 * resets it, String.replace does).
 */
const pairsOf = new Map<string, RegExp>();
let twiceOnce: RegExp | null = null;

function makePairs(encoding: string): RegExp {
  const ch = (b: number): string => decodeOnce(Uint8Array.of(b), encoding);
  const esc = (s: string): string => `\\u${s.charCodeAt(0).toString(16).padStart(4, "0")}`;
  const seconds = (skip: number[]): string => {
    const out: string[] = [];
    for (let b = 0x80; b <= 0xbf; b++) if (!skip.includes(b)) out.push(esc(ch(b)));
    return `[${out.join("")}]`;
  };
  const alts = [0xc3, 0xc4, 0xc5].map((lead) => `${esc(ch(lead))}${seconds(lead === 0xc3 ? [0x97, 0xb7] : [])}`);
  // E2 80-82 xx: the punctuation block (’ “ ” – — … € ™), read as â€™, â€“, â‚¬
  alts.push(`${esc(ch(0xe2))}[${esc(ch(0x80))}${esc(ch(0x81))}${esc(ch(0x82))}${esc(ch(0x84))}]${seconds([])}`);
  return new RegExp(`(?:${alts.join("|")})`, "g");
}

/**
 * The matcher for a UTF-8 file whose text was encoded twice (UTF-8 bytes read as windows-1252 or ISO-8859-1, then
 * written as UTF-8 again: ü stored as Ã¼). why: every byte is valid UTF-8, so nothing showed, and a feed that switched
 * to it passed with exit 0; the decoded text holds the very pairs a Western page shows for UTF-8 bytes, in either page.
 */
export function twiceEncodedIn(encoding: string | null): RegExp | null {
  if (encoding !== "utf-8") return null;
  return (twiceOnce ??= new RegExp(`${utf8PairsIn("windows-1252")!.source}|${LATIN1_PAIRS}`, "g"));
}

/** The same pairs read as true ISO-8859-1 (bytes 80–9F as C1 controls: É stored as Ã\u0089), which WHATWG's iso-8859-1 is not. */
const LATIN1_PAIRS = "\\u00c3[\\u0080-\\u0096\\u0098-\\u00b6\\u00b8-\\u00bf]|[\\u00c4\\u00c5][\\u0080-\\u00bf]|\\u00e2[\\u0080-\\u0082\\u0084][\\u0080-\\u00bf]";

/**
 * Whether `cell` reads as UTF-8 text in the file's Western code page: it holds such a pair, and no other non-ASCII
 * character (a real windows-1252 cell beside it would have one; a UTF-8 one is all pairs).
 */
export function looksUtf8(cell: string, pairs: RegExp): boolean {
  if (!LEAD.test(cell)) return false;
  const rest = cell.replace(pairs, "");
  return rest.length < cell.length && !/[^\x00-\x7f]/.test(rest);
}

/**
 * The characters a UTF-8 lead byte reads as in the Western pages (C3-C5, E2: Ã Ä Å â), each searched for on its own
 * (firstLead). why one by one: the pairs' RegExp reads ~1 ns a character even where none of them stands (an ASCII
 * buffer: a tenth of the cell checks' CPU on the bench file); indexOf of one character is a native memchr, ~10 times
 * faster for all four.
 */
const LEADS = ["\u00c3", "\u00c4", "\u00c5", "\u00e2"];
const LEAD = new RegExp(`[${LEADS.join("")}]`);
/** Per matcher, the text last searched, from where, and the first match found there (-1: none to its end); with `leads`,
 * where each lead character is next (-1: none to the end). why per matcher: an ISO-8859-1 file is searched for UTF-8
 * pairs and for pasted C1 bytes on each row; one shared entry made each search start again and run to the buffer's end
 * on every row. */
const seen = new Map<RegExp, { text: string; from: number; at: number; leadAt: number[] }>();

/** The first pair of `text` at or after `from` (-1: none). why cached: every UTF-8 file is searched too (text encoded
 * twice), and one native regex pass per tokenizer buffer costs less than reading each line's characters in JS.
 * `leads`: characters every match starts with, or null; the matcher then runs only from the first of them. */
function nextPair(text: string, from: number, pairs: RegExp, leads: readonly string[] | null): number {
  let last = seen.get(pairs);
  if (last !== undefined && last.text === text && last.from <= from && (last.at === -1 || last.at >= from)) return last.at;
  // why from behind: the lead positions were searched from the last `from` on (records replayed out of order)
  if (last === undefined || last.text !== text || from < last.from) {
    last = { text, from, at: -1, leadAt: leads === null ? [] : leads.map(() => -2) };
    seen.set(pairs, last);
  }
  const start = leads === null ? from : firstLead(last.leadAt, text, from, leads);
  let at = -1;
  if (start !== -1) {
    pairs.lastIndex = start;
    const m = pairs.exec(text);
    pairs.lastIndex = 0;
    if (m) at = m.index;
  }
  last.from = from;
  last.at = at;
  return at;
}

/**
 * The first position at or after `from` of any of `chars` (single characters), or -1. `leadAt` holds where each was
 * found last (-2: not searched yet) and is searched again only when that is behind `from`. why: a lead absent from the
 * buffer would otherwise be searched for to its end on every row that holds another one (a file encoded twice).
 */
function firstLead(leadAt: number[], text: string, from: number, chars: readonly string[]): number {
  let first = -1;
  for (let i = 0; i < chars.length; i++) {
    let at = leadAt[i];
    if (at === -2 || (at !== -1 && at < from)) at = leadAt[i] = text.indexOf(chars[i], from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/**
 * Whether a record may hold such a cell: one of the pairs in its line. why: a LineRecord's cells are ranges of the
 * line until asked for, and asking for them on every row made a string per cell the check never needed; the line is
 * searched in place instead, for the pairs themselves (a lead alone, the Å of Åsa or the â of pâté, is real text in
 * Swedish or French UTF-8 files, and made their every row's cells for nothing: +8 % instructions).
 */
export function mayHoldUtf8(rec: ParsedRecord, pairs: RegExp): boolean {
  return lineMayHold(rec, pairs, LEAD, LEADS);
}

/**
 * Whether a record's line holds a match of `found` (a global matcher), searched in place in a LineRecord's text; other
 * records test their cells with `cellTest` (not global); `leads`, when given, are characters every match of `found`
 * starts with. Used for any character a check looks for on every row.
 */
export function lineMayHold(rec: ParsedRecord, found: RegExp, cellTest: RegExp, leads: readonly string[] | null = null): boolean {
  if (!(rec instanceof LineRecord) || rec.assigned) return someCellHolds(rec.cells, cellTest);
  if (rec.width === 0) return false;
  const at = nextPair(rec.text, rec.at[rec.base], found, leads);
  return at !== -1 && at < rec.at[rec.base + 2 * rec.width - 1];
}

/** Whether a cell matches `test`. why a loop, not cells.some(arrow): this runs on every row of every file, and the
 * arrow was a closure allocated per row (wperf12's allocation profile: ~45 bytes a row on an ASCII file). */
function someCellHolds(cells: string[], test: RegExp): boolean {
  for (let i = 0; i < cells.length; i++) if (test.test(cells[i])) return true;
  return false;
}
