// An anchored regular expression (`^di$`) above a column of regular expressions is a record's first cell, not a name.

/** Anchored at the start (`^di$`, `(^|[ae])u`): a pattern, as no column name is written. why not by a closing `$`:
 * a name may end in one (`US$`, `Price ($)`). */
const ANCHORED = /^\(?\^/;
/** Regular-expression syntax: an anchor, a character class, a class escape or back-reference, a group of alternatives. */
const PATTERN = /^\(?\^|[^\\]\$\)?$|\[[^\]\s]+\]|\\[wdsWDSb1-9]|\([^)]*\|[^)]*\)/;
const MIN_VALUES = 3;

/**
 * True when the header cell is a pattern anchored at its start (`^di$`, `(^i…`) and two thirds of the values below it
 * or more (3 or more) are patterns too (`^do$`, `(^u([aā…]);v\1`, `[aā]e`). why: a table of rewrite rules
 * (collatinus's `parpos.txt`, `^di$;dī` above `^do$;dō`) is all text, so nothing else told its first rule from names,
 * and it was lost as a header with no warning. Refused: a cell not anchored at its start (`[unit]`, `US$`, `Price
 * ($)`: names may hold brackets or a `$`), values that are mostly not patterns, fewer than 3 values.
 */
export function regexPatternLikeBody(cell: string, values: string[]): boolean {
  if (values.length < MIN_VALUES || !ANCHORED.test(cell.trim())) return false;
  return values.filter((v) => PATTERN.test(v.trim())).length * 3 >= values.length * 2;
}
