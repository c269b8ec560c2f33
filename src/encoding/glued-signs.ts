// A sign glued between two figures that could as well be a house number's letter of another page (`15±2` is windows-1251 `15с2`), and the readings that make it a lower-case letter.
import { lazyRegExp } from "../lazy.js";

/** Signs that join two figures in a number's own shape: a range (`2019–2021`), a thousands space or Swiss ’ (`1’037`), a product (`2×6`), degrees and minutes (`45°30`). */
const JOINS_FIGURES = /^[–—\u00a0\u202f’×°]$/u;
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";

/**
 * Whether the reading `text` holds a non-ASCII sign glued between two figures other than JOINS_FIGURES' (`15±2`, `3½4`).
 * why: addresses write a building's letter between figures (Russian `15с2`, `5к1`: строение, корпус); windows-1251
 * `с` is cp850 `±`, so a Moscow address list whose only non-ASCII letter was that `с` was read cp850 `15±2`, silently.
 * Refused: the shapes of JOINS_FIGURES, and a sign with a blank or a letter on either side (loneSignAmbiguous and
 * signInPlace judge those).
 */
export function signGluedInFigures(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80 && isDigit(text[i - 1]) && isDigit(text[i + 1]) && !JOINS_FIGURES.test(text[i])) return true;
  }
  return false;
}

const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");

/**
 * Whether the reading `text` reads some high byte glued between two figures as a lower-case letter (`15с2`, `5к1`). why: a
 * building's letter in an address is lower case (строение, корпус); where a sign's reading is warned for it, the page that
 * reads it so is the one to name first: KOI8-R `15с2` was warned naming windows-1251 `15У2`, whose capital У the letter
 * model, blind to case, liked as well.
 */
export function lowerGluedInFigures(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80 && isDigit(text[i - 1]) && isDigit(text[i + 1]) && LOWER().test(text[i])) return true;
  }
  return false;
}
