// One full garbage collection of this thread, asked of V8 where it would not run one by itself for a long time.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Runs a full (mark-compact) collection now; false when V8 would not give its `gc` function.
 * why: the thread that merges a split file's parts allocates so little that V8 runs no full collection for seconds,
 * so what start-up and sniffing left behind in the old generation (the 8 MiB encoding sample, the 1 MB dialect
 * sample, the bundle's source before it was wrapped) stayed resident beside the workers' heaps, at the run's peak.
 * How: `--expose-gc` set at run time applies to contexts made after it, so a new context lends its `gc` (the way
 * Jest's leak detector does); the flag is set back at once, so no other context sees a `gc`.
 */
export function collectGarbage(): boolean {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === "function") { own(); return true; }
  let gc: unknown;
  try {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc");
  } catch {
    gc = undefined;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
  if (typeof gc !== "function") return false;
  (gc as () => void)();
  return true;
}
