// Whether a first line whose number counts the lines below it (`11    elf` above 11 rows) is typed as they are: then it is one of them.
import { PLAIN_NUMBER } from "./number.js";
import { lazyRegExp } from "../lazy.js";

/** Rows below the first line needed before their types are evidence. */
const MIN_ROWS = 4;
// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
const LETTER = lazyRegExp("\\p{L}", "u");
/** Share of a column's cells that sets its kind. */
const SHARE = 0.8;

/**
 * True when the rows below (4 or more) are all of the first line's width and each column is numbers or words (a letter
 * in them) in 4 rows in 5 or more, and the first line's cell there is of that kind, one column of words at least. why: mcl's
 * `fznyy.tab` (`11    elf` above `22    tweeentwintig` … twelve lines) met countLine by chance, its first number
 * being the count of the lines below, and lost its first record as a preamble. Refused (the count line stays one):
 * a first line of another width (`6 grains ` above 3 numbers a row), a cell of another kind than its column (a
 * word over numbers, a number over words: PHYLIP's `5 13` over names and sequences), a number that does not open
 * its column's run (continuesColumn: `5 colours` above `255 red`), rows of several widths, no column of words,
 * fewer than 4 rows.
 */
export function countedRecord(first: string[], rows: string[][]): boolean {
  if (rows.length < MIN_ROWS || rows.some((r) => r.length !== first.length)) return false;
  const number = (c: string): boolean => PLAIN_NUMBER.test(c.trim());
  // why a letter: a cell of fixed columns may hold several numbers (`0.10 512.5`), which is no word
  const word = (c: string): boolean => LETTER().test(c) && !number(c);
  let words = 0;
  for (let k = 0; k < first.length; k++) {
    const numbers = rows.filter((r) => number(r[k])).length;
    const texts = rows.filter((r) => word(r[k])).length;
    if (numbers >= rows.length * SHARE) {
      if (!number(first[k]) || !continuesColumn(Number(first[k]), rows.map((r) => r[k]).filter(number).map(Number))) return false;
    } else if (texts >= rows.length * SHARE) {
      if (!word(first[k])) return false;
      words++;
    } else return false;
  }
  return words > 0;
}

/**
 * Whether `value` opens the column's run of numbers: they are in one order (rising or falling, the value keeping it)
 * and it stands no farther from the first than the widest step between them. why: a count line names what it counts
 * (`5 colours` above `255 red`, `128 green` …; `6<TAB>entries` above ids 101 to 106), typed as the rows below too;
 * read as a record, the count became one, silently. A record's own number continues its column (`7 seven` above
 * `14 fourteen`, `21 twenty-one`). Refused: numbers in no order, a value that breaks the order or jumps farther.
 */
function continuesColumn(value: number, values: number[]): boolean {
  const steps = values.slice(1).map((v, i) => v - values[i]);
  const rising = steps.every((d) => d >= 0);
  if (steps.length === 0 || !(rising || steps.every((d) => d <= 0))) return false;
  const gap = values[0] - value;
  return (rising ? gap >= 0 : gap <= 0) && Math.abs(gap) <= Math.max(...steps.map(Math.abs));
}
