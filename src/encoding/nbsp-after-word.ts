// A no-break space glued between a lower-case word and a figure (KOI8-R `:mi 5:`) that a commoner page reads as a letter ending the word (windows-1250 `:miš5:`).
import { lazyRegExp } from "../lazy.js";

interface Read {
  text: string;
  prior: number;
}

const LOWER = lazyRegExp(String.raw`^\p{Ll}$`, "u");
/** A word all in lower case (no letter before it), a no-break space, a figure. */
const WORD_NBSP_FIGURE = lazyRegExp(String.raw`(?<!\p{L})\p{Ll}+\u00a0(?=[0-9])`, "gu");

/**
 * The reading among `others` of a commoner page (a higher prior) that reads a no-break space of `signs` glued after a
 * word all in lower case and before a figure as a lower-case letter, or null. why: the signs rule answers a page for reading every
 * high byte as a sign; a no-break space keeps a figure with its unit or currency, but where a commoner page makes it a
 * letter ending the word before it, the bytes do not tell which: KOI8-R's no-break space is windows-1250 `š` (9A), and
 * a Croatian list whose only non-ASCII was `:miš5:` was read KOI8-R `:mi 5:`, silently. Refused: a word with a capital
 * (`EUR 13`; `Lei 12547`, currencies before an amount are written so), a figure before it (`12 kg`), a page no commoner one reads so (windows-1252 `kr 12`, `Bs 17`).
 */
export function commonerLetterForSpace<R extends Read>(signs: R, others: R[]): R | null {
  for (const m of signs.text.matchAll(WORD_NBSP_FIGURE())) {
    const at = m.index + m[0].length - 1;
    const letters = others.find((r) => r.prior > signs.prior && LOWER().test(r.text[at] ?? ""));
    if (letters !== undefined) return letters;
  }
  return null;
}
