// A first row whose two text cells are one word (`A|Addiction|Addiction`), above rows that repeat a word there too: a record.
import { unicodeOrAscii } from "../lazy.js";
import { GENERIC, shape } from "./body-like-row.js";

/** Fewest body rows repeating their word in the pair, and the share of the rows compared. */
const MIN_REPEATS = 2;
const MIN_SHARE = 1 / 3;

/** A word, not a number or a missing value: names and abbreviations repeat as text (made at first use, see lazy.ts). */
const WORD = unicodeOrAscii(String.raw`\p{L}`, "u");

/**
 * True when two cells of the first row hold one and the same word, and a third of the rows below or more (2 or more)
 * hold one word in both of those columns too: an abbreviation table's entry whose short form is its full form
 * (cb2bib's `abbreviations.txt`, `A|Addiction|Addiction` above `A1|Adicciones|Adicciones`, `A3|Adsorption|Adsorption:
 * Journal of …`), not names. why: identityRowLikeBody asks every cell to repeat the word, and a key column beside the
 * pair kept the row a header: the first record was lost, and its repeated word was a `header-duplicate` error.
 * Refused: a pair that no row below repeats (a header naming two columns alike keeps its `header-duplicate`), fewer
 * than a third of the rows or than 2 repeating it, the same few words repeated (flags), numbers or empty cells, a head
 * naming two pairs alike at one distance (a join) or holding a word above a column of numbers (joinedTables, nameAboveNumbers),
 * or a cell beside the pair that names its column (namesItsColumn: `code,label,label` above `CA,Canada,Canada`).
 */
export function identityPairLikeBody(head: string[], body: string[][]): boolean {
  if (body.length < MIN_REPEATS || joinedTables(head) || nameAboveNumbers(head, body)) return false;
  for (let i = 0; i < head.length; i++) {
    if (!WORD.test(head[i])) continue;
    for (let j = i + 1; j < head.length; j++) {
      if (head[j] !== head[i]) continue;
      const repeats = body.filter((r) => r[i] !== undefined && r[i] === r[j] && WORD.test(r[i])).map((r) => r[i]);
      // why distinct words: flags repeat by chance (`TRUE` under two `grid?` columns of CMIP5_models.csv, whose
      // atmosphere and ocean groups name their columns alike); an entry that spells itself out is its own word
      const distinct = new Set(repeats).size;
      if (repeats.length >= MIN_REPEATS && repeats.length >= body.length * MIN_SHARE && distinct * 2 >= repeats.length) return !besideNames(head, body, i, j);
    }
  }
  return false;
}

/** Whether a head cell beside the pair (not `i`, not `j`) names its column (namesItsColumn). */
function besideNames(head: string[], body: string[][], i: number, j: number): boolean {
  return head.some((cell, c) => c !== i && c !== j && namesItsColumn(cell, body.map((r) => r[c] ?? "")));
}

/**
 * Whether a cell names the column below it: a column noun (`code`, `ID`), or a word of a shape no value has that
 * opens none of them (`Kürzel` above `AT`, `CA`). why: a bilingual table names its two label columns alike
 * (`code,label,label`) and many labels are one word in both languages (`CA,Canada,Canada`), so the pair alone read
 * its header as a record, silently; an abbreviation table's entry beside the pair is a value of its column (`A` opens
 * `A1`, `A2`; `B7` is shaped as `B1`). Refused: a cell shaped as some value (`mache` beside `leuchte`) or opening one.
 */
function namesItsColumn(cell: string, values: string[]): boolean {
  if (cell === "" || !WORD.test(cell)) return false;
  if (GENERIC.test(cell)) return true;
  return !values.some((v) => shape(v) === shape(cell) || (v.length > cell.length && v.startsWith(cell)));
}

/** NUMBER: a value of a numeric column (`42`, `-3.5`, `1e3`). */
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Whether two names or more occur twice in the head, each at the same distance from its first (`id,name,city,id,name`:
 * 3 and 3), and no name thrice. why: an export of two tables joined on a key repeats the key's columns in their order,
 * names and values alike (`name` above `Alice`, `Alice` on every row); an entry of an abbreviation table repeats one
 * word, and a verb's forms (`erleuchten,erleuchte,…`: pattern's `de-verbs.txt`) repeat words thrice and at no one distance.
 */
function joinedTables(head: string[]): boolean {
  const at = new Map<string, number[]>();
  head.forEach((cell, i) => { if (cell !== "") at.set(cell, [...(at.get(cell) ?? []), i]); });
  const repeated = [...at.values()].filter((places) => places.length > 1);
  if (repeated.length < 2 || repeated.some((places) => places.length > 2)) return false;
  return new Set(repeated.map(([first, second]) => second - first)).size === 1;
}

/** Whether a head cell holding a letter stands above a column of numbers only (`score` above `88`, `75`): a name. */
function nameAboveNumbers(head: string[], body: string[][]): boolean {
  return head.some((cell, c) => WORD.test(cell) && !NUMBER.test(cell) && body.every((r) => r[c] !== undefined && NUMBER.test(r[c].trim())));
}
