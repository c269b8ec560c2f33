// UTF-8 structure of a byte range: counts of valid and invalid multi-byte sequences, as WHATWG decodes them.

export interface Utf8Counts {
  /** Valid multi-byte (non-ASCII) sequences. */
  valid: number;
  /** Invalid sequences: each maximal invalid subpart, i.e. each U+FFFD a WHATWG decoder would emit. */
  invalid: number;
  /** Valid sequences seen before the first invalid one. */
  validBeforeFirstInvalid: number;
  /** Offset of the first invalid byte, or -1. */
  firstInvalidAt: number;
  /** A well-formed start of a sequence cut by the end of the input (`atEof`): a file truncated inside a character. */
  cutAtEnd: boolean;
}

/**
 * Needed length and second-byte bounds of a UTF-8 lead byte, or null when `b` cannot start a sequence.
 * Bounds follow the WHATWG decoder: E0 needs A0–BF (no overlongs), ED 80–9F (no surrogates), F0 90–BF, F4 80–8F.
 */
export function leadInfo(b: number): [need: number, lo: number, hi: number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

/**
 * Counts UTF-8 sequences in buf[start, end). A sequence cut by `end` is ignored; when `atEof` it is reported as
 * `cutAtEnd` (a decoder's flush makes it U+FFFD, but it says nothing against UTF-8: the file was cut there).
 */
export function scanUtf8(buf: Uint8Array, start: number, end: number, atEof: boolean): Utf8Counts {
  let valid = 0;
  let invalid = 0;
  let validBeforeFirstInvalid = 0;
  let firstInvalidAt = -1;
  let cutAtEnd = false;
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const info = leadInfo(b);
    let consumed = 1;
    let ok = false;
    let cut = false;
    if (info !== null) {
      const [need, lo, hi] = info;
      let k = 1;
      for (; k < need; k++) {
        if (i + k >= end) {
          cut = true;
          break;
        }
        const c = buf[i + k];
        const [l, h] = k === 1 ? [lo, hi] : [0x80, 0xbf];
        if (c < l || c > h) break;
      }
      if (!cut && k === need) ok = true;
      consumed = k;
    }
    if (cut) {
      cutAtEnd = atEof;
      break;
    }
    if (ok) {
      valid++;
      if (invalid === 0) validBeforeFirstInvalid++;
    } else {
      if (firstInvalidAt < 0) firstInvalidAt = i;
      invalid++;
    }
    i += consumed;
  }
  return { valid, invalid, validBeforeFirstInvalid, firstInvalidAt, cutAtEnd };
}

/**
 * Length of the valid but incomplete UTF-8 sequence at the very end of `tail` (0–3): the bytes a streaming
 * WHATWG decoder holds back waiting for more input. `tail` is the last up-to-3 bytes seen.
 */
export function utf8PendingLength(tail: Uint8Array): number {
  const n = tail.length;
  // Find the last byte that is not a continuation byte, at most 3 back.
  for (let d = 1; d <= Math.min(3, n); d++) {
    const b = tail[n - d];
    if (b >= 0x80 && b <= 0xbf) continue;
    const info = leadInfo(b);
    if (info === null) return 0;
    const [need, lo, hi] = info;
    if (d >= need) return 0;
    if (d >= 2) {
      const second = tail[n - d + 1];
      if (second < lo || second > hi) return 0;
    }
    return d;
  }
  return 0;
}
