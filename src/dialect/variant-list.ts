// A one-column list of words and their variants (`admin`, `admin12`, `root`, `roots`) whose head is one more stem: an entry.
import { unicodeOrAscii } from "../lazy.js";

/** A stem the head may be: letters only (why unicodeOrAscii: src/lazy.ts). */
const LETTERS = unicodeOrAscii(String.raw`^\p{L}+$`, "u");

/**
 * Names of a list of passwords or user names. why refused: these words are among the commonest passwords and user
 * names themselves, so above such a list they open entries (`password1`, `username1`) as a stem would; nothing in
 * the bytes tells the header from an entry, and the header is the likelier reading (main's).
 */
const CREDENTIAL_NOUN = /^(?:pass(?:word|wd|phrase)?s?|pwds?|user(?:_?names?|_?ids?)?s?|logins?|accounts?|e-?mails?)$/i;

/** Entries needed below the head, entries it must open, and other stems opening entries. */
const MIN_ENTRIES = 8;
const MIN_VARIANTS = 2;
const MIN_OTHER_STEMS = 3;

/** Entries that open another entry below them and do not open with `head` (`test` above `test1`). */
function otherStems(head: string, values: string[]): number {
  const stems = new Set<string>();
  values.forEach((v, i) => {
    if (v !== "" && !v.startsWith(head) && values.some((w, j) => j > i && w !== v && w.startsWith(v))) stems.add(v);
  });
  return stems.size;
}

/**
 * True when the head is a word of letters that opens 2 entries or more below it (`admin` above `admin12`, `adminx`),
 * and 3 other entries or more open entries below them too (`test` above `test1`, `root` above `roots`): a list built
 * of words and their variants (pocsuite3's `password-top100.txt`), whose first word was read as the header, silently
 * (a mixed column of words and numbers gives no vote). why other stems: a name above the ids it stems (`sample`
 * above `sample1`, `sample2`, `sample10`) stems every entry, and no other entry stems one; why 8 entries: a short
 * list meets stems by chance. Names of such lists (`password`, `username`: CREDENTIAL_NOUN) are refused.
 */
export function stemAmongVariants(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !LETTERS.test(head) || CREDENTIAL_NOUN.test(head)) return false;
  if (values.filter((v) => v !== head && v.startsWith(head)).length < MIN_VARIANTS) return false;
  return otherStems(head, values) >= MIN_OTHER_STEMS;
}
