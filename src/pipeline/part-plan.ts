// Where a split file's parts end: parts of one size, then a tail of shrinking parts, so the threads finish together.

/** The smallest and largest part of the default plan. */
export const PART_MIN = 4 * 1024 * 1024;
export const PART_MAX = 32 * 1024 * 1024;

/**
 * Byte offsets (strictly increasing, each in (0, size)) near which parts end; the caller moves each to the next line break.
 * `partBytes` (tests) gives parts of that size, all equal. Otherwise parts are `size / (4 × workers)`, within
 * [partMin, PART_MAX], until the bytes left are few: then each part is at most a quarter of what is left per thread,
 * down to `partMin`, and the last bytes are one part or two halves (no part under partMin / 2).
 * why the tail: the threads take parts as they become free, so one may take the last part while the other is about to
 * finish its own, and then waits for it; with equal parts (33 MB on a 1 GB file, ~0.3 s of one thread) that wait was up
 * to a whole part. With shrinking parts it is at most a small one (~4 MB), for ~10 more parts of ~1 ms each.
 */
export function partTargets(size: number, threads: number, partBytes: number | null, partMin = PART_MIN): number[] {
  if (partBytes !== null) return equalTargets(size, partBytes);
  const workers = Math.max(1, threads - 1);
  const partSize = Math.min(PART_MAX, Math.max(partMin, Math.ceil(size / (workers * 4))));
  const targets: number[] = [];
  let at = 0;
  for (;;) {
    const left = size - at;
    const step = Math.min(partSize, Math.max(partMin, Math.ceil(left / (2 * threads))));
    if (left <= step) break;
    // why halves: a last part of `left - step` bytes would be smaller than partMin, one of `left` larger than `step`
    if (left < step + partMin) { targets.push(at + Math.ceil(left / 2)); break; }
    at += step;
    targets.push(at);
  }
  return targets;
}

/** round(size / partBytes) parts of equal size (at least one). */
function equalTargets(size: number, partBytes: number): number[] {
  const parts = Math.max(1, Math.round(size / partBytes));
  const step = Math.ceil(size / parts);
  const targets: number[] = [];
  for (let t = step; t < size; t += step) targets.push(t);
  return targets;
}
