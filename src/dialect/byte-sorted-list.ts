// A head sorting first above a word list sorted by code point with its capitals apart: the list's first entry, not a name.
import { sortedFrom } from "./code-order.js";

/** Entries a list must hold below its head; why 20: a short list sorts by chance. */
const MIN_ENTRIES = 20;

const opensUpper = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLowerCase();
const opensLower = (s: string): boolean => s.charAt(0) !== s.charAt(0).toUpperCase();

/**
 * True when 20 entries or more below the head, some opening in upper case and some in lower case, sort strictly
 * ascending by code point, and the head sorts before the first of them (`Atom` above `Bitstring`, `Charlist`, …,
 * `binary`; `CHLD` above `EDITMSG`, …, `add`: cspell's keep-case word lists). why: a list sorted so keeps its capitals
 * apart, before its small letters, as `sort` writes identifiers; a name in small letters sorts after every capital,
 * and a capitalised one seldom before every capital entry. opensSortedList (body-like-row.ts) asks for the first
 * entry's initial too, which a list of identifiers seldom shares with its next entry. Refused: a list of one case
 * (no capitals apart: `Animal` above `aardvark`, `bear` sorts first as any capitalised name does), one out of order,
 * shorter lists; generic names (`Word`, `Name`) never reach here (firstRowLikeBody). Its cost: a capitalised name
 * sorting before every capital entry (`Methods` above `Promise`, …, `abs`) is read as the first entry.
 * Refused too (wqa21 F7): a list whose entries open in capitals as often as in small letters (`Account` above `Bob`,
 * …, `Walter`, `alice_w`; `Allowed` above `BigInt`, …, `WeakMap`, `console`). why: a list of names or globals is mostly
 * capitalised, and its name, capitalised as they are, sorts before them whenever it opens with an early letter;
 * an identifier list keeping case holds a few capitals (types, constants) among many small words, and its head is
 * one of those few.
 */
export function opensByteSortedList(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !values.some(opensUpper)) return false;
  if (values.filter(opensLower).length <= values.filter(opensUpper).length) return false;
  return sortedFrom(head, values);
}
