// Whether a one-column list opens with the count of its entries (a Hunspell `.dic` file: `49568` above the words).
import { isCommentLine } from "./comment.js";
import { lazyRegExp } from "../lazy.js";

const COUNT = /^\d+$/;
// why lazy: a Unicode property class costs start-up time when compiled at load (see lazy.ts)
const LETTER = lazyRegExp("\\p{L}", "u");

/**
 * True when the text's first line is a lone whole number N and the lines below (blank lines and comment lines left
 * out) are a list of words whose length N states: in a whole file N is within 1 % (or 2) of their number; in a sample
 * of a longer file N is at least their number. Words: 9 lines in 10 hold a letter and fewer than 1 in 100 is a whole
 * number. why: Hunspell and MySpell dictionaries open so (`49568`, `0/nm`, `0th/pt`, …); read as an entry, the count
 * was a word of the list with no word said. It is a preamble line (skipped, warned as preamble-skipped), not a header:
 * it names no column. What it refuses: a number above numbers (`5` above `1`…`5`: a value like the rest), a number far
 * from the count of a whole list (`2020` above 3 words), a first line holding anything but digits.
 */
export function countLine(text: string, complete: boolean, comment: string | null): boolean {
  const end = text.search(/\r|\n/);
  // why: a sample that is one cut line (a header of a million columns) holds no count line, and no line to read
  if (end < 0 && !complete) return false;
  const first = (end < 0 ? text : text.slice(0, end)).trim();
  if (!COUNT.test(first)) return false;
  const lines = text.split(/\r\n|\n|\r/);
  if (!complete) lines.pop(); // why: the sample's last line may be cut
  const n = Number(first);
  const body = lines.slice(1).filter((l) => l.trim() !== "" && (comment === null || !isCommentLine(l, comment)));
  if (body.length === 0) return false;
  const words = body.filter((l) => LETTER().test(l)).length;
  const numbers = body.filter((l) => COUNT.test(l.trim())).length;
  if (words < body.length * 0.9 || numbers * 100 >= body.length) return false;
  return complete ? Math.abs(n - body.length) <= Math.max(2, body.length / 100) : n >= body.length;
}
