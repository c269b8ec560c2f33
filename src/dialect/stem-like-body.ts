// Whether a first-row cell is written as one more value of a column of analyses (`kalp+ADJ` above `kalp+NOUN+A3SG`).
import { lazyRegExp } from "../lazy.js";

/** A stem of letters or digits, then one mark that is neither (`kalp+` of `kalp+ADJ`, `yemek+` of `yemek+NOUN`). */
const STEM = lazyRegExp(String.raw`^[\p{L}\p{N}]+[^\p{L}\p{N}\s]`, "u");
/** The first run after the stem: upper-case letters, lower-case letters, digits, or anything else. */
const RUN = lazyRegExp(String.raw`^(?:\p{Lu}+|\p{Ll}+|\d+|.)`, "u");
const runShape = (s: string): string => {
  const r = RUN().exec(s)?.[0] ?? "";
  return /\d/.test(r) ? "9" : /\p{Lu}/u.test(r) ? "A" : /\p{Ll}/u.test(r) ? "a" : r;
};

/**
 * True when the cell is a stem and a mark, then more (`kalp+ADJ`), above 5 values or more of which 9 in 10 open
 * with that same stem and mark and go on in the same form (`kalp+ADJ^DB+VERB`, `kalp+NOUN+A3SG`): a morphological
 * analysis or a keyed path of the column (`Menu|Build|Add_Atoms` above `Menu|Build|…`), not its name. why the form after the mark: a name such as `item_no` above
 * `item_001`, `item_002` shares its stem but goes on in words where the values go on in digits.
 */
export function stemmedLikeBody(cell: string, values: string[]): boolean {
  const stem = STEM().exec(cell)?.[0];
  if (stem === undefined || stem.length >= cell.length || values.length < 5) return false;
  const form = runShape(cell.slice(stem.length));
  const alike = values.filter((v) => v.length > stem.length && v.startsWith(stem) && runShape(v.slice(stem.length)) === form).length;
  return alike >= values.length * 0.9;
}
