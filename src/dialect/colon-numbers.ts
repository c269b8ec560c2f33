// Whether a text is one column of numbers joined by colons (`16:9`, `3:16`, `1854:12`) under a name without one.

const JOINED = /^[-+]?\d+(?:[.,]\d+)?(?::\d+(?:[.,]\d+)?)+$/;

/**
 * True when the first line holds a letter and no colon, and each of the 2 lines or more below it is numbers joined
 * by colons and nothing else (a ratio `16:9`, a verse `3:16`, a month `1854:12`, a time `7:5`). why: read at `:`,
 * every row was a false row-extra-cells under the one name; a `:` table names its columns with colons between them
 * (`width:height`), and a colon between numbers that the time pattern misses (one digit after it, or more than two
 * before) is still part of one value.
 */
export function colonJoinedNumbers(full: string): boolean {
  const lines = full.split(/\r\n|\n|\r/, 1000).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < 3 || lines[0].includes(":") || !/\p{L}/u.test(lines[0])) return false;
  return lines.slice(1).every((l) => JOINED.test(l));
}
