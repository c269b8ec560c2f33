// pandas frames joined by pd.concat without ignore_index: an index that counts 0, 1, 2 … and starts again at 0.

const INDEX_NUMBER = /^(?:0|[1-9]\d{0,8})$/;

/** The periods of clock and calendar counters from 0: weekday 0–6, month 0–11, hour 0–23, minute or second 0–59. */
const CLOCK_PERIODS = new Set([7, 12, 24, 60]);

/**
 * True when the cells count 0, 1, 2 … by one and start again at 0 at least once (each frame's own RangeIndex, kept
 * by `pd.concat(frames).to_csv()`), with two runs or more. why: such labels repeat, yet they are pandas' row names,
 * not a column whose name was lost; an id or count column repeats at random, not as restarting runs from 0.
 * Refused: a first run not from 0, a step other than one, a restart at any number but 0, a 0 right after a 0 (a
 * column of zeros), one run only, runs of a clock's period (clockCycle).
 */
export function restartingIndex(cells: string[]): boolean {
  if (cells.length < 4) return false;
  const runs: number[] = [];
  for (const c of cells) {
    if (!INDEX_NUMBER.test(c)) return false;
    const n = Number(c);
    const last = runs.length - 1;
    // why a zero after a zero refused: a column of zeros (a flag, a count) is no index
    if (n === 0) { if (last >= 0 && runs[last] === 1) return false; runs.push(1); continue; }
    if (last < 0 || n !== runs[last]) return false;
    runs[last]++;
  }
  return runs.length >= 2 && !clockCycle(runs);
}

/**
 * Whether every run but the last is one clock or calendar period long (24: an hour-of-day column) and the last no
 * longer (a day cut short). why: such a column whose name was lost counts from 0 and restarts like an index; it
 * keeps header-blank. Frames of one length joined by pandas (5 repetitions per tool) restart at other lengths.
 */
function clockCycle(runs: number[]): boolean {
  const period = runs[0];
  if (!CLOCK_PERIODS.has(period)) return false;
  return runs.slice(0, -1).every((n) => n === period) && runs[runs.length - 1] <= period;
}
