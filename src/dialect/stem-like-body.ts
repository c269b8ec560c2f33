// Whether a first-row cell is written as one more value of its column: an analysis (`kalp+ADJ` above `kalp+NOUN+A3SG`), a prefixed name (`P 1` above `P -1`).
import { unicodeOrAscii } from "../lazy.js";

/** A stem of letters or digits, then one mark that is neither (`kalp+` of `kalp+ADJ`, `yemek+` of `yemek+NOUN`). */
const STEM = unicodeOrAscii(String.raw`^[\p{L}\p{N}]+[^\p{L}\p{N}\s]`, "u");
/** The first run after the stem: upper-case letters, lower-case letters, digits, or anything else. */
const RUN = unicodeOrAscii(String.raw`^(?:\p{Lu}+|\p{Ll}+|\d+|.)`, "u");
const UPPER = unicodeOrAscii(String.raw`\p{Lu}`, "u");
const LOWER = unicodeOrAscii(String.raw`\p{Ll}`, "u");
/** A word of letters, a blank, then a number (`P 1`, `NGC 104`). */
const PREFIXED = unicodeOrAscii(String.raw`^(\p{L}+) [-+]?\d`, "u");
const runShape = (s: string): string => {
  const r = RUN.exec(s)?.[0] ?? "";
  return /\d/.test(r) ? "9" : UPPER.test(r) ? "A" : LOWER.test(r) ? "a" : r;
};

/**
 * True when the cell is a stem and a mark, then more (`kalp+ADJ`), above 5 values or more of which 9 in 10 open
 * with that same stem and mark and go on in the same form (`kalp+ADJ^DB+VERB`, `kalp+NOUN+A3SG`): a morphological
 * analysis or a keyed path of the column (`Menu|Build|Add_Atoms` above `Menu|Build|…`), not its name. why the form after the mark: a name such as `item_no` above
 * `item_001`, `item_002` shares its stem but goes on in words where the values go on in digits.
 */
export function stemmedLikeBody(cell: string, values: string[]): boolean {
  const stem = STEM.exec(cell)?.[0];
  if (stem === undefined || stem.length >= cell.length || values.length < 5) return false;
  const form = runShape(cell.slice(stem.length));
  const alike = values.filter((v) => v.length > stem.length && v.startsWith(stem) && runShape(v.slice(stem.length)) === form).length;
  return alike >= values.length * 0.9;
}

/**
 * True when the cell is a word of letters, a blank, then a number (`P 1`, `NGC 104`), and 1 value in 4 or more, 2 at
 * least (of 4 or more), open with that word and a blank, then a number or a sign (`P -1`, `P 21 21 21`): the first
 * name of a series that shares its prefix, not the column's name. why the number after the blank: a name that shares
 * the prefix goes on in a word (`NGC number` above `NGC 104`). why 4 values: a series of 5 lines (spaced-names.ts
 * SERIES_MIN_LINES) has 4 under its first; two of them opening alike make the series.
 */
export function prefixedLikeBody(cell: string, values: string[]): boolean {
  const m = PREFIXED.exec(cell);
  if (m === null || values.length < 4) return false;
  const alike = values.filter((v) => v.startsWith(m[1] + " ") && /^[-+]?\d/.test(v.slice(m[1].length + 1))).length;
  return alike >= 2 && alike * 4 >= values.length;
}
