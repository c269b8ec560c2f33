// A line of keywords each followed by its numbers (LAMMPS tables' `N 10000 R 0.0001 1.0`): settings, not names.
import { isKeyword } from "./setting-lines.js";
import { PLAIN_NUMBER as NUMBER } from "./number.js";

/**
 * True when the cells are two keywords or more, each followed by one number or more, and nothing else: the first
 * cell a keyword, no two keywords side by side (`N 10000 R 0.0001 1.0`, `N 181 FP 0 0 EQ 110.1`). why: a header
 * names columns with words; a line whose words each set the numbers after them is a setting of the table below it
 * (its length, its range). Refused: one keyword only (`id 2019 2020 2021`, a header of years), words side by side
 * (`name value 3`, a header), a number first (a record).
 */
export function keywordNumbersLine(cells: string[]): boolean {
  if (cells.length < 4 || !isKeyword(cells[0])) return false;
  let keywords = 0;
  for (let i = 0; i < cells.length; i++) {
    if (NUMBER.test(cells[i])) continue;
    if (!isKeyword(cells[i]) || i + 1 >= cells.length || !NUMBER.test(cells[i + 1])) return false;
    keywords++;
  }
  return keywords >= 2;
}
