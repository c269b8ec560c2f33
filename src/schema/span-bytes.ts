// The span tests' scanners on the bytes of an ASCII line (LineRecord.bytes), the same answers as their charCodeAt forms.
//
// why bytes: in V8's optimised code a charCodeAt on the chunk's string costs ~26 instructions (a dispatch on the
// string's representation and a bounds check every time); a Uint8Array element ~6. On an ASCII text byte i is
// character i, so a scanner reads the same codes from either (README, "Per-core speed, nineteenth step").
// test/schema/span-bytes.test.ts checks each against its string form.
import { daysInMonth } from "./parsers.js";

/** spanInteger (parsers.ts) on b[a, z): the value, or NaN (not an integer, or more than 15 characters: not decided). */
export function spanIntegerB(b: Uint8Array, a: number, z: number): number {
  const n = z - a;
  if (n === 0 || n > 15) return NaN;
  let i = a, neg = false;
  const c0 = b[a];
  if (c0 === 45 || c0 === 43) { neg = c0 === 45; i++; if (n === 1) return NaN; }
  let v = 0;
  for (; i < z; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return neg ? -v : v;
}

/** spanNumber (parsers.ts) on b[a, z): digits with an optional sign and point, up to 15 characters (false: not decided). */
export function spanNumberB(b: Uint8Array, a: number, z: number): boolean {
  const n = z - a;
  if (n === 0 || n > 15) return false;
  let i = a, c = b[a], digits = 0;
  if (c === 43 || c === 45) i++;
  for (; i < z; i++) {
    c = b[i];
    if (c < 48 || c > 57) break;
    digits++;
  }
  if (i < z && c === 46) {
    for (i++; i < z; i++) {
      c = b[i];
      if (c < 48 || c > 57) break;
      digits++;
    }
  }
  return digits > 0 && i === z;
}

/** isoDateOk (parsers.ts) on the bytes from i: a strict YYYY-MM-DD that is a real calendar date. */
export function isoDateOkB(b: Uint8Array, i: number): boolean {
  const y0 = b[i] - 48, y1 = b[i + 1] - 48, y2 = b[i + 2] - 48, y3 = b[i + 3] - 48;
  if (!(y0 >= 0 && y0 <= 9 && y1 >= 0 && y1 <= 9 && y2 >= 0 && y2 <= 9 && y3 >= 0 && y3 <= 9)) return false;
  if (b[i + 4] !== 45 || b[i + 7] !== 45) return false;
  const m0 = b[i + 5] - 48, m1 = b[i + 6] - 48, d0 = b[i + 8] - 48, d1 = b[i + 9] - 48;
  if (!(m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9 && d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9)) return false;
  const m = m0 * 10 + m1, d = d0 * 10 + d1;
  return m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m));
}

/**
 * A list of strings by length (span-plan.ts byLengthOf) as codes: [n][k] the k-th value of n units as an Int32Array.
 * why codes, not the strings: comparing with a string reads it by charCodeAt too. A value with a character above
 * U+007F is kept (an ASCII range never equals it: its code is never a byte of an ASCII line).
 */
export function codesByLength(byLength: readonly (readonly string[])[]): Int32Array[][] {
  let codes = madeCodes.get(byLength);
  if (codes === undefined) {
    codes = byLength.map((vs) => vs.map((v) => {
      const c = new Int32Array(v.length);
      for (let i = 0; i < v.length; i++) c[i] = v.charCodeAt(i);
      return c;
    }));
    madeCodes.set(byLength, codes);
  }
  return codes;
}

/** why kept per list: the made row functions are shared by constants (span-row.ts), so a list gives the same codes each time. */
const madeCodes = new WeakMap<readonly (readonly string[])[], Int32Array[][]>();

/** oneOf (span-plan.ts) on b[a, z) against codesByLength's lists. */
export function oneOfB(byLength: Int32Array[][], b: Uint8Array, a: number, z: number): boolean {
  const n = z - a;
  if (n >= byLength.length) return false;
  const candidates = byLength[n];
  for (let k = 0; k < candidates.length; k++) {
    const v = candidates[k];
    let i = 0;
    while (i < n && b[a + i] === v[i]) i++;
    if (i === n) return true;
  }
  return false;
}

/** classRun (span-plan.ts) on b[a, z): min..max characters, each in the table. */
export function classRunB(table: Uint8Array, min: number, max: number, b: Uint8Array, a: number, z: number): boolean {
  const n = z - a;
  if (n < min || n > max) return false;
  for (let i = a; i < z; i++) {
    const c = b[i];
    if (c >= 128 || table[c] === 0) return false;
  }
  return true;
}

/**
 * EMAIL_FAST_RE (parsers.ts) on exactly b[a, z): runs of [A-Za-z0-9_'+-] joined by single dots, not ending in "'",
 * then '@', then labels of [A-Za-z0-9-] that start with a letter or digit, each followed by a dot, then two letters
 * or more. why not the sticky RegExp here: its call and the match info it stores cost ~300 instructions a cell
 * besides the match; why comparisons, not a class table: a lower-case letter or a digit, most of an address, is
 * decided by the first two (measured in place: ~14 % fewer instructions; README, "Per-core speed, nineteenth step").
 */
export function emailB(b: Uint8Array, a: number, z: number): boolean {
  let i = a;
  for (; i < z; i++) {
    const c = b[i];
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c === 46) {
      if (i === a || b[i - 1] === 46) return false; // a leading dot, or two
      continue;
    }
    if (c === 64) break;
    if (!((c >= 65 && c <= 90) || c === 95 || c === 39 || c === 43 || c === 45)) return false;
  }
  if (i >= z || i === a || b[i - 1] === 46 || b[i - 1] === 39) return false; // no '@', nothing before it, a final '.' or "'"
  // the domain: s is where the current label starts; tld: the label so far is letters only
  let s = i + 1, dots = 0, tld = true;
  for (i = s; i < z; i++) {
    const c = b[i];
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c === 46) {
      if (i === s) return false; // an empty label
      s = i + 1;
      dots++;
      tld = true;
    } else if ((c >= 48 && c <= 57) || (c === 45 && i > s)) tld = false;
    else return false;
  }
  return dots > 0 && z - s >= 2 && tld;
}

/**
 * The common datetime shapes on b[a, z), YYYY-MM-DDThh:mm:ss with or without a final Z: true only where
 * spanIsoDatetime is (false says nothing: the RegExp and the scanner decide). why: the same as emailB.
 */
export function isoDatetimeFixedB(b: Uint8Array, a: number, z: number): boolean {
  const n = z - a;
  if (n === 20 ? b[a + 19] !== 90 : n !== 19) return false;
  if (b[a + 10] !== 84 || b[a + 13] !== 58 || b[a + 16] !== 58) return false;
  const h0 = b[a + 11] - 48, h1 = b[a + 12] - 48, m0 = b[a + 14] - 48, m1 = b[a + 15] - 48, s0 = b[a + 17] - 48, s1 = b[a + 18] - 48;
  // hours 00–23, minutes and seconds 00–59 (no leap second: the scanner refuses 60 too)
  if (!(h1 >= 0 && h1 <= 9 && (h0 === 0 || h0 === 1 || (h0 === 2 && h1 <= 3)))) return false;
  if (!(m0 >= 0 && m0 <= 5 && m1 >= 0 && m1 <= 9 && s0 >= 0 && s0 <= 5 && s1 >= 0 && s1 <= 9)) return false;
  return isoDateOkB(b, a);
}
