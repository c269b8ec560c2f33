// Letters standing alone: a sample whose non-ASCII letters almost never touch another letter holds no word to read, so its single-byte page is a guess, warned.
import { highHalf } from "./high-half.js";
import { lazyRegExp } from "../lazy.js";

/** At most this share of the sample's non-ASCII letters may touch a letter for the rest to count as standing alone. */
export const ALONE_SHARE = 0.25;

/**
 * At least this many distinct letter bytes must stand alone. why: one or two are an ordinal or an initial after a
 * figure (Spanish `2º 2º`, read right in windows-1252), no sign that the words are missing.
 */
export const ALONE_DISTINCT = 3;

const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");

/**
 * Letters that are signs of figures in every Latin page: the ordinal indicators and the micro sign. why: `3º B`, `1ª`,
 * `35º`, `5 µ` stand glued to a figure with no letter beside them in right windows-1252 Spanish and Portuguese files.
 */
const FIGURE_SIGNS = new Set(["º", "ª", "µ"]);

const DOT = 0x2e;

const isAsciiLetter = (b: number): boolean => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/** Whether a letter byte (an ASCII letter, or any non-ASCII byte) stands at `j` in `buf`. */
function letterByteAt(buf: Uint8Array, j: number): boolean {
  return j >= 0 && j < buf.length && (buf[j] >= 0x80 || isAsciiLetter(buf[j]));
}

/**
 * Whether the letter at `i` touches another letter, directly or across one dot. why: an abbreviation written letter-dot-letter
 * (Arabic `د.إ` dirham, `ر.س` riyal in an ISO-8859-6 statement) is a word cut by its dots, not a letter alone.
 */
function touchesLetter(buf: Uint8Array, i: number): boolean {
  if (letterByteAt(buf, i - 1) || letterByteAt(buf, i + 1)) return true;
  return (buf[i - 1] === DOT && letterByteAt(buf, i - 2)) || (buf[i + 1] === DOT && letterByteAt(buf, i + 2));
}

/**
 * Whether the non-ASCII bytes that read as letters in the single-byte page `name` mostly stand alone in `buf`: no letter
 * byte on either side (`т2ј`), nor across one dot (`د.إ`); º ª µ are no letters here (FIGURE_SIGNS). why: the language
 * models score words; letters cut apart by figures leave them single-letter frequencies only, on which a Serbian ISO-8859-5 hyphenation file read as x-mac-cyrillic at 0.97.
 */
export function lettersAlone(buf: Uint8Array, name: string): boolean {
  const high = highHalf(name);
  let letters = 0;
  let touching = 0;
  const alone = new Set<number>();
  for (let i = 0; i < buf.length; i++) {
    const ch = high[buf[i] - 0x80] ?? "";
    if (buf[i] < 0x80 || FIGURE_SIGNS.has(ch) || !LETTER().test(ch)) continue;
    letters++;
    if (touchesLetter(buf, i)) touching++;
    else alone.add(buf[i]);
  }
  return alone.size >= ALONE_DISTINCT && touching <= letters * ALONE_SHARE;
}

/** The distinct non-ASCII bytes of `buf` read in page `name`. */
function highReading(buf: Uint8Array, name: string): string {
  const seen = new Set<number>();
  for (const b of buf) if (b >= 0x80) seen.add(b);
  const high = highHalf(name);
  return [...seen].sort((a, b) => a - b).map((b) => high[b - 0x80] ?? "\ufffd").join("");
}

/**
 * The pages to name beside `name` when the letters of `buf` stand alone: the single-byte `candidates` (best score first)
 * that read its non-ASCII bytes otherwise; [] when they do not stand alone. Refuses multi-byte pages (their letters
 * are byte pairs, never alone) and signs (a lone `€` or `°` is no letter: signs.ts decides those).
 */
export function loneLetterRivals(buf: Uint8Array, name: string, candidates: { name: string; score: number }[], multiByte: readonly string[], max: number): string[] {
  if (multiByte.includes(name) || !lettersAlone(buf, name)) return [];
  return readingOtherwise(buf, name, candidates, multiByte, max);
}

/** The single-byte `candidates` (best score first, `multiByte` left out) that read the non-ASCII bytes of `buf` otherwise than `name`. */
export function readingOtherwise(buf: Uint8Array, name: string, candidates: { name: string; score: number }[], multiByte: readonly string[], max: number): string[] {
  const mine = highReading(buf, name);
  return [...candidates]
    .filter((c) => c.name !== name && !multiByte.includes(c.name))
    .sort((a, b) => b.score - a.score)
    .map((c) => c.name)
    .filter((n, i, a) => a.indexOf(n) === i && highReading(buf, n) !== mine)
    .slice(0, max);
}
