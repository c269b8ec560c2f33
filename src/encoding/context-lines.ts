// The file's language told by the ASCII words on the lines that hold its non-ASCII bytes, when the whole sample's ASCII words tell none.
import { contextFit, decisive, wordCost } from "./context.js";

/** Bytes of such lines read at most: enough for the 300 words contextFit reads. */
const MAX_LINE_BYTES = 16 * 1024;

/**
 * The lines of `sample` holding a byte >= 0x80, past its first line, joined one a line after an empty first line
 * (contextFit skips a sample's first line, the header).
 */
export function linesWithHighBytes(sample: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from("\n")];
  let [size, lines, high] = [0, 0, 0];
  let start = sample.indexOf(0x0a) + 1 || sample.length;
  while (start < sample.length) {
    const nl = sample.indexOf(0x0a, start);
    const end = nl < 0 ? sample.length : nl;
    const line = sample.subarray(start, end);
    lines++;
    if (line.some((b) => b >= 0x80)) {
      high++;
      if (size < MAX_LINE_BYTES) parts.push(line, Buffer.from("\n"));
      size += line.length + 1;
    }
    start = end + 1;
  }
  // why only when such lines are few: when most lines hold a non-ASCII byte their words are the sample's, which told no
  // language; summed, an English price list's product names (`Floor tiles`, `Copy paper`, every line with a cp437 `ÿ`
  // before `EUR`) led French by the lead alone, and DOS price lists went from cp850 to windows-1252 (encmoney)
  return high * 2 > lines ? Buffer.from("\n") : Buffer.concat(parts);
}

/**
 * Nats by which the best-fitting language's summed word costs (wordCost) must lead every other's on those lines. why a
 * lead, not the whole sample's share of words won: word by word a letter-pair model is noisy (Italian `per` fits Spanish
 * best, `del` Breton), so free Italian text won only 8 of its 34 words, while its summed cost led Spanish by 10 nats;
 * on the tuning half of enchelp a language written on those lines led by 7 to 13, a few words of names and codes by under 3.
 */
const LINE_LEAD = 5;

/** Whether one language's summed word costs lead every other's by LINE_LEAD, or the words tell a language as the whole sample's must (`decisive`). */
function leads(rows: number[][], best: number[]): boolean {
  const sums = rows.map((row) => row.reduce((s, v, i) => s + wordCost(v, best[i]), 0)).sort((a, b) => b - a);
  return sums[0] - sums[1] >= LINE_LEAD || decisive(rows, best);
}

/**
 * contextFit of the whole sample; when that says nothing (English or mixed filler, few words), contextFit of the lines
 * holding non-ASCII bytes. why: a free-text export whose one or two native rows sit among hundreds of English rows
 * (a help desk's tickets) had Italian `mentre è attivo il mouse` read as windows-1250 `mentre č attivo`, warned: the
 * sample's words are English and tell no language, while the words beside the byte are plainly Italian. Names and
 * short cells bring too few words (contextFit needs 10 distinct ones) and so change nothing.
 */
export function contextOfSample(sample: Buffer): Map<string, number> {
  const fit = contextFit(sample);
  return fit.size > 0 ? fit : contextFit(linesWithHighBytes(sample), leads);
}
