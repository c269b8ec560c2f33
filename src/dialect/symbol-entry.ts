// A one-column list's head written in symbols only (`*****` above `******`, `0000`): an entry, since a name holds a letter or a digit.
import { unicodeOrAscii } from "../lazy.js";

/** A cell of symbols only: no letter, digit or blank (`*****`, `!!`, `...`). why unicodeOrAscii: src/lazy.ts. */
const SYMBOLS = unicodeOrAscii(String.raw`^[^\p{L}\p{N}\s]+$`, "u");

/**
 * True when the head of a one-column list is symbols only (`*****`) and an entry below is too, written with the head's
 * characters alone (`******`). why: a column's name holds a letter or a digit, or is one sign (`#`, `%`) over values
 * that are not written in it; an ASCII-sorted password or emoticon list opens with such entries, and read as the
 * header the first of them was lost. A sign over values holding other signs (`#` above `1`, `-`, `2`) stays a name.
 */
export function symbolEntry(head: string, values: string[]): boolean {
  if (!SYMBOLS.test(head)) return false;
  const signs = new Set(head);
  return values.some((v) => SYMBOLS.test(v) && [...v].every((ch) => signs.has(ch)));
}
