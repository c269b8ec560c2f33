// A first row whose two text cells are one word (`A|Addiction|Addiction`), above rows that repeat a word there too: a record.
import { unicodeOrAscii } from "../lazy.js";

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
 * than a third of the rows or than 2 repeating it, the same few words repeated (flags), numbers or empty cells.
 */
export function identityPairLikeBody(head: string[], body: string[][]): boolean {
  if (body.length < MIN_REPEATS) return false;
  for (let i = 0; i < head.length; i++) {
    if (!WORD.test(head[i])) continue;
    for (let j = i + 1; j < head.length; j++) {
      if (head[j] !== head[i]) continue;
      const repeats = body.filter((r) => r[i] !== undefined && r[i] === r[j] && WORD.test(r[i])).map((r) => r[i]);
      // why distinct words: flags repeat by chance (`TRUE` under two `grid?` columns of CMIP5_models.csv, whose
      // atmosphere and ocean groups name their columns alike); an entry that spells itself out is its own word
      const distinct = new Set(repeats).size;
      if (repeats.length >= MIN_REPEATS && repeats.length >= body.length * MIN_SHARE && distinct * 2 >= repeats.length) return true;
    }
  }
  return false;
}
