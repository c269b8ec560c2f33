// Whether a cell is two or more decimal numbers side by side (`40.7142691 -74.0059738`), not one number grouped by blanks (`1 000`).

const NUMBER = String.raw`[-+]?\d*\.\d+(?:[eE][-+]?\d+)?`;
const PAIR = new RegExp(`^${NUMBER}(?:[ \\t]+${NUMBER})+$`);
/** Digits grouped in threes by blanks, the way the header's number pattern reads a blank inside a number. */
const GROUPED = /^[-+]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?%?$/;

/**
 * True for a cell of numbers with a decimal point each, parted by blanks, that no thousands grouping explains. why: the header's number pattern
 * lets blanks stand inside a number (`1 000`), so a coordinate pair read as one cell (`52.3730840 4.8999023`, the TAB
 * table `places_for_gps.tsv` of sxmo-utils) was a number when its second value was positive and text when negative
 * (`40.7142691 -74.0059738`): the first record, a negative pair above mostly positive ones, was text above numbers
 * and read as the header (a record lost, no warning). Refused (still one number): `1 000`, `12 345 678,5`, a lone number;
 * whole numbers side by side (`45 756`, a PHYLIP count line read whole in a one-column list, `30 82 01 50` hex bytes),
 * which as one cell stay numbers as on main.
 */
export function numberPair(cell: string): boolean {
  return PAIR.test(cell) && !GROUPED.test(cell);
}
