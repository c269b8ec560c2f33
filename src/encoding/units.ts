// Whether the legacy evidence is a units export's signs (`°C`, `µg`, `m³`, `±0`): short words of one sign each, no words of text.

/** Distinct high bytes a units export holds at most (°, µ, ², ³, ±, ½, ×, a no-break space…). */
const UNIT_BYTE_VALUES = 8;
/** ASCII letters a unit's word holds at most (`km²`, `°C`, `µg`): more is a word of text. */
const UNIT_LETTERS = 2;

/**
 * Whether every word of `evidence` (one a line) holds one high byte and at most UNIT_LETTERS ASCII letters, and the words
 * hold at most UNIT_BYTE_VALUES distinct high bytes. why: a sensor export's `°C;µg/m³;±0,5` is four distinct signs, too
 * many for fewSigns and fewHighBytes, so the signs rule stood aside and windows-1250 (`mł`) or windows-1252 (`¡C` for a
 * Mac Roman `°C`) warned on right answers; words this short are units, and the signs rule still asks the reading to read
 * each byte as a sign in a unit's shape (allSignsInPlace). Refused: a word of text (`młody`, three ASCII letters and more), two
 * high bytes in a word (`ĄŁ`, a CJK character), more byte values than signs an export writes.
 */
export function unitSignWords(evidence: Buffer): boolean {
  const values = new Set<number>();
  let words = 0;
  let high = 0;
  let letters = 0;
  for (const b of evidence) {
    if (b === 0x0a) {
      if (high !== 1 || letters > UNIT_LETTERS) return false;
      words++;
      high = 0;
      letters = 0;
    } else if (b >= 0x80) {
      high++;
      values.add(b);
    } else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
  }
  return words > 0 && high === 0 && values.size <= UNIT_BYTE_VALUES;
}
