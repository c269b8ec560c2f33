// UTF-8 words in a legacy file: rows another tool appended in UTF-8 (a windows-1250 export with UTF-8 rows), set aside from the page's evidence and found again cell by cell.
import { isAscii, isUtf8 } from "node:buffer";
import { highHalf } from "./high-half.js";
import { CJK_PAGES } from "./cjk-pages.js";

/** Multi-byte pages: a UTF-8 word is no sign of rows from another tool there (their own bytes pair up). */
const MULTI_BYTE = new Set([...CJK_PAGES, "gbk", "utf-8", "utf-16le", "utf-16be"]);

/**
 * The text of `word` read as UTF-8 when it is valid UTF-8 holding a non-ASCII character and reads as a plausible
 * word, else null. why the case test: a legacy word can form valid UTF-8 by chance, mostly in capitals (Romanian
 * `PĂȘUNE` in ISO-8859-16 is `PêUNE`), and then a lower-case letter lands between two capitals, which words do not do.
 */
export function utf8Word(word: Uint8Array): string | null {
  if (isAscii(word) || !isUtf8(word)) return null;
  const t = Buffer.from(word.buffer, word.byteOffset, word.byteLength).toString("utf8");
  const cs = [...t];
  for (let i = 1; i + 1 < cs.length; i++) {
    if (cs[i] > "\x7f" && /\p{Ll}/u.test(cs[i]) && /\p{Lu}/u.test(cs[i - 1]) && /\p{Lu}/u.test(cs[i + 1])) return null;
  }
  return /\p{L}/u.test(t.replace(/[\x00-\x7f]/g, "")) || /[\u2013\u2014\u2018-\u201e\u2026\u20ac]/.test(t) ? t : null;
}

/** Whether single-byte page `name` can write every character of `text` (so the rows could hold the same data). */
export function writableIn(text: string, name: string): boolean {
  if (MULTI_BYTE.has(name)) return false;
  const high = highHalf(name);
  for (const c of text) if (c > "\x7f" && (c === "\ufffd" || !high.includes(c))) return false;
  return true;
}

/**
 * The words of `evidence` (one a line) split into those that read as UTF-8 text (utf8Word) and the rest, kept as
 * evidence. The caller uses the split only when both parts hold words: a file of UTF-8 words alone is UTF-8.
 */
export function splitUtf8Words(evidence: Buffer): { legacy: Buffer; utf8: string[] } {
  const keep: Buffer[] = [];
  const utf8: string[] = [];
  let s = 0;
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] !== 0x0a) continue;
    const word = evidence.subarray(s, i);
    const t = utf8Word(word);
    if (t === null) keep.push(evidence.subarray(s, i + 1));
    else utf8.push(t);
    s = i + 1;
  }
  return { legacy: Buffer.concat(keep), utf8 };
}

/** The bytes page `name` writes `text` with (every character writable: writableIn), one per character. */
function bytesIn(text: string, name: string): Uint8Array {
  const high = highHalf(name);
  return Uint8Array.from([...text], (c) => (c <= "\x7f" ? c.charCodeAt(0) : 0x80 + high.indexOf(c)));
}

/**
 * Whether a cell of a file read in single-byte page `name` holds UTF-8 text: its bytes in that page are valid
 * UTF-8 that reads as a word (utf8Word) the page could have written itself.
 */
export function cellIsUtf8(cell: string, name: string): boolean {
  if (!/[^\x00-\x7f]/.test(cell) || !writableIn(cell, name)) return false;
  const t = utf8Word(bytesIn(cell, name));
  return t !== null && writableIn(t, name);
}
