// Milliseconds from a monotonic clock, for a run's durationMs and the progress line's pacing.

/**
 * performance.now() without the global `performance`. why: on Node 20 that global is a getter that loads perf_hooks
 * and its eleven internal modules (~35 fresh pages, ~1 ms of a 1 KB run's start-up; README, "Start-up, fifth step");
 * process.hrtime() reads the same clock with nothing to load.
 */
export function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}
