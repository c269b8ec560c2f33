// A byte one page reads as a soft hyphen standing between figures in ranges (`[19­34]`, `pp. 319­326`) is a range dash: the pages that read it otherwise step aside.
import { bytesReadAs } from "./high-half.js";

/**
 * Distinct ranges, figures joined by the byte, from which the byte is a dash. why two: text extracted from PDF writes
 * every page and citation range so (`[3­7]`, `[9­11]`; one English article holds 118), while a figure on each side of
 * a letter of another page is rare (`19≠34` is no formula a text writes twice).
 */
export const JOINED_RANGES = 2;

/** Bytes of the sample's head read for ranges (as for its own words, soft-hyphen-joins.ts). */
const HEAD_BYTES = 256 * 1024;

/**
 * The high bytes that some page of `pages` reads as a soft hyphen (U+00AD) and that join figures in JOINED_RANGES
 * distinct ranges of `sample`'s head or more: figures, the byte, figures, with an ASCII byte that is no figure nor letter
 * (or the sample's edge) on each side. why: such ranges fill the references of English articles in windows-1252
 * (`[19­34]`, `[20­22]`), and Mac Roman read the byte as `≠` there, `[19≠34]`, and won on other signs (`a®` for the
 * spacing diaeresis of `ä`), silently. Refused: a figure or letter glued to the range on either side (`A19­34`,
 * a chain `1­2­3` counts none), a high byte beside it (GB18030's four-byte forms hold
 * figures between high bytes), a single range, a byte no page reads as a soft hyphen.
 */
export function rangeHyphens(sample: Buffer, pages: string[]): number[] {
  const shy = bytesReadAs(pages, "\u00ad");
  const head = sample.subarray(0, HEAD_BYTES);
  return shy.filter((b) => head.includes(b) && rangesJoinedBy(head, b) >= JOINED_RANGES);
}

/** The distinct ranges `head` joins by `byte`, each standing on its own (rangeHyphens), counted up to JOINED_RANGES. */
function rangesJoinedBy(head: Buffer, byte: number): number {
  const seen = new Set<string>();
  for (let i = head.indexOf(byte); i >= 0 && seen.size < JOINED_RANGES; i = head.indexOf(byte, i + 1)) {
    let s = i;
    while (s > 0 && isFigure(head[s - 1])) s--;
    let e = i + 1;
    while (e < head.length && isFigure(head[e])) e++;
    if (s === i || e === i + 1 || !standsApart(head, s - 1) || !standsApart(head, e)) continue;
    seen.add(head.toString("latin1", s, e));
  }
  return seen.size;
}

const isFigure = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** Whether the byte at `i` is outside `head` or an ASCII byte that is no letter nor figure. */
function standsApart(head: Buffer, i: number): boolean {
  if (i < 0 || i >= head.length) return true;
  const b = head[i];
  return b < 0x80 && !isFigure(b) && !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
}
