// A one-column list's head written in symbols only (`*****` above `******`; `———` above `:`, `&`): an entry, since a name holds a letter or a digit.
import { lazyRegExp, unicodeOrAscii } from "../lazy.js";

/** A cell of symbols only: no letter, digit or blank (`*****`, `!!`, `...`). why unicodeOrAscii: src/lazy.ts. */
const SYMBOLS = unicodeOrAscii(String.raw`^[^\p{L}\p{N}\s]+$`, "u");

/** A pictograph (an emoji: `🎉`, `✌️`); `#`, `*` and digits are not. why lazy: src/lazy.ts. */
const PICTOGRAPH = lazyRegExp(String.raw`\p{Extended_Pictographic}`, "u");

/**
 * True when the head of a one-column list is symbols only (`*****`) and an entry below is too, written with the head's
 * characters alone (`******`). why: a column's name holds a letter or a digit, or is one sign (`#`, `%`) over values
 * that are not written in it; an ASCII-sorted password or emoticon list opens with such entries, and read as the
 * header the first of them was lost. A sign over values holding other signs (`#` above `1`, `-`, `2`) stays a name.
 */
export function symbolEntry(head: string, values: string[]): boolean {
  if (!SYMBOLS.test(head)) return false;
  const signs = new Set(head);
  return values.some((v) => SYMBOLS.test(v) && [...v].every((ch) => signs.has(ch))) || amongSignEntries(head, values);
}

/**
 * A head of 2 signs or more (`———`) over a list holding 3 distinct entries or more of signs only (`:`, `&`, `~~~~`):
 * one more of the list's punctuation entries (a stopword list opens with them); so is one pictograph. why 2 signs: one sign (`#`, `%`) may
 * name a column, and stays a name unless an entry below is written in it (above); a name of signs over words does too.
 */
function amongSignEntries(head: string, values: string[]): boolean {
  // why one pictograph too: an emoji names no column the way `#` or `%` does (supertuxkart's `emoji_used.txt`, `🎉`
  // above `👀`, `✌️`: its first emoji was the header)
  const signs = [...head].length >= 2 || PICTOGRAPH().test(head);
  return signs && new Set(values.filter((v) => SYMBOLS.test(v))).size >= 3;
}
