// A far-script UTF-8 letter glued to figures whose two bytes are a common hanzi in GBK or Big5 (`3元`, D4 AA, is UTF-8 `3Ԫ`): warned naming that page.
import type { EncodingDecision } from "../types.js";
import { decodeOnce } from "./text-decoder.js";
import { isCommonCjk } from "./plausibility.js";

const PAGES = ["gb18030", "big5"];
/** Scripts whose one letter standing alone among figures no UTF-8 export writes: Cyrillic Supplement, Armenian, Syriac, Arabic Supplement, Thaana. */
const FAR_LETTER = /^[\u0500-\u058f\u0700-\u07bf]$/u;

/** The pages in PAGES that read every run (its bytes as latin1, two a character) as common hanzi, one for each two bytes. */
export function hanziPages(runs: string[]): string[] {
  return PAGES.filter((name) => runs.every((p) => {
    const t = decodeOnce(Buffer.from(p, "latin1"), name);
    return t.length * 2 === p.length && [...t].every((c) => isCommonCjk(c.charCodeAt(0)));
  }));
}

/**
 * `utf8` warned naming the CJK pages when every lone UTF-8 pair (lonePairs) is a letter of a far script (FAR_LETTER) that
 * GBK or Big5 reads as a common hanzi; else null. why: a price list `3元` in GBK is valid UTF-8 `3Ԫ` and was read so
 * silently; the signs rule refuses CJK pages. Refused: letters of Greek, Cyrillic, Hebrew, Arabic (`15с2`, `ז1`, `٣`
 * stand alone in real UTF-8), pairs no page reads as a common hanzi.
 */
export function hanziNotUtf8(pairs: string[], utf8: EncodingDecision): EncodingDecision | null {
  const letters = pairs.map((p) => String.fromCharCode(((p.charCodeAt(0) & 0x1f) << 6) | (p.charCodeAt(1) & 0x3f)));
  if (!letters.every((c) => FAR_LETTER.test(c))) return null;
  const pages = hanziPages(pairs);
  if (pages.length === 0) return null;
  return { ...utf8, confidence: 0.4, uncertain: true, alternative: pages[0], alternatives: pages };
}
