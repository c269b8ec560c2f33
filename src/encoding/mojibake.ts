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
const isLead = (c: number): boolean => (c >= 0xc3 && c <= 0xc5) || c === 0xe2;

/**
 * Whether a record may hold such a cell: a character of LEAD in its line. why: a LineRecord's cells are ranges of the
 * line until asked for, and asking for them on every row of every Western file made a string per cell the check never
 * needed (most rows hold no Ã, Ä, Å or â); the line is scanned in place instead.
 */
export function mayHoldUtf8(rec: ParsedRecord): boolean {
  if (!(rec instanceof LineRecord) || rec.assigned) return rec.cells.some((c) => LEAD.test(c));
  if (rec.width === 0) return false;
  const text = rec.text;
  for (let i = rec.at[rec.base], end = rec.at[rec.base + 2 * rec.width - 1]; i < end; i++) if (isLead(text.charCodeAt(i))) return true;
  return false;
}
