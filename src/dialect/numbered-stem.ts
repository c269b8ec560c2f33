// Whether a one-column list's head is the bare stem its entries number (`sample` above `sample01`, `sample02`): a name.
/** Entries needed below the head: fewer may be a list that happens to open with a stem. */
const MIN_ENTRIES = 5;

/**
 * True when the head is letters only and every entry below (5 or more) is the head, maybe a `-`, `_` or `.`, then
 * digits (`sample` above `sample01` … `sample25`; `run` above `run_1`, `run_2`). why: the head names the ids it
 * stems; an entry of such a list carries its number like the others, so a bare stem is no entry. Sorted, the list
 * read the head as its first entry (opensSortedList: it sorts before `sample01` and shares its initial), one value
 * more and the column unnamed, silently. Refused: a head holding a digit or another sign (`sample0`, `sample-`), one
 * entry of another shape (`sample`, `sample1`, `sampler`: a word list), another stem in any case (`Sample`).
 */
export function numberedStem(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !/^\p{L}+$/u.test(head)) return false;
  return values.every((v) => v.startsWith(head) && /^[-_.]?\d+$/.test(v.slice(head.length)));
}
