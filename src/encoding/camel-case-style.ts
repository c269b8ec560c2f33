// A file that writes ASCII capitals inside words (`kundenNr`, `iPhone`, `eBay`): a capital inside a non-ASCII word is its style, no misreading.

/** An ASCII capital right after a small letter, inside a run of ASCII letters (`musteriNo`, `McDonald`). */
const CAMEL = /[A-Za-z]*[a-z][A-Z][A-Za-z]*/g;

/** Distinct such words that make a style; why 2: one name (`iPhone`) may stand in any text. */
const MIN_WORDS = 2;

/**
 * Whether `sample` (bytes, read as latin1: only ASCII letters match) holds 2 distinct words or more with an ASCII capital
 * after a small letter: identifiers and brand names written in camel case (`musteriNo`, `siparisTarihi`, `eBay`).
 * why: rareOverCapitals takes a non-ASCII capital after a small letter for a misreading (Mac Roman `SzerzŒdés`), but
 * a schema export of Turkish or Czech identifiers writes `musteriİsim`, `datumÚhrady` in windows-1254 and windows-1250,
 * and Mac Icelandic (`musteriðsim`) or Mac Central European (`datumŕhrady`) answered them.
 */
export function writesCamelCase(sample: Buffer): boolean {
  return new Set(sample.toString("latin1").match(CAMEL) ?? []).size >= MIN_WORDS;
}
