// An alias map's first entry (`1pctCo2 1pctCO2` above `amip+ amip+`): a row naming one word twice, as most rows do.

/** Fewest body rows that map a word to itself (ignoring case) for the table to read as an alias map. */
const MIN_SAME = 3;

const same = (a: string, b: string): boolean => a !== "" && a.toLowerCase() === b.toLowerCase();

/**
 * True when a two-column first row holds one word twice, ignoring case (`1pctCo2 1pctCO2`), and half the rows below
 * or more (3 at least) do too (`amip+ amip+`, `abrupt4xco2 abrupt4xCO2`). why: a header names two different
 * columns with two different names; a row naming one word twice is an entry of a map from spellings to a canonical
 * one, where most entries map a word to itself. Read as a header it was lost, with no word (drslib's CMIP5
 * `expt_id_mapping.txt`). Refused: two different words (`old new`), a body where fewer than half the rows repeat a
 * word, a table of another width.
 */
export function aliasPairEntry(head: string[], columns: string[][]): boolean {
  if (head.length !== 2 || !same(head[0], head[1])) return false;
  const rows = columns[0].length;
  const repeated = columns[0].filter((v, r) => same(v, columns[1][r])).length;
  return repeated >= MIN_SAME && repeated * 2 >= rows;
}
