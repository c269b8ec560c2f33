// A one-column head over answers that repeat (`allergies` above `peanuts`, `shellfish`, `peanuts`, …) names them.

/** Values below the head read at least, for their repeats to be evidence. */
const MIN_VALUES = 10;

/**
 * The head is met nowhere below (in any case), while the values below repeat: at most a third of them distinct, and
 * every distinct value but at most one met twice or more. why: a word list holds each entry once, so a first row
 * written like its entries is one more entry (wordList); a column of answers or categories (a survey export, a
 * status column) repeats a few values, and a first value of that column would be met again among them, so a head
 * that never recurs above recurring values is the column's name. Refused: fewer than MIN_VALUES values, values
 * mostly distinct (a list), the head among the values (`yes` above `no`, `yes`, `no`, …: the first answer), values
 * met once each beside a few repeats (a list with duplicates).
 */
export function nameOverAnswers(head: string, values: string[]): boolean {
  if (values.length < MIN_VALUES) return false;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.toLowerCase(), (counts.get(v.toLowerCase()) ?? 0) + 1);
  if (counts.has(head.toLowerCase()) || counts.size > values.length / 3) return false;
  return [...counts.values()].filter((n) => n === 1).length <= 1;
}
