// Whether the first pair of a two-column text list (`Algeria:Algiers`, a quiz or mapping file) is one more pair.
import { outsideValueLengths } from "./name-beside-value.js";

/** Marks of a list's own notation (`{I }found`, `ants:colony|hill`, `V[ell|iej]a`), which column names do not hold. */
const NOTATION = /[{}[\]|]/g;

/** The head holds a notation mark that 2 or more values of its column hold too (`{the }sparrow` above `{the }cat`). */
function notationLikeValues(head: string, values: string[]): boolean {
  const marks = new Set(head.match(NOTATION) ?? []);
  return [...marks].some((m) => values.filter((v) => v.includes(m)).length >= 2);
}

/** `a` sorts after `b`, letter case and accents aside (`Guinea` after `Guinea-Bissau` does not). */
export const after = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: "base" }) > 0;

/** `a` and `b` open with one letter, case and accents aside (`a` and `Å`). */
export const sameInitial = (a: string, b: string): boolean => a.charAt(0).localeCompare(b.charAt(0), undefined, { sensitivity: "base" }) === 0;

/** The values are in the order `later` tells, 9 in 10 steps or more. why not all: hand-kept lists hold an entry out of place. */
export function inOrder(values: string[], later: (a: string, b: string) => boolean): boolean {
  return values.slice(1).filter((v, i) => later(values[i], v)).length <= (values.length - 1) * 0.1;
}

/**
 * The head cell of a first column in alphabetical order (9 in 10 steps; why not all: quiz lists end with an entry out
 * of place) of 10 or more values sorts before the first of them and opens with its letter (`Algeria` above `Angola`,
 * `Benin`, …): the list's first entry. why the letter: a name sorts anywhere, and one sorting before the values
 * (`Country` above `France`) seldom shares the first value's initial too.
 */
export function opensSortedColumn(head: string, values: string[]): boolean {
  return values.length >= 10 && !after(head, values[0]) && sameInitial(head, values[0]) && inOrder(values, after);
}

/**
 * True when the head of a two-column all-text list is one more pair by what it holds: one of its cells is a value of
 * the list (`manco capac:sinchi roca` above `sinchi roca:lloque yupanqui`, a chain), or holds the values' notation
 * marks (`Cock Robin:{the }sparrow`), unless the other cell is of no value's length (outsideValueLengths). why: two text columns alone tell nothing (`Country,Capital` above
 * `France,Paris`); a name is neither one of the values nor written in their notation, and read as names it is lost.
 */
export function pairMarkedLikeBody(head: string[], columns: string[][]): boolean {
  if (head.length !== 2) return false;
  const values = new Set(columns.flat());
  // why not beside a cell of no value's length (`alpha2,English` above `aa,Afar`): that cell is a name, the row a header
  return head.some((h, c) => (values.has(h) && !outsideValueLengths(head[1 - c], columns[1 - c])) || notationLikeValues(h, columns[c]));
}

/**
 * True when every cell of the first row (two or more, all distinct) is a key of the first column below, whose values
 * are all distinct (3 rows or more of the row's width): `English,French` above `English,Anglais`, `French,Français`, ….
 * A record pairs a key with its value and opens a key the list holds once; a row of two keys is the columns' names
 * (the languages of a word list, the currencies of a rate list). why both cells: a first key written twice alone is a
 * sorted list's repeated first entry (`a,1` above `a,2`), and a chain's head (`a:b` above `b:c`) opens no key below.
 */
export function keysAsNames(head: string[], rows: string[][]): boolean {
  const firsts = rows.filter((r) => r.length === head.length).map((r) => r[0]);
  const keys = new Set(firsts);
  return head.length >= 2 && firsts.length >= 3 && keys.size === firsts.length && new Set(head).size === head.length &&
    head.every((h) => h !== "" && keys.has(h));
}
