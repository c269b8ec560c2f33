// The micro sign `µ` glued to a one- or two-letter symbol (`Tµµ`, `uµ`, `∂µ`, `µT`) scored as the Greek index it is, not as a foreign letter of a word.
import { lazyRegExp } from "../lazy.js";
import { bytesReadAs } from "./high-half.js";

/**
 * A letter run made of at most two ASCII letters, micro signs, and at most two ASCII letters again, with no other letter
 * around it (`Tµµ`, `uµ`, `Jµ`, `µT`, `µ` alone); group 1 the letters before, group 2 the signs, group 3 the letters after.
 */
const INDEXED = lazyRegExp(String.raw`(?<!\p{L})([A-Za-z]{0,2})(µ+)([A-Za-z]{0,2})(?!\p{L})`, "gu");

/** A common sign that is no letter (language.ts prices it as `µ` itself is priced when it stands alone). */
const STAND_IN = "·";

/**
 * `text` (evidence words one a line) with each run of micro signs glued to a one- or two-letter symbol replaced by a
 * common sign for scoring. why: physics writes the Greek µ as an index (`Tµµ`, `∂µ`, `uµuµ`), and `µ` is a lower-case
 * letter to the letter-pair model, so `uµµ` cost an English article 31 nats while ISO-8859-16 read the same byte as
 * `”` (`u””`, 16 nats): arXiv texts in windows-1252 were answered ISO-8859-16, silently. Refused: µ between two
 * lower-case letters (Danish `være` read in cp850 as `vµre`, Slovak `veľmi` in windows-1250 as `veµmi`), µ beside a
 * run of three letters and more (`µttir`, `µudia`: a word of text, whose other letters the model weighs), and a µ in a
 * word holding any other non-ASCII letter.
 */
export function microAsIndex(text: string): string {
  if (!text.includes("µ")) return text;
  return text.replace(INDEXED(), (all: string, before: string, signs: string, after: string) =>
    isLower(before.slice(-1)) && isLower(after.slice(0, 1)) ? all : before + STAND_IN.repeat(signs.length) + after,
  );
}

const isLower = (c: string): boolean => c >= "a" && c <= "z";

/**
 * Whether some page of `pages` reads `evidence` (words one a line) with a micro sign that microAsIndex scores as a sign.
 * why: only then is the weighing without it run (legacy.ts guessOn), to warn when the indexes change the answer.
 */
export function microIndexed(evidence: Buffer, pages: string[]): boolean {
  const bytes = bytesReadAs(pages, "µ");
  for (const b of bytes) {
    if (!evidence.includes(b)) continue;
    const text = evidence.toString("latin1").replaceAll(String.fromCharCode(b), "µ");
    if (microAsIndex(text) !== text) return true;
  }
  return false;
}
