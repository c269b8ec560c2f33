// A hex literal (`0x0002c9020020e004`) above hex literals is a record's first cell: column names are not written so.

/** A C-style hex literal of 2 digits or more. */
const HEX_LITERAL = /^0[xX][0-9A-Fa-f]{2,}$/;

/**
 * True when the header cell and every value below it (one or more) are hex literals. why one value is enough: a
 * two-line export of hardware ids (Omni-Path's topology samples, `0x0002c9020020e004;bender hfi1_0;More details
 * about node` above one more such line) has no other column that tells a record from names, and read as a header
 * its first record was lost, silently; no name is written as `0x…`. Refused: a name above hex literals (`guid`), a
 * hex literal of another digit count than the values below (an offset `0x04` above 32-bit values), a hex literal
 * above other values (decimal ids, words), `0x` with fewer than 2 digits.
 */
export function hexLiteralLikeBody(cell: string, values: string[]): boolean {
  const digits = cell.trim().length;
  // why of the values' digit count: a register dump names its columns by short offsets (`Offset,0x00,0x04` above
  // `0x0010,0x1A2B3C4D,…`); read as a record, its header was lost, silently. Ids of one kind are written at one width
  return values.length >= 1 && HEX_LITERAL.test(cell.trim()) && values.every((v) => HEX_LITERAL.test(v.trim()) && v.trim().length === digits);
}
