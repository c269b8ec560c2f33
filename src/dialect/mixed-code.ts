// A short code of capitals above codes of its length written in capitals and digits (`AC` above `2C`, `10C`, `JC`): the list's first code.

/** A code of capitals and digits, 1 to 6 characters (`AC`, `2C`, `10C`, `QC`). */
const CODE = /^[A-Z0-9]{1,6}$/;

/** Entries below the head; why 10: a short list shares lengths and forms by chance. */
const MIN_ENTRIES = 10;

/** Codes below written as the head is, letters for letters and digits for digits; why 3: one or two may be chance. */
const MIN_SAME_FORM = 3;

/** A code's form: each run of capitals `A`, each run of digits `9` (`AC` → `A`, `10C` → `9A`). */
const form = (code: string): string => code.replace(/[A-Z]+/g, "A").replace(/\d+/g, "9");

/**
 * Whether each character of the head stands at its place in some entry of the head's length (`AS` above `AH`, `2S`):
 * a code is drawn from its places' alphabets (a deck's ranks, then suits). why: a name of capitals is a word, its
 * letters chance to stand at their places in codes seldom all (`GENE` above `BRAF`, `TP53`; `ICAO` above `B738`).
 */
function placedLikeCodes(head: string, values: string[]): boolean {
  const same = values.filter((v) => v.length === head.length);
  return [...head].every((c, i) => same.some((v) => v[i] === c));
}

/**
 * True when the head is a code of capitals (a digit may stand in it) and 10 entries or more below are all codes of
 * capitals and digits, 4 in 5 of the head's length, some holding a digit and 3 or more written in the head's own form
 * (a deck's `AC` above `2C` … `10C`, `JC`, `QC`, `KC`, `AD`: ranks are digits or letters, suits letters). why:
 * fixedCode asks for one form in 4 entries in 5, and a list whose codes mix letters and digits in one place has two
 * or more; its head, read as a name, was a code lost without a word. Refused: a head in small letters or longer than
 * 6; a head whose form no 3 entries share (`SKU` above `A12`, `B34`, …: a name over codes that all hold digits);
 * entries of other lengths or holding small letters or signs; fewer than 10 entries; a head with a character no entry
 * holds at its place (placedLikeCodes: `GENE` above a gene panel, `ICAO` above aircraft types); generic names never reach here.
 */
export function mixedCodeEntry(head: string, values: string[]): boolean {
  if (!CODE.test(head) || !/[A-Z]/.test(head) || values.length < MIN_ENTRIES || !values.every((v) => CODE.test(v))) return false;
  if (values.filter((v) => v.length === head.length).length < values.length * 0.8) return false;
  if (!values.some((v) => /\d/.test(v))) return false;
  return values.filter((v) => form(v) === form(head)).length >= MIN_SAME_FORM && placedLikeCodes(head, values);
}
