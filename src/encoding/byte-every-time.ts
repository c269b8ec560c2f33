// Shared scans of the mark-cost rules (capital-between-figures.ts, nbsp-before-space.ts): the bytes that stand in one shape every time they occur, and a cost per evidence word.

/**
 * The bytes of `bytes` that occur in `sample` from `from` on and, every time, pass `standsSo(sample, i)`. why every time:
 * one occurrence in another shape (a letter inside a word, a space between a figure and a unit) is the byte's usual job.
 */
export function bytesEveryTime(sample: Uint8Array, from: number, bytes: Set<number>, standsSo: (sample: Uint8Array, i: number) => boolean): Set<number> {
  const seen = new Set<number>();
  const refused = new Set<number>();
  for (let i = from; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80 || !bytes.has(b) || refused.has(b)) continue;
    if (standsSo(sample, i)) seen.add(b);
    else refused.add(b);
  }
  for (const b of refused) seen.delete(b);
  return seen;
}

/**
 * The cost of each line (word) of `text`, the reading of `evidence` (one word a line, NL after each): `costOf(word, its
 * bytes)` for each; null when no word pays.
 */
export function wordCosts(text: string, evidence: Uint8Array, costOf: (word: string, bytes: Uint8Array) => number): number[] | null {
  const words = text.split("\n");
  const costs = new Array<number>(words.length).fill(0);
  let line = 0;
  let start = 0;
  let paid = false;
  for (let i = 0; i <= evidence.length && line < words.length; i++) {
    if (i < evidence.length && evidence[i] !== 0x0a) continue;
    costs[line] = costOf(words[line], evidence.subarray(start, i));
    paid ||= costs[line] !== 0;
    line++;
    start = i + 1;
  }
  return paid ? costs : null;
}
