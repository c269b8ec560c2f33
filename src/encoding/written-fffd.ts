// Whether every U+FFFD a UTF-8 decoder made of some bytes was written in them (EF BF BD), none standing for invalid bytes.

/** The bytes of U+FFFD in UTF-8. */
const FFFD_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * True when `text`, the WHATWG UTF-8 decoding of `bytes`, holds U+FFFD and each one is the character written in the
 * bytes (EF BF BD, valid UTF-8: a file that names the replacement character, or kept one from an earlier tool), so
 * no byte was invalid. why counting suffices: EF is a lead byte, which no earlier sequence can take as its
 * continuation, so each EF BF BD decodes to one U+FFFD, and every invalid byte adds one more. A sequence cut by the
 * chunk's edge makes the counts differ, and the text's U+FFFD then count as invalid bytes, as they always did.
 */
export function fffdAllWritten(bytes: Uint8Array, text: string): boolean {
  let inText = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) inText++;
  if (inText === 0) return false;
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let written = 0;
  for (let i = buf.indexOf(FFFD_BYTES); i >= 0; i = buf.indexOf(FFFD_BYTES, i + 3)) written++;
  return written === inText;
}
