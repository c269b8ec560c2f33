// Whether a single-spaced list is a number, then a word or a few words (`12 Love`, `5 Tình yêu`): a weight, then the rest.

/** Fewest lines that make such a list (fewer: a few lines say nothing of their layout). */
const MIN_LINES = 10;

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

/**
 * True when every line is a number, then words parted by single spaces, the first a word with a letter; most lines
 * (2 in 3 or more) hold one word after the number and some hold more, none ending in a number; 10 lines or more. The
 * list is two columns: the number, then the rest of the line (the parser's maxFields 2). why: read at every space, a
 * weighted word list whose few phrases hold a space (a tag cloud's `5 Tình yêu` among `12 Love`, `5 Liebe`) was a
 * 3-column table whose third column, filled on 5 of 456 lines, passed as an optional annotation: each phrase was cut
 * in two, silently. What it refuses, so a ragged table stays loud: phrases on a third of the lines or more (`5 Paris
 * France` rows above a short `2 Berlin`), a number last (`5 Paris 12`: a value column), lines all of one width (read
 * right at spaces), a first word without a letter, a line not led by a number (a header), quotes, TABs, runs of spaces.
 */
export function countedPhrases(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 1000).map((l) => l.trimEnd()).filter((l) => l !== "");
  if (lines.length < MIN_LINES || !lines.every((l) => /^\S+(?: [^\s"]+)+$/.test(l))) return false;
  const words = lines.map((l) => l.split(" "));
  if (!words.every((w) => NUMBER.test(w[0]) && /\p{L}/u.test(w[1]))) return false;
  const phrases = words.filter((w) => w.length > 2);
  if (phrases.length === 0 || phrases.length * 3 >= lines.length) return false;
  return phrases.every((w) => !NUMBER.test(w[w.length - 1]));
}
