// A byte one page reads as a soft hyphen joining words the file also writes on their own (`least­covered`, `real­time`) is a hyphen: the pages that read it otherwise step aside.
import { bytesReadAs, highHalf } from "./high-half.js";

/**
 * Distinct compounds, each joined by the byte from words the file writes on their own, from which the byte is a hyphen.
 * why three: one or two may be chance (a name split by a misread letter whose pieces are short words); text hyphenated
 * so holds dozens (an English article extracted from PDF: `least­covered`, `multi­aerial`, `NP­hard`, 71 soft hyphens).
 */
export const JOINED_COMPOUNDS = 3;

/** Bytes of the sample's head read for its own words (enough for a few thousand words, one pass). */
const HEAD_BYTES = 256 * 1024;

const PIECE = /^[A-Za-z]{2,}$/;

/**
 * The high bytes that some page of `pages` reads as a soft hyphen (U+00AD) and that join, in JOINED_COMPOUNDS distinct
 * words of `evidence` (one a line) or more, only pieces of two ASCII letters and more that `sample` also writes as words
 * of their own. why: a letter of another page splits a word into pieces that are no words (cp852 Romanian `Braşov` read
 * `Bra­ov`), while a hyphen joins words (`least­covered`: `least` and `covered` stand alone elsewhere). On main such an
 * English article read as cp852 `leastşcovered` (a Romanian ş) won silently: each word paid the soft hyphen as a rare
 * sign glued to a word, and the letter-pair model read `tşc` as Romanian letters.
 */
export function softHyphenJoiners(evidence: Buffer, sample: Buffer, pages: string[]): number[] {
  const shy = bytesReadAs(pages, "\u00ad");
  const present = shy.filter((b) => evidence.includes(b));
  if (present.length === 0) return [];
  const own = asciiWordsOf(sample.subarray(0, HEAD_BYTES));
  const words = evidence.toString("latin1").split("\n");
  return present.filter((b) => {
    const c = String.fromCharCode(b);
    let n = 0;
    for (const w of words) if (w.includes(c) && w.split(c).every((p) => PIECE.test(p) && own.has(p.toLowerCase())) && ++n >= JOINED_COMPOUNDS) return true;
    return false;
  });
}

/** Hyphens and dashes: what a byte joining two words may be. */
const HYPHENS = new Set([..."\u00ad\u2010\u2011\u2012\u2013\u2014"]);

/** Whether `page` reads every one of `bytes` as a hyphen or a dash (HYPHENS). */
export function readsHyphensAt(page: string, bytes: number[]): boolean {
  const high = highHalf(page);
  return bytes.every((b) => HYPHENS.has(high[b - 0x80]));
}

/** The lower-cased runs of ASCII letters of `head` that touch no byte >= 0x80 (the words the file writes on their own). */
function asciiWordsOf(head: Buffer): Set<string> {
  const out = new Set<string>();
  const isLetter = (b: number) => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
  let i = 0;
  while (i < head.length) {
    if (!isLetter(head[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < head.length && isLetter(head[j])) j++;
    if ((i === 0 || head[i - 1] < 0x80) && (j === head.length || head[j] < 0x80)) out.add(head.toString("latin1", i, j).toLowerCase());
    i = j;
  }
  return out;
}
