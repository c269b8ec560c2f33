// Whether `=` only pads base64 values, one to a line (`cGFzc3dvcmQ=`), and whether a list's head is one of them.

/** One standard base64 value: the alphabet, then at most two `=` of padding at its end. */
const VALUE = /^[A-Za-z0-9+/]+={0,2}$/;
/** A key of letters in one case and its `=`, no value (`USD=`, `eng=`, `defghij=`): a setting, not padding. */
const BARE_KEY = /^(?:[a-z]+|[A-Z]+)=$/;

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
  if (!lines.every((l) => l.length % 4 === 0 && VALUE.test(l))) return false;
  // why (wqa33 F4): keys of 3 or 7 letters with an empty value (`USD=`, `EUR=`) come in fours by chance; base64's
  // padded values mix cases or figures, so a list whose every padded line is one case of letters is settings
  return !lines.every((l) => !l.endsWith("=") || BARE_KEY.test(l));
}

/**
 * True when the head of a one-column list is itself a base64 value of 8 characters or more, in fours, mixing letters
 * with a digit, `+`, `/` or `=`, above 3 entries or more that base64Padding reads as such a list (`MTIzNDU2` above
 * `cGFzc3dvcmQ=`, `MTIzNDU2Nzg=`): the list's first entry. why: read as the header, the first password of Zabbix's
 * list was lost without a word. Refused: a head of letters only (`Password`, `HASH`) or shorter than 8 (`key1`): a name.
 */
export function base64Entry(head: string, values: string[]): boolean {
  if (head.length < 8 || head.length % 4 !== 0 || !VALUE.test(head) || !/[A-Za-z]/.test(head) || !/[0-9+/=]/.test(head)) return false;
  return base64Padding(values.join("\n"));
}
