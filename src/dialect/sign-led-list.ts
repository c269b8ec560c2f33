// A one-column list whose entries open with a punctuation sign before a word (`!exclamation-point …`, `(paren …`): its first line is an entry.
import { unicodeOrAscii } from "../lazy.js";

/** A sign, then a letter (`!exclamation`, `(paren`, `...ellipsis`). why unicodeOrAscii: src/lazy.ts. */
const SIGN_LED = unicodeOrAscii(String.raw`^[^\p{L}\p{N}\s]+\p{L}`, "u");

/** Signs a column's name may open with: a comment or marker `#`, a quote, `@`/`$`/`_` of variables and attributes. */
const NAME_SIGNS = /^["'#@$_]/;

/** Signs that open a name wrapped in its closing mate (`(name)`, `[Tokens]`, `“Quote”`, `«Titre»`, `¿Pregunta?`). */
const MATES: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">", "“": "”", "«": "»", "»": "«", "‘": "’", "„": "“", "¿": "?", "¡": "!" };

/** Whether `cell` opens with a sign and ends with its mate (`(name)`), a name set apart as a title is. */
const wrapped = (cell: string): boolean => cell.length > 2 && MATES[cell.charAt(0)] === cell.charAt(cell.length - 1);

/** A cell's first letter. why unicodeOrAscii: src/lazy.ts. */
const FIRST_LETTER = unicodeOrAscii(String.raw`\p{L}`, "u");

/** Whether `cell`'s first letter is a capital. */
const capitalFirst = (cell: string): boolean => {
  const letter = FIRST_LETTER.exec(cell)?.[0] ?? "";
  return letter !== letter.toLowerCase();
};

/**
 * Whether the head is written unlike the sign-led entries below: its first letter a capital over entries whose first
 * letters are small (`*Operator` above `+add`, `-subtract`), or wrapped in a sign and its mate over entries of which
 * fewer than half are (`(name)` above `*.log`, `/build`, `!keep.log`). why: a name is set apart from its values so;
 * an entry is written as the others are (`!bang-sign` above `"open-quote`).
 */
function unlikeEntries(head: string, led: string[]): boolean {
  if (capitalFirst(head) && led.filter(capitalFirst).length < led.length * 0.2) return true;
  return wrapped(head) && led.filter(wrapped).length < led.length / 2;
}

/** Entries below the head; why 10: fewer may share a sign by chance. */
const MIN_ENTRIES = 10;

/** Distinct opening signs among the entries; why 3: a list of options (`-a`, `-b`) under a name opens with one. */
const MIN_SIGNS = 3;

/**
 * True when the head opens with a sign before a letter (not `#`, a quote, `@`, `$` or `_`), and 4 in 5 of 10 entries
 * or more below do too, opening with 3 distinct signs or more (CMUdict's `vp` list of spoken punctuation:
 * `!exclamation-point EH2 K …` above `"close-quote …`, `#sharp-sign …`, `%percent …`). why: a column's name opens
 * with a letter or a marker of its own (`#id`, `@timestamp`, `$ref`), and read as the header the list lost its first
 * entry without a word. Refused: a head opening with a letter, digit or one of those markers; entries opening with
 * fewer than 3 signs (`-flags` above `-a`, `-b`, `-c`); fewer than 4 in 5 sign-led entries; fewer than 10 entries;
 * a head written unlike the entries (unlikeEntries: `*Operator` above `+add`, `(name)` above unwrapped patterns).
 */
export function signLedEntry(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || NAME_SIGNS.test(head) || !SIGN_LED.test(head)) return false;
  const led = values.filter((v) => SIGN_LED.test(v));
  if (led.length < values.length * 0.8 || unlikeEntries(head, led)) return false;
  return new Set(led.map((v) => v.charAt(0))).size >= MIN_SIGNS;
}
