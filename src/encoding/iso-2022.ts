// 7-bit pages that shift into Japanese, Korean or Chinese by escape sequences (ISO-2022-*), told from ASCII by chardet.
import type { EncodingDecision } from "../types.js";

const ESC = 0x1b;

/** chardet's score (hits less misses over its escape sequences, 0–100) from which an ISO-2022 page is taken. */
const MIN_CONFIDENCE = 50;

/** The pages Node can decode: WHATWG has ISO-2022-JP; its ISO-2022-KR and -CN labels decode to a lone U+FFFD. */
const DECODABLE = new Set(["iso-2022-jp"]);

/** A designation of a two-byte set to G1, G2 or G3 (`ESC $ ) C` Korean, `ESC $ ) A` GB 2312, `ESC $ * H`, `ESC $ + I`). */
const DESIGNATION = /\x1b\$[)*+][A-Z]/;

interface Chardet {
  analyse(buf: Uint8Array): { name: string; confidence: number }[];
}

/**
 * The decision for an all-ASCII sample whose escape sequences are an ISO-2022 page, or null (plain ASCII).
 * why: ISO-2022-JP is 7-bit, so every byte is ASCII and the file was read as UTF-8 at confidence 1 with no word:
 * analog's `jpjdom.tab` (`ESC $ B 0lHL … ESC ( B`) became escape codes and letters, 264 rows of false errors.
 * Refused: an ESC that opens none of chardet's ISO-2022 sequences (terminal colours `ESC [31m`), too few of them, a
 * Korean or Chinese page named with no designation of its set (`ESC O q`: a keypad key, not a single shift).
 * A page Node cannot decode (ISO-2022-KR, -CN) stays read as ASCII and is named (`encoding-unsupported`).
 */
export async function iso2022Decision(sample: Buffer): Promise<EncodingDecision | null> {
  // why only with ESC: every ISO-2022 page designates its sets by ESC sequences; plain ASCII never loads chardet
  if (sample.indexOf(ESC) < 0) return null;
  const chardet = (await import("chardet")) as unknown as Chardet;
  const top = chardet.analyse(sample)[0];
  if (top === undefined || !top.name.startsWith("ISO-2022-") || top.confidence < MIN_CONFIDENCE) return null;
  const name = top.name.toLowerCase();
  const confidence = top.confidence / 100;
  if (DECODABLE.has(name)) return { name, confidence, bom: false, how: "detected", uncertain: false };
  // why a designation: chardet counts ISO-2022-CN's single shifts (ESC N, ESC O) as hits, and a terminal's keypad and
  // F1-F4 keys send ESC O (jed's `pc-keys.txt`: `^[Oq`), so a key-binding table scored ISO-2022-CN at 100; a page
  // that shifts into Korean or Chinese designates its set first (ESC $ ) C, ESC $ ) A, ESC $ * H)
  if (!DESIGNATION.test(sample.toString("latin1"))) return null;
  return { name: "utf-8", confidence: null, bom: false, how: "default", uncertain: false, unsupported: name };
}
