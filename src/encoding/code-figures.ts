// A digit that ends a code glued to a letter (`a1`, `2d1`, `Q3`) is no figure: a high byte after it is no sign of a number.

const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;
const isLetter = (b: number | undefined): boolean => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;

/**
 * Whether the digit at `sample[i]` ends a run of digits that an ASCII letter opens (`a1`, `2d1`, `Q3`). why: a sign follows
 * a quantity (`3×`, `12€`, `21°`), not a code; hyphenation patterns cut words with figures (`a1č`, `2d1š`), and cp857 read
 * the Slovenian `a1č` as `a1×`, a product sign after a figure, silently. Only the side before the sign: digits followed by
 * letters are a quantity and its unit (`±12kg`).
 */
export function digitEndsCode(sample: Uint8Array, i: number): boolean {
  let j = i;
  while (j >= 0 && isDigit(sample[j])) j--;
  return j < i && isLetter(sample[j]);
}
