// A one-column list's head written `stem/rest` whose stem opens entries below (`application/octet-stream` above `application/pdf`, `image/png`): an entry.
import { unicodeOrAscii } from "../lazy.js";

/**
 * A word of letters or digits, one of the marks `/`, `:` or `.`, then more with no blank (`application/pdf`,
 * `dc:title`, `org.gnome`). why these marks: they join a type to its subtype, a prefix to its name, a domain to its
 * labels; `_`, `-` and `+` join the words of a column's name (`item_no`, `first-name`) and are left out.
 * why unicodeOrAscii: src/lazy.ts.
 */
const STEMMED = unicodeOrAscii(String.raw`^([\p{L}\p{N}]+)([/:.])\S+$`, "u");

/**
 * True when the head is a stem, a mark and more (`application/octet-stream`), 9 in 10 of 5 entries or more below
 * are written with that mark after a stem too, their stems are 2 or more (`application`, `image`, `text`) and the
 * head's stem opens 2 entries or more: a list of typed values (media types, prefixed names) whose first entry is one
 * more of them. why several stems: a name that shares the one stem of every value (`item.no` above `item.001`,
 * `item.002`) names the column; a list of types holds several, and its head is one of them.
 */
export function stemMarkEntry(head: string, values: string[]): boolean {
  const m = STEMMED.exec(head);
  if (m === null || values.length < 5) return false;
  const stems = values.map((v) => STEMMED.exec(v)).filter((v) => v !== null && v[2] === m[2]).map((v) => v![1]);
  if (stems.length < values.length * 0.9 || new Set(stems).size < 2) return false;
  return stems.filter((s) => s === m[1]).length >= 2;
}
