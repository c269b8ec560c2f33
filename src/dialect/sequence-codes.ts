// Nucleotide codes (`AAAGCCAC`, a sample barcode; `acgtnacg`): letters only, yet values, not column names.

/** Eight letters or more of the nucleotide alphabet, in one case. why 8: barcodes are 6 to 16; no name is 8 of ACGTUN. */
const SEQUENCE = /^(?:[ACGTUN]{8,}|[acgtun]{8,})$/;

/**
 * True when the cell is a nucleotide code of two letters or more (`AAAGCCAC`). why the second letter: a run of one
 * letter (`AAAAAAAA`, `NNNNNNNN`) is a placeholder or a mask as often as a code.
 */
export function sequenceCode(cell: string): boolean {
  return SEQUENCE.test(cell) && new Set(cell).size >= 2;
}

/** True when every filled cell of a line is a nucleotide code (`AAAGCCAC`; `AAAGCCAC<TAB>CCGTAAGG`), one at least. */
export function sequenceCodeLine(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  return filled.length > 0 && filled.every(sequenceCode);
}
