// A one-column list of Liang hyphenation patterns (`.ab4i` above `.ab3ol`, `.ace4`): its first line is a pattern, not a name.

/** Fewest entries below the head (pattern lists run to thousands; a few lines say little). */
const MIN_ENTRIES = 20;
/** Share of the entries below that must be patterns. */
const SHARE = 0.9;

/**
 * A Liang pattern: letters (and apostrophes) with single digits between or around them, a dot at a word edge first or
 * last, and a digit at least. why no two digits together: a pattern weighs each gap between letters with one digit.
 */
function liangPattern(cell: string): boolean {
  const core = cell.replace(/^\./, "").replace(/\.$/, "");
  return core !== "" && /\d/.test(core) && !/\d\d/.test(core) && /^[\p{L}\p{M}'’\d]+$/u.test(core) && /[\p{L}'’]/u.test(core);
}

/**
 * True when the head of a one-column list is a hyphenation pattern and 9 in 10 of its 20 entries or more are too. why:
 * TeX's `hyph-*.pat.txt` lists (hyph-utf8) hold one pattern a line and no header; a name never holds digits between its
 * letters, and read as the header the first pattern (`.ab4i`, `.ach4`, `2'2`) was lost, silently. Refused: a head with
 * no digit (`pattern` above the patterns), two digits together (`a10b`), a list of under 20 entries, and entries that
 * are mostly plain words (a word list holding one `b2b`).
 */
export function hyphenationPattern(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !liangPattern(head)) return false;
  return values.filter(liangPattern).length >= values.length * SHARE;
}
