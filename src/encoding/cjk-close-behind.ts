// A single-byte answer resting on a word or two of high bytes that a CJK page reads about as well: warned naming the CJK page, never silent.

/**
 * High bytes in the evidence at or under which a CJK reading close behind is a rival: two double-byte characters, a
 * two-syllable word (`복사`). why not three: a six-letter word carries its own letter pairs; an encoffice cp855
 * Serbian `Копија`, GB18030 under 8 nats behind, was warned though right with 6. On more, a real single-byte text's
 * words set the readings apart, and a real CJK text leads.
 */
export const THIN_CJK_BYTES = 4;

/** How many bytes of `evidence` are >= 0x80. */
function highBytes(evidence: Uint8Array): number {
  let n = 0;
  for (const b of evidence) if (b >= 0x80) n++;
  return n;
}

/** How many characters of `text` are not ASCII. */
function wideChars(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80) n++;
  return n;
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Whether some non-ASCII character of `text` touches an ASCII letter: a Latin accent read as a CJK character (`Gr條e`), no CJK word. */
function gluedToLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    if ((i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) || (i + 1 < text.length && isAsciiLetter(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/**
 * The CJK readings of `cjk` (best first) that trail `singleBest`, the best single-byte score, by less than `margin` nats,
 * when the evidence holds at most THIN_CJK_BYTES high bytes; else []. why: the single-byte answer's confidence is its
 * margin over the next single-byte reading only, so a CJK reading a hair behind it counted for nothing: one Korean
 * word in a podcast list (EUC-KR `복사`, 4 bytes among 156 KB of English) read as windows-874 `บนป็` at 0.60, EUC-KR
 * 0.6 nats behind, silently. Refused: evidence of more high bytes, readings that take a high byte as a character of its own or pair it with an
 * ASCII byte (Shift_JIS half-width `ｭ`, `ｷ` for a soft hyphen or `·` between figures: a lone sign, no word), readings
 * with a character touching an ASCII letter (Dutch `één`, German `Größe`, Portuguese `ções` read as hanzi: right
 * cp850 and windows-1252 answers of the encshelf set were warned without this), and CJK readings `margin` or more behind
 * (legacy.ts passes UNCERTAIN_MARGIN, 8, the single-byte readings' own: an ibm866 Ukrainian `Стан`, GB18030 8.5 behind).
 */
export function cjkCloseBehind<R extends { text: string; score: number }>(cjk: R[], singleBest: number, evidence: Uint8Array, margin: number): R[] {
  const high = highBytes(evidence);
  if (high > THIN_CJK_BYTES) return [];
  // why every high byte in a double-byte character: the words are then whole CJK characters, as the bytes of `복사` are
  return cjk.filter((r) => r.score <= singleBest && singleBest - r.score < margin && 2 * wideChars(r.text) === high && !gluedToLatin(r.text));
}
