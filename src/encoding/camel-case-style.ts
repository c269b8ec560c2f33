// A file that writes ASCII capitals inside words (`kundenNr`, `iPhone`, `eBay`): a capital inside a non-ASCII word is its style, no misreading.

/** An ASCII capital right after a small letter, inside a run of ASCII letters (`musteriNo`, `McDonald`). */
const CAMEL = /[A-Za-z]*[a-z][A-Z][A-Za-z]*/g;

/** Distinct such words that make a style; why 2: one name (`iPhone`) may stand in any text. */
const MIN_WORDS = 2;
/** An ASCII word of three letters or more, to weigh the camel-case words against. */
const WORD = /[A-Za-z]{3,}/g;
/**
 * Share of the distinct words the camel-case ones must reach. why: prose names a few programs or plugins
 * (`GoogleMaps`, `vCard`, `LaTeX`: 11 of 662 words in a Polish genealogy log, 1.7 %), and with the style read there
 * the log's Mac Central European `spełniające` went back to cp852 `speŞniajłce`; a schema's identifiers are a fifth.
 */
const MIN_SHARE = 0.05;

/**
 * Whether `sample` (bytes, read as latin1: only ASCII letters match) holds 2 distinct words or more with an ASCII capital
 * after a small letter, 1 in 20 of its distinct words at least: identifiers and brand names written in camel case
 * (`musteriNo`, `siparisTarihi`, `eBay`).
 * why: rareOverCapitals takes a non-ASCII capital after a small letter for a misreading (Mac Roman `SzerzŒdés`), but
 * a schema export of Turkish or Czech identifiers writes `musteriİsim`, `datumÚhrady` in windows-1254 and windows-1250,
 * and Mac Icelandic (`musteriðsim`) or Mac Central European (`datumŕhrady`) answered them.
 */
export function writesCamelCase(sample: Buffer): boolean {
  const text = sample.toString("latin1");
  const camel = new Set(text.match(CAMEL) ?? []).size;
  return camel >= MIN_WORDS && camel >= MIN_SHARE * new Set(text.match(WORD) ?? []).size;
}
