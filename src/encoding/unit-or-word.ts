// A unit sign glued to letters (`µg`) that another page reads as a word of letters (Danish `æg`, egg), with no figure or unit column to tell which.
import { firstNonAscii } from "./detect.js";
import { lazyRegExp } from "../lazy.js";

const WORD = lazyRegExp(String.raw`^\p{L}+$`, "u");
/** The unit signs a letter run holds (`µg`, `°C`, `m²`); why not quotes: `“VIP”` is a quotation, whatever the letters read. */
const UNIT_SIGN = /[µ°²³]/u;
/** A lower-case letter followed by a capital: no word's shape (`øC`, windows-1252's reading of a cp850 `°C`). */
const CAPITAL_INSIDE = lazyRegExp(String.raw`\p{Ll}\p{Lu}`, "u");
const FIELD_END = new Set([0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d]);
const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;
const isLetter = (b: number | undefined): boolean => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/**
 * Whether the signs reading `signs` (evidence words one a line) reads as units words that the letters' pick `letters` reads as
 * words of letters, and `sample` from `from` shows no unit around them: every high byte glued to ASCII letters, none beside
 * a figure (`5 µg`, `5µg`), none in a column whose other rows hold the same unit with an ASCII prefix (`mg` under `µg`).
 * why: the signs rule (legacy.ts signsOverLetters) counts a byte glued to letters as a sign in place, so a windows-1252
 * Danish list whose only accented word is `æg` was answered cp850 `µg` with no warning; the byte is a unit only when
 * something says so. Refused: a pick with a capital inside the word (`øC`), signs by figures, a unit column (the caller
 * asks only when the signs reading is not the pick).
 */
export function unitOrWord(signs: string, letters: string, sample: Buffer, from: number): boolean {
  if (!wordsReadAsLetters(signs, letters)) return false;
  for (let i = firstNonAscii(sample, from, sample.length); i >= 0; i = firstNonAscii(sample, i, sample.length)) {
    const s = i;
    while (i < sample.length && sample[i] >= 0x80) i++;
    if (!(isLetter(sample[s - 1]) || isLetter(sample[i])) || besideFigure(sample, s, i) || inUnitColumn(sample, s, i)) return false;
  }
  return true;
}

/** Whether each evidence word the signs reading reads with a non-ASCII sign is, in the letters reading, a word of letters. */
function wordsReadAsLetters(signs: string, letters: string): boolean {
  const a = signs.split("\n");
  const b = letters.split("\n");
  let any = false;
  for (let k = 0; k < a.length; k++) {
    const signs = a[k].match(/[^\x00-\x7f]/gu);
    if (signs === null) continue;
    if (!signs.every((c) => UNIT_SIGN.test(c)) || !WORD().test(b[k] ?? "") || CAPITAL_INSIDE().test(b[k])) return false;
    any = true;
  }
  return any;
}

/** Whether a figure stands before the run [s, e) across spaces, or right after its word (`5 µg`, `5µg`, `µg5`). */
function besideFigure(sample: Buffer, s: number, e: number): boolean {
  let j = s - 1;
  while (j >= 0 && sample[j] === 0x20) j--;
  let k = e;
  while (k < sample.length && isLetter(sample[k])) k++;
  return isDigit(sample[j]) || isDigit(sample[k]);
}

/**
 * Whether another line of `sample` holds, in the same field as the run [s, e), the run's field with the run swapped for
 * one or two ASCII letters (`mg/l` beside `µg/l`): a unit column. why the field's delimiter from the run's own field edges.
 */
function inUnitColumn(sample: Buffer, s: number, e: number): boolean {
  let a = s;
  while (a > 0 && !FIELD_END.has(sample[a - 1])) a--;
  let b = e;
  while (b < sample.length && !FIELD_END.has(sample[b])) b++;
  const lineStart = sample.lastIndexOf(0x0a, a - 1) + 1;
  const delim = a > lineStart ? sample[a - 1] : sample[b];
  if (delim === undefined || delim === 0x0a || delim === 0x0d) return false;
  const index = countOf(sample.subarray(lineStart, a), delim);
  const head = sample.toString("latin1", a, s);
  const tail = sample.toString("latin1", e, b);
  const unit = new RegExp(`^${escape(head)}[A-Za-z]{1,2}${escape(tail)}$`);
  for (const line of sample.toString("latin1").split(/\r?\n/)) {
    const field = line.split(String.fromCharCode(delim))[index];
    if (field !== undefined && unit.test(field.trim())) return true;
  }
  return false;
}

const countOf = (bytes: Buffer, b: number): number => bytes.reduce((n, x) => n + (x === b ? 1 : 0), 0);
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
