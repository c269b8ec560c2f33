// Which U+FFFD of a UTF-8 decoding were written in the bytes (EF BF BD: a character lost before the file was written) and which stand for invalid bytes.
import { leadInfo } from "./utf8scan.js";

/**
 * The indexes in `text` of each U+FFFD that `bytes` hold as the character itself (valid UTF-8 EF BF BD), in order;
 * the other U+FFFD of `text` stand for invalid bytes. `text` must be exactly the WHATWG decoding of `bytes`. why a
 * walk in step: the decoder makes one U+FFFD of EF BF BD and one of each maximal invalid subpart, left to right, so
 * the k-th U+FFFD of the text is the k-th of those in the bytes. When the two counts differ (text not the bytes'
 * decoding), every U+FFFD is called invalid: the message the file had before.
 */
export function writtenFffdAt(bytes: Uint8Array, text: string): number[] {
  const kinds = fffdKinds(bytes);
  const out: number[] = [];
  let k = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1), k++) {
    if (k >= kinds.length) return [];
    if (kinds[k]) out.push(i);
  }
  return k === kinds.length ? out : [];
}

/** For each U+FFFD a WHATWG decoder makes of `bytes`, in order: true when written (EF BF BD), false for invalid bytes. */
function fffdKinds(bytes: Uint8Array): boolean[] {
  const kinds: boolean[] = [];
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const [need, lo, hi] = leadInfo(b) ?? [0, 0, 0];
    let k = 1;
    while (k < need && i + k < end && bytes[i + k] >= (k === 1 ? lo : 0x80) && bytes[i + k] <= (k === 1 ? hi : 0xbf)) k++;
    if (k < need || need === 0) kinds.push(false);
    else if (b === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) kinds.push(true);
    i += Math.max(k, 1);
  }
  return kinds;
}
