// Starts a split's workers with V8's optimizing compiler on their own threads (no background compile thread), and puts V8's default back once they run.
import { setFlagsFromString } from "node:v8";
import type { Worker } from "node:worker_threads";

/**
 * Whether whoever started Node chose the compiler's mode (then it is left as chosen).
 * why read once: the flags and NODE_OPTIONS do not change while the process runs.
 */
const chosen = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => /^--(no-)?concurrent[-_]recompilation(=|$)/.test(a));
/** Workers started through startCompilingInline that are not running yet. */
let starting = 0;

/**
 * start(), with V8's concurrent recompilation off for the isolate it makes. why: a split's threads fill the cores
 * (this thread and n − 1 workers on n), so a background compile only competes with them for a core; meanwhile the
 * part runs on in slower code and V8 may start a second compile of the same function (OSR) on top. Compiled on the
 * worker's own thread, the 100 MB dirty file with a key took ~0.3 s less CPU in V8's helper threads for ~0.1 s more
 * in the worker (README, "Per-core speed, tenth step"). why only while workers start: V8 reads the flag when it makes
 * an isolate, and this process's own isolate (made before) and any worker started later keep V8's default; the flag
 * is process-wide, so it is put back as soon as every such worker runs ("online") or has ended ("exit").
 */
export function startCompilingInline(start: () => Worker): Worker {
  if (chosen) return start();
  if (starting++ === 0) setFlagsFromString("--no-concurrent-recompilation");
  let worker: Worker;
  try {
    worker = start();
  } catch (e) {
    settled();
    throw e;
  }
  let done = false;
  const settle = () => {
    if (done) return;
    done = true;
    settled();
  };
  // why not "error": a listener would take the error from the caller's own (attached later); "exit" follows it
  worker.once("online", settle);
  worker.once("exit", settle);
  return worker;
}

function settled(): void {
  if (--starting === 0) setFlagsFromString("--concurrent-recompilation");
}
