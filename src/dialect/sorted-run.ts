// A head opening a strictly sorted run at the top of a one-column list whose later entries nest out of order: its first entry.
import { sameInitial } from "./pair-list.js";

/** Entries of the run under the head. why 15: a run of 15 in order does not happen by chance; a shorter one may. */
const MIN_RUN = 15;

/** Entries the list holds below the head (the rows read to decide). why 20: a short list sorts by chance. */
const MIN_ENTRIES = 20;

/**
 * Whether every entry opens with the head and goes on (`SKU` above `SKU-0001`, `SKU-0002`, …, `SKU-1005`):
 * entries named after their column, whose name sorts first as a prefix sorts before what extends it. why: a run so
 * ordered is the numbering of the entries, not evidence that the head is one; a list whose head is an entry (`BAR`
 * above `BARCLAYS`, `BASE`) soon holds entries it does not open.
 */
const prefixOfAll = (head: string, values: string[]): boolean => values.every((v) => v.length > head.length && v.startsWith(head));

/** Letter case of a cell's letters: all capitals, all small, or mixed/none. */
function letterCase(cell: string): "upper" | "lower" | "mixed" {
  if (!/\p{L}/u.test(cell)) return "mixed";
  if (cell === cell.toUpperCase()) return "upper";
  return cell === cell.toLowerCase() ? "lower" : "mixed";
}

/**
 * True when the head and the first 15 entries below it or more sort strictly ascending by code point, the head shares
 * the first entry's initial, and head and run are written in one letter case (`AAA` above `AARP`, `ABB`, …, `ADULT`,
 * then `AC.AE`, `CO.AE`: a TLD list with each TLD's second-level domains after it). why a run, not the whole list:
 * such a list is sorted by its main entries only, with sub-entries nested after each, so opensSortedList's 9 steps in
 * 10 fail; 15 steps in order from the top are no chance. why one case: a name in another case than the entries
 * (`Domain` above `aaa`) sorts apart from them by case alone. Refused: a run shorter than 15, a head sorting after the
 * first entry (`TLD` above `AAA`), another initial, a list under 20 entries; a head every entry opens with (prefixOfAll);
 * generic names never reach here.
 */
export function opensSortedRun(head: string, values: string[]): boolean {
  if (values.length < MIN_ENTRIES || !sameInitial(head, values[0]) || prefixOfAll(head, values)) return false;
  const run = [head, ...values.slice(0, MIN_RUN)];
  const form = letterCase(head);
  if (form === "mixed" || run.some((v) => letterCase(v) !== form)) return false;
  return run.every((v, i) => i === 0 || run[i - 1] < v);
}
