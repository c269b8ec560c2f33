// A rare page the gate holds back answers, warned, when it leads and the commoner pick capitalises inside words (Mac Roman `BelsŒ` for Mac Central European `Belső`).
import { oddInsideWords, type RivalWords } from "./capital-inside-word.js";
import { foreignLetterInsideWord, type LangWords } from "./foreign-letter-inside-word.js";

/**
 * Among the rare readings the rare-page gate holds back (`held`: thin or dropped), the one that reads the file best
 * (`lead`: its head-to-head advantage over the pick the gate leaves, or Infinity when it is that pick itself), when it
 * leads (lead above 0) and `common`, the commoner page that would answer, reads some word with a non-ASCII capital
 * right after a lower-case letter, or a power inside a word, where the rare page reads letters (oddInsideWords), or a
 * letter its file's language lacks right after a lower-case letter (foreignLetterInsideWord); else null.
 * why: the gate asks three words of a rare page because a letter-pair model gives it a file on one odd entry (`;ﬂ;` as
 * Mac Icelandic `þ`), and it counts only letters foreign to the commoner reading's language. Mac Roman reads Hungarian
 * `ő` as `Œ`, a letter of French, and windows-1254 reads Icelandic `ð` as `İ`, of Turkish: so a Hungarian Mac mailbox of
 * thirty words answered Mac Roman `BelsŒ … IdŒzóna`, warned but wrong, the two words that tell the pages apart being
 * too few. No language writes a capital inside a lower-case word: that reading is wrong, not merely less likely.
 * why only when the rare page leads: where the commoner pick is ahead (cp852 `WspŚlny`, by its prior), the word or two
 * that set them apart only warn (heldRareRival).
 */
export function rareOverCapitals<T extends RivalWords & LangWords>(common: T, held: T[], lead: (r: T) => number): T | null {
  let [out, best] = [null as T | null, 0];
  for (const r of held) {
    const margin = lead(r);
    // why a foreign letter too (foreign-letter-inside-word.ts): cp850 `aî` for cp861 `að` is no Icelandic, nor of the file's language
    if (margin > best && (oddInsideWords(common.words, r.words) || foreignLetterInsideWord(common, r))) [out, best] = [r, margin];
  }
  return out;
}
