// Whether every `=` of a text is the padding of base64 values, one to a line (`cGFzc3dvcmQ=`): a list, not a table.

/** One standard base64 value: the alphabet, then at most two `=` of padding at its end. */
const VALUE = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * True when there are 3 lines or more, each one base64 value whose length is a multiple of 4, and some value ends
 * in `=`. why: read at `=`, a list of encoded passwords (Zabbix's `top_passwords.txt`) split its padded values
 * into 2 and 3 cells, a false row-extra-cells on most rows; a list of SHA-256 digests (`…nzE=`, every one padded)
 * read as two columns, the second empty, and every value silently lost its `=`. why the length: padding fills a
 * value to a multiple of 4, while `key=` settings of one word each are lengths at random (a 1-in-4 chance a line).
 */
export function base64Padding(full: string): boolean {
  const lines = full.split(/\r\n|\n|\r/, 1000).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < 3 || !lines.some((l) => l.endsWith("="))) return false;
  return lines.every((l) => l.length % 4 === 0 && VALUE.test(l));
}
