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
  return new RegExp(`${utf8PairsIn("windows-1252")!.source}|${LATIN1_PAIRS}`, "g");
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

/** The characters a UTF-8 lead byte reads as in the Western pages (C3-C5, E2: Ã Ä Å â). */
const LEAD = /[\u00c3-\u00c5\u00e2]/;
/** The text last searched, with which matcher, from where, and the first pair found there (-1: none to its end). */
let seen: { text: string; pairs: RegExp | null; from: number; at: number } = { text: "", pairs: null, from: 0, at: -1 };

/** The first pair of `text` at or after `from` (-1: none). why cached: every UTF-8 file is searched too (text encoded
 * twice), and one native regex pass per tokenizer buffer costs less than reading each line's characters in JS. */
function nextPair(text: string, from: number, pairs: RegExp): number {
  if (seen.text === text && seen.pairs === pairs && seen.from <= from && (seen.at === -1 || seen.at >= from)) return seen.at;
  pairs.lastIndex = from;
  const m = pairs.exec(text);
  pairs.lastIndex = 0;
  seen = { text, pairs, from, at: m ? m.index : -1 };
  return seen.at;
}

/**
 * Whether a record may hold such a cell: one of the pairs in its line. why: a LineRecord's cells are ranges of the
 * line until asked for, and asking for them on every row made a string per cell the check never needed; the line is
 * searched in place instead, for the pairs themselves (a lead alone, the Å of Åsa or the â of pâté, is real text in
 * Swedish or French UTF-8 files, and made their every row's cells for nothing: +8 % instructions).
 */
export function mayHoldUtf8(rec: ParsedRecord, pairs: RegExp): boolean {
  if (!(rec instanceof LineRecord) || rec.assigned) return rec.cells.some((c) => LEAD.test(c));
  if (rec.width === 0) return false;
  const at = nextPair(rec.text, rec.at[rec.base], pairs);
  return at !== -1 && at < rec.at[rec.base + 2 * rec.width - 1];
}
