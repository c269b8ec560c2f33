// pandas frames joined by pd.concat without ignore_index: an index that counts 0, 1, 2 … and starts again at 0.

const INDEX_NUMBER = /^(?:0|[1-9]\d{0,8})$/;

/**
 * True when the cells count 0, 1, 2 … by one and start again at 0 at least once (each frame's own RangeIndex, kept
 * by `pd.concat(frames).to_csv()`), with two runs or more. why: such labels repeat, yet they are pandas' row names,
 * not a column whose name was lost; an id or count column repeats at random, not as restarting runs from 0.
 * Refused: a first run not from 0, a step other than one, a restart at any number but 0, a 0 right after a 0 (a
 * column of zeros), one run only.
 */
export function restartingIndex(cells: string[]): boolean {
  if (cells.length < 4) return false;
  let expected = -1;
  let runs = 0;
  for (const c of cells) {
    if (!INDEX_NUMBER.test(c)) return false;
    const n = Number(c);
    // why a zero after a zero refused: a column of zeros (a flag, a count) is no index
    if (n === 0) { if (expected === 1) return false; runs++; expected = 1; continue; }
    if (n !== expected) return false;
    expected++;
  }
  return runs >= 2;
}
