// A commented `units` line (`# units Angstroms`) declares the values' unit; it names no column.
import { UNIT_SYMBOL } from "./header.js";

/** Unit words written out, as line lists and spectra state them (`Angstroms`, `microns`, `pixels`). */
export const UNIT_WORD = /^(?:angstroms?|å|nanometers?|nanometres?|microns?|micrometers?|micrometres?|meters?|metres?|pixels?|seconds?|hertz|jansky|jy|ergs?|counts?|magnitudes?|mag)$/i;

/**
 * True when the words are `units` (or `unit`, a `:` or `=` after it or standing alone) followed by units only: unit
 * symbols (`nm`, `Hz`, `%`) or unit words (`Angstroms`). why: IRAF's line lists open with `# units Angstroms` above
 * `3187.743  HeI` rows; two words above two columns, it was read as a commented header naming them `units` and
 * `Angstroms` (silent). What it refuses (the names kept): a word after `units` that is no unit (`# units price`
 * above counts and prices), a line not led by `units` (`# wave flux`); and commentedHeader takes it for a declaration
 * only over a first column of numbers (`# unit count` over `ICU  12` names a column of wards and their counts).
 */
export function unitsDeclaration(names: string[]): boolean {
  const words = names.filter((n) => n !== ":" && n !== "=");
  if (words.length < 2 || !/^units?[:=]?$/i.test(words[0])) return false;
  return words.slice(1).every((w) => UNIT_SYMBOL.test(w) || UNIT_WORD.test(w));
}
