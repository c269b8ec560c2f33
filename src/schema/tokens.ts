// Null-like and non-finite spellings: the tokens ingest-check treats as "missing, but not declared so".

/**
 * Spellings that people and tools write for "no value". A cell holding one of these in a typed
 * field that does not declare it in `missingValues` is an `ambiguous-null`.
 * why: exact spellings, not a case-insensitive match, so a real word like "Nil" in a name column
 * is still recognised but "na" (a word in several languages) and "none" in prose are not guessed at.
 */
export const NULL_LIKE: ReadonlySet<string> = new Set([
  "NULL", "null", "Null", "(null)", "(NULL)", "<null>", "<NULL>",
  "N/A", "n/a", "N/a", "#N/A", "#NA", "#N/A N/A", "N.A.", "n.a.", "NA", "<NA>",
  // why: "not known", the UK spelling (official statistics, registers, survey exports: `43090,N/K,"Paris, Texas"`)
  "N/K", "n/k",
  "NaN", "nan", "NAN", "NaT", "nat",
  "None", "NONE", "none", "nil", "Nil", "NIL", "undefined", "UNDEFINED",
  "-", "--", "---", "?", "??", ".", "\\N",
]);

/** Longest token in NULL_LIKE: a longer cell is never null-like (saves a hash lookup per cell). */
export const NULL_LIKE_MAX_LENGTH = 9;

/** Non-finite number spellings (Table Schema's NaN / INF / -INF, and the usual variants). */
export const NON_FINITE: ReadonlySet<string> = new Set([
  "NaN", "nan", "NAN",
  "INF", "inf", "Inf", "+INF", "+inf", "+Inf", "-INF", "-inf", "-Inf",
  "Infinity", "+Infinity", "-Infinity", "infinity", "+infinity", "-infinity",
]);

/**
 * FIRST_CHAR[c] = 1 when some null-like or non-finite token starts with char code c (< 128).
 * why: most cells start with a letter or digit no token starts with; one array read skips hashing them.
 */
export const TOKEN_FIRST_CHAR = new Uint8Array(128);
for (const t of [...NULL_LIKE, ...NON_FINITE]) TOKEN_FIRST_CHAR[t.charCodeAt(0)] = 1;

/** True when the cell may be a null-like or non-finite token (a cheap filter before the set lookups). */
export function mayBeToken(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length <= NULL_LIKE_MAX_LENGTH && c < 128 && TOKEN_FIRST_CHAR[c] === 1;
}

export function isNullLike(text: string): boolean {
  return text.length <= NULL_LIKE_MAX_LENGTH && NULL_LIKE.has(text);
}

/** The value a non-finite spelling stands for (NaN, Infinity or -Infinity). */
export function nonFiniteValue(text: string): number {
  if (/^[+-]?nan$/i.test(text)) return NaN;
  return text.charCodeAt(0) === 45 ? -Infinity : Infinity;
}
