// A whole file of one line that is a sentence (`filesystem The filesystem type to use for the root …`): one cell, not names.
import { isSentence } from "./spaced-prose-lead.js";
import { unicodeOrAscii } from "../lazy.js";

/** A line whose first character is a letter (made at first use, see lazy.ts). */
const LETTER_LED = unicodeOrAscii(String.raw`^\p{L}`, "u");

/**
 * True when the text is complete and holds one non-blank line, and that line, its runs of blanks one space, is a
 * sentence (6 words or more, two function words: isSentence). why: a lone line has no rows to vote against a split, so
 * single spaces read it at one width and made each word a column name; a repeated word (`the`, `filesystem`) was then
 * a `header-duplicate` error per repeat, on prose (ganeti-instance-debootstrap's one-parameter `parameters.list`).
 * Refused: a line of names (`id name id`: no function words), fewer than 6 words, a line led by a number or a
 * mark, two lines or more (their widths decide), a sample cut short (the lines below are unknown).
 */
export function loneSentence(full: string, complete: boolean): boolean {
  if (!complete) return false;
  const lines = full.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
  // why led by a letter: a line led by a number (`22 serialization::archive 3 0 0 51 …`, a Boost archive) is a record
  // of values, which the split at spaces keeps as one
  const line = lines.length === 1 ? lines[0].trim() : "";
  return LETTER_LED.test(line) && isSentence(line.replace(/\s+/g, " "));
}
