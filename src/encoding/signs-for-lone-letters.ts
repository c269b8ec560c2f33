// Lone letters read as odd signs: an answer that reads as box drawing or a soft hyphen the bytes its runner-up reads as letters standing alone (`2d1š`) is a guess, warned.
import { highHalf } from "./high-half.js";
import { lettersAlone, readingOtherwise } from "./lone-letters.js";

/**
 * Characters no text or export writes between figures and letters: box drawing and block elements, the soft hyphen, C1
 * controls and bytes the page leaves undefined. why so few: `§ 12`, `© 2024`, `« »`, `¿` are written, and stay out.
 */
const ODD = /^[\u2500-\u259f\u00ad\u0080-\u009f\ufffd]$/u;

/** Whether page `name` reads some non-ASCII byte of `buf` as an ODD character. */
function readsOddSigns(buf: Uint8Array, name: string): boolean {
  const high = highHalf(name);
  for (const b of buf) if (b >= 0x80 && ODD.test(high[b - 0x80] ?? "\ufffd")) return true;
  return false;
}

/**
 * The pages to name beside `name` when `name` reads some non-ASCII byte as a character no export writes (ODD: box drawing, a soft hyphen) while the
 * best other single-byte candidate reads the bytes as letters standing alone (lone-letters.ts); else []. why: lettersAlone
 * counts the answer's own letters, so a page that reads the letters as signs escaped it: Serbian Latin ISO-8859-2 patterns
 * (`2d1ž`, `2d1š`) read cp857 `2d1¥`, `2d1╣` at 0.85, silently. Refused: answers that read every byte as a letter or a sign
 * (a `€ 12`, `± 0,5`, `§ 4` list, whose runner-up reads lone letters), and multi-byte pages.
 */
export function oddSignRivals(buf: Uint8Array, name: string, candidates: { name: string; score: number }[], multiByte: readonly string[], max: number): string[] {
  if (multiByte.includes(name) || lettersAlone(buf, name) || !readsOddSigns(buf, name)) return [];
  const others = readingOtherwise(buf, name, candidates, multiByte, max);
  return others.length > 0 && lettersAlone(buf, others[0]) ? others : [];
}
