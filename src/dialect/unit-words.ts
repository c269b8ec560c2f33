// A row of units written as plain words or symbols (`meters,us/f,g/cc`, `m,m,km`): no brackets, no numbers.
import { UNIT_SYMBOL } from "./header.js";
import { UNIT_WORD } from "./units-line.js";

/** Unit symbols UNIT_SYMBOL leaves out: imperial and physics units (`ft`, `psi`, `eV`), and a few more words. */
const MORE_UNITS = /^(?:ft|mi|yd|lbs?|oz|psi|rad|sr|[kM]?J|N|[kMG]?eV|k?cal|ohms?|Ω|yr|cc|feet|foot|inch(?:es)?|degrees?|radians?|percent|fraction|kelvin|celsius|(?:kilo|milli)?grams?|lit(?:er|re)s?|volts?|watts?|joules?|pascals?)$/i;

/** A token written as a unit: letters (µ, °, Ω too), an exponent digit, parts joined by `/`, `.`, `*`, `^` or `-` (`us/f`, `kg.m-3`, `m^2`). */
const UNIT_SHAPE = /^[A-Za-zµ°Ω%‰]{1,10}[23²³]?(?:[/.*^·-][A-Za-zµ°Ω]{0,10}-?[0-9²³]?)*$/;

/** Values that mean "missing" (`NA`, `n/a`, `NaN`, `none`): a record's, never a unit. */
const MISSING_WORD = /^(?:na|n\/a|nan|null|none|nil|missing|unknown|yes|no|true|false)$/i;

/** A unit as such: a symbol, a unit word, or a quotient of letters (`us/f`, `g/cc`, `km/h`). */
function knownUnit(c: string): boolean {
  return UNIT_SYMBOL.test(c) || UNIT_WORD.test(c) || MORE_UNITS.test(c) || /^[A-Za-zµ°]{1,6}\/[A-Za-zµ°]{1,6}[23²³]?$/.test(c);
}

/**
 * True when the row's cells read as units: two or more filled, every filled cell shaped as a unit and none a
 * missing-value word, and two or more (half of them or more) known units (`meters`, `us/f`, `g/cc` beside a
 * logging tool's own `gapi`, `ohmm`). The caller asks that every column under a unit be typed below (header.ts,
 * unitsRowBelow). why: mayavi's `example1.csv` has `depth,DT4P,…` above `meters,us/f,…,g/cc` above numbers; read as
 * the first record, every column was typed text, silently. Refused: cells with a digit or a space (`12`, `big box`),
 * `NA`/`n/a` rows, rows of one unit, rows of words that are no units (`low,high`).
 */
export function unitWordsRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  if (filled.length < 2 || !filled.every((c) => UNIT_SHAPE.test(c) && !MISSING_WORD.test(c))) return false;
  const known = filled.filter(knownUnit).length;
  return known >= 2 && known * 2 >= filled.length;
}
