// A header naming columns by levels (`Div  NumDataPts  0.5  0.75 … 0.9999`): its numbers are names beside words over numbers.

/** A plain number as a level or a value is written (`0.5`, `12`, `-3.25`, `1e-3`). */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A word: opens with a letter, and is no missing-value or non-finite spelling (`NA`, `null`, `nan`, `Inf`). */
const WORD = /^[A-Za-z]/;
// why infinities: `Inf`, `Infinity` are numbers R and numpy write (a record's non-finite values), no names
const MISSING = /^(?:na|n\/a|null|none|nan|inf|infinity)$/i;

/** Fewest words over number columns, levels in the run, and body rows compared. */
const MIN_WORDS = 2;
const MIN_LEVELS = 3;
const MIN_ROWS = 3;

/**
 * Positions of head numbers that are column names: a run of 3 or more side by side, each greater than the one before
 * (quantile levels `0.5 0.75 0.9 … 0.9999`, depths, wavelengths), beside 2 words or more that each stand above a
 * column of numbers only (`Div` above `1`, `2`, `3`; `NumDataPts` above `5971`, …), in 3 body rows or more. why: a
 * word above numbers only is a name, and a record holds none there; two of them make the row names, and its numbers
 * the names of the other columns. Counted as numbers above numbers they outvoted the words (WigeoN's
 * `DE_quantiles.dat`: the header read as a record, silently). Refused: one word only, a word above a column holding
 * text, numbers not rising, or cut by a word, fewer than 3 of them or 3 rows.
 */
export function levelNames(head: string[], body: string[][]): Set<number> {
  if (body.length < MIN_ROWS) return new Set();
  const at = head.flatMap((c, i) => (NUMBER.test(c) ? [i] : []));
  if (at.length < MIN_LEVELS || at.some((p, j) => j > 0 && p !== at[j - 1] + 1)) return new Set();
  if (at.some((p, j) => j > 0 && Number(head[p]) <= Number(head[at[j - 1]]))) return new Set();
  const overNumbers = head.filter((c, i) => WORD.test(c) && !MISSING.test(c) && body.every((r) => NUMBER.test((r[i] ?? "").trim())));
  return overNumbers.length >= MIN_WORDS ? new Set(at) : new Set();
}
