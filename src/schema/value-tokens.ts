// Null-like tokens that are values of their column (`NULL`, U+0000's name among control names; `.` among one-key lines).

/** Values a column's sample holds at least for its look to count. */
const MIN_VALUES = 5;

/** Letters all in capitals (at least one), as Unicode's character names are written. */
const CAPITALS = /^[^a-z]*[A-Z][^a-z]*$/;

/** The longest value of a column of keys (a character, or one escaped: `\[`). */
const KEY_CHARS = 2;

/** A name of several words (`START OF HEADING`): a space between two characters of it. */
const WORDS = /\S \S/;

/** A null-like word in capitals that a name may be (`NULL`, `NONE`): letters only, no marker's punctuation (`N/A`, `<NULL>`). */
const NAME_WORD = /^[A-Z]+$/;

/** A key with no letter nor figure (`.`, `?`, `;`, `/`). */
const SIGN = /^[^A-Za-z0-9]+$/;

/**
 * The null-like tokens of a column's sample (`counts`: token → cells) that are values of it like the others: met
 * once, in a column whose other values (`values`: neither empty nor null-like) are each met once too (a column of
 * names or keys) and share the token's look: all of one or two characters (`.` and `?` among the keys `q`, `\[`,
 * `;` of a key table: tkabber's engrus.tbl), or all in capitals with the token, the column's only null-like one, in
 * capitals too (`NULL` among `START OF HEADING`, `ESCAPE`: the Unicode 1.0 names of UnicodeData.txt). why: null-mixed
 * called them a second spelling of "missing". Refused (so a real marker stays one): a token met twice, a column whose
 * values repeat (answers, categories), fewer than MIN_VALUES values, longer values or values in lower case, a token
 * in lower case among capitals, two null-like words among capitals (`NA` and `NULL` once each: two markers).
 * Refused too (wqa33): among capitals, values that are codes rather than names of words (under half hold a space:
 * tickers `AAPL`, SKUs `SKU-1001`) or a token with a marker's punctuation (`N/A`): a unique code column with one
 * `NULL` or `N/A` and empty cells mixes two markers; among keys, a sign (`-`, `?`) where no other key is a sign
 * (state codes `AL`, `AK` with one `-` and empty cells). why: those columns are as distinct as a list of names.
 */
export function valueTokensOf(counts: ReadonlyMap<string, number>, values: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (counts.size === 0 || values.length < MIN_VALUES || new Set(values).size !== values.length) return out;
  const keys = values.every((v) => v.length <= KEY_CHARS);
  const signs = values.some((v) => SIGN.test(v));
  const names = values.every((v) => CAPITALS.test(v)) && values.filter((v) => WORDS.test(v)).length * 2 >= values.length;
  for (const [t, n] of counts) {
    if (n !== 1) continue;
    if (keys && t.length <= KEY_CHARS && (signs || !SIGN.test(t))) out.add(t);
    else if (names && counts.size === 1 && NAME_WORD.test(t)) out.add(t);
  }
  return out;
}

/**
 * The spellings of "missing" less the field's value tokens met once in the whole file (a value met again past the
 * sample is a marker after all: the spelling stays).
 */
export function withoutValueTokens(spellings: Map<string, number>, values: ReadonlySet<string> | undefined): Map<string, number> {
  if (values === undefined || values.size === 0) return spellings;
  const out = new Map(spellings);
  for (const t of values) if (out.get(t) === 1) out.delete(t);
  return out;
}
