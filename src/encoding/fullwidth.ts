// Full-width punctuation between Latin words in a CJK page (Shift_JIS `Toray　Medical`, Big5 `HongKong）Limited`, GBK `Rd.，Xinmin`): the pages that read every high byte so.
import { decodeOnce } from "./text-decoder.js";
import { CJK_PAGES } from "./cjk-pages.js";

/** The ideographic space, CJK punctuation and brackets, full-width ASCII punctuation and signs (`￥`; not letters or figures). */
const PUNCTUATION = /^[\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffe6]$/u;
const isAsciiLetter = (b: number): boolean => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/** The double-byte pairs of `evidence`: each high byte with the byte after it, or null when a high byte has no trail a CJK page could take that is no ASCII letter. */
function pairsOf(evidence: Buffer): Buffer[] | null {
  const pairs: Buffer[] = [];
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] < 0x80) continue;
    const t = evidence[i + 1];
    // why no letter trail: a Latin accent before a letter (cp850 `ü` in `Müller`) is a Shift_JIS lead and trail as well
    if (t === undefined || t < 0x40 || t === 0x7f || isAsciiLetter(t)) return null;
    pairs.push(evidence.subarray(i, i + 2));
    i++;
  }
  return pairs.length > 0 ? pairs : null;
}

/**
 * The CJK pages that read every high byte of `evidence` (words one to a line) as the first byte of a full-width
 * punctuation mark or ideographic space whose trail byte is no ASCII letter; empty when none does. why: Latin text typed
 * on a CJK keyboard carries `　`, `，`, `）` between Latin words; the CJK reading pays for each mark glued to a Latin
 * letter, so a single-byte page won (Shift_JIS `Toray　Medical` read cp850 `Torayü@Medical`, silently; Big5
 * `HongKong）Limited` Mac Roman `HongKong°^Limited`, warned naming only single-byte pages). Refused: a high byte before
 * a letter (`Müller`), a blank or a figure (`ü.`, `€ 3`), any pair a page reads as a letter, hanzi or kana, and Spanish
 * doubled openers when the sample `exclaims` (spanishOpeners).
 */
export function fullWidthPunctuationPages(evidence: Buffer, exclaims = false): string[] {
  const pairs = pairsOf(evidence);
  if (pairs === null || (exclaims && spanishOpeners(evidence))) return [];
  return CJK_PAGES.filter((name) => pairs.every((p) => PUNCTUATION.test(decodeOnce(p, name))));
}

/**
 * Whether every high byte of `evidence` (words one to a line) is in a doubled `¡¡` (A1 A1) opening a word before an ASCII
 * letter. why: A1 A1 is the ideographic space in the EUC pages, but Spanish opens an exclamation so (`¡¡Oferta 3!!`);
 * with its closing `!` in the sample, naming EUC-JP, GB18030 and EUC-KR as the alternative misleads.
 */
export function spanishOpeners(evidence: Buffer): boolean {
  let any = false;
  for (let i = 0; i < evidence.length; i++) {
    if (evidence[i] < 0x80) continue;
    const opensWord = i === 0 || evidence[i - 1] === 0x0a;
    if (!opensWord || evidence[i] !== 0xa1 || evidence[i + 1] !== 0xa1 || !isAsciiLetter(evidence[i + 2] ?? 0)) return false;
    any = true;
    i++;
  }
  return any;
}
