// Lines that set named numbers (`max 4095`, `amb 1.0`) above the notes and the records of a table of numbers.
import { NON_FINITE, NULL_LIKE } from "../schema/tokens.js";
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/** A keyword (`max`, `xMax`, `amb`) or a number of a table of numbers (`4095`, `-0.5`, `1e-3`). */
const KEYWORD = /^[A-Za-z_][\w.-]*$/;

/**
 * A setting's name: a word, not a spelling of no value or of a non-finite number. why: a table of numbers writes
 * `nan 0.5`, `NA 3`, `inf 1` as records, and skipped as a setting such a first record was lost.
 */
export function isKeyword(cell: string): boolean {
  return KEYWORD.test(cell) && !NOT_NAMES.has(cell.toLowerCase());
}

/** The null and non-finite spellings, in lower case (`na`, `nan`, `inf`, `null`). */
const NOT_NAMES: ReadonlySet<string> = new Set([...NULL_LIKE, ...NON_FINITE].map((t) => t.toLowerCase()));

/** Fewest records under the block. */
const MIN_RECORDS = 3;

/**
 * The index of the first record under a block of setting lines, two cells each, a keyword and a number (`max 4095`),
 * among notes and blank lines, with a note between the last setting and the records; 0 when the rows do not start so.
 * The records (3 or more, two cells or more) must be numbers only. why: dcmtk's `.lut` files (`max 4095`, `# DDL
 * LumVal`, then `0 11.588656` rows) were read with the setting as the header (`max`, `4095`), and the next settings
 * (`amb 1.0`) as records. why a note under it: a header stands right above its records; a line parted from them by a
 * note heads nothing, while `year 2024` right above numbers may name their columns, and keeps that reading.
 */
export function settingBlock(rows: string[][], commented: boolean[]): number {
  let settings = 0;
  let noteUnder = false;
  let k = 0;
  for (; k < rows.length; k++) {
    const cells = rows[k];
    if (commented[k]) noteUnder = settings > 0;
    else if (cells.length === 2 && isKeyword(cells[0]) && NUMBER.test(cells[1])) { settings++; noteUnder = false; }
    else if (!cells.every((c) => c === "")) break;
  }
  if (settings === 0 || !noteUnder) return 0;
  const records = rows.slice(k).filter((cells, i) => !commented[k + i] && !cells.every((c) => c === ""));
  return records.length >= MIN_RECORDS && records.every((cells) => cells.length >= 2 && cells.every((c) => NUMBER.test(c))) ? k : 0;
}
