// A legacy sign and the byte after it that form valid UTF-8 by chance (windows-874 `฿` + no-break space is N'Ko `ߠ`): read as the sign, warned.
import type { EncodingDecision } from "../types.js";
import { firstNonAscii } from "./detect.js";
import { highHalf } from "./high-half.js";
import { lazyRegExp } from "../lazy.js";

/** Distinct two-byte sequences such a sample holds at most: a sign, or a sign and its no-break space (`฿ 12`). */
const CHANCE_PAIRS = 2;
const LETTER_OR_DIGIT = lazyRegExp(String.raw`^[\p{L}\p{Nd}]$`, "u");
const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/**
 * The two-byte UTF-8 characters of `sample[from, to)` when every run of high bytes there is one such character, a letter
 * or digit standing alone (no ASCII letter glued to it), at most CHANCE_PAIRS distinct; else null. why: real UTF-8 text
 * writes words (`café`, `Москва`) or signs (`£12`, `12 °C`); one letter of a far script glued to figures on every row
 * (`ߠ12,577.59`, N'Ko) is a legacy sign and the byte after it.
 */
export function lonePairs(sample: Buffer, from: number, to: number): string[] | null {
  const seen = new Set<string>();
  for (let i = firstNonAscii(sample, from, to); i >= 0 && i < to; i = firstNonAscii(sample, i + 2, to)) {
    const lead = sample[i];
    const trail = sample[i + 1];
    if (lead < 0xc2 || lead > 0xdf || trail === undefined || trail < 0x80 || trail > 0xbf || (sample[i + 2] ?? 0) >= 0x80) return null;
    if (isAsciiLetter(sample[i - 1]) || isAsciiLetter(sample[i + 2])) return null;
    const ch = String.fromCharCode(((lead & 0x1f) << 6) | (trail & 0x3f));
    if (!LETTER_OR_DIGIT().test(ch)) return null;
    if (seen.add(sample.toString("latin1", i, i + 2)).size > CHANCE_PAIRS) return null;
  }
  return seen.size > 0 ? [...seen] : null;
}

/**
 * The legacy answer `guess` (the legacy guess on the sample), warned naming UTF-8, when the sample's UTF-8 characters are
 * lonePairs and the guessed page reads each pair as signs (`inPlace`, the signs rule's test); else null. why: windows-874
 * `฿ 12,577.59` (DF A0) is valid UTF-8, and an invoice export with a baht sign on every row was answered UTF-8 silently.
 * Refused: a pair the page reads as a letter (`Ð»`, a Russian `л` alone in UTF-8), a sign (`£`, `°`), words of text.
 */
export function signsNotUtf8(pairs: string[], guess: { name: string }, inPlace: (text: string) => boolean): EncodingDecision | null {
  if (guess.name === "utf-8" || /^(?:shift_jis|euc-|gb|big5)/.test(guess.name)) return null;
  const high = highHalf(guess.name);
  const read = pairs.map((p) => [...p].map((c) => high[c.charCodeAt(0) - 0x80]).join(""));
  // why a figure on each side: the signs rule judges a sign by its neighbours; the pair alone is what is read here
  if (!read.every((t) => inPlace(`1 ${t}1`))) return null;
  return { name: guess.name, confidence: 0.4, bom: false, how: "detected", uncertain: true, alternative: "utf-8", alternatives: ["utf-8"] };
}

/**
 * The answer for a sample the window of which reads as UTF-8 without a bad byte (`utf8`): the legacy signs reading
 * (signsNotUtf8) when its UTF-8 characters are lonePairs, else `utf8`. why lazy: only such rare samples pay the legacy guess.
 */
export async function utf8OrSigns(utf8: EncodingDecision, sample: Buffer, wStart: number, wEnd: number, eof: boolean): Promise<EncodingDecision> {
  const pairs = utf8.confidence === 1 ? lonePairs(sample, wStart, wEnd) : null;
  if (pairs === null) return utf8;
  const [{ legacyGuess }, { allSignsInPlace }, { hanziNotUtf8 }] = await Promise.all([import("./legacy.js"), import("./signs.js"), import("./utf8-cjk-pairs.js")]);
  // why first: a far letter that is a common hanzi in GBK or Big5 (`3元`) is named so, whatever the legacy guess
  const hanzi = hanziNotUtf8(pairs, utf8);
  if (hanzi !== null) return hanzi;
  const guess = await legacyGuess(sample, wStart, sample.subarray(wStart, wEnd), eof);
  return signsNotUtf8(pairs, guess, allSignsInPlace) ?? utf8;
}
