// --jobs: this thread and a pool of worker threads validate whole files; defects and progress are relayed in order of arrival.
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import type { ByteSource, FileReport } from "../types.js";
import type { ResolvedOptions } from "./options.js";
import type { ResolvedInput } from "../source/resolve.js";
import type { WorkerJob, WorkerMessage } from "./worker.js";
import { validateSource } from "./validate.js";
import { reportUnreadable, unreadableEntry } from "./run.js";
import { IngestError } from "../defects/errors.js";

export interface WorkerSpec { url: URL; tsx: boolean }

/**
 * Where the worker script is. why the search: the built tool has the worker as one file (worker-bundle.cjs, built
 * by scripts/bundle-worker.mjs: it starts faster) and as worker.js beside this file; running from source (tsx)
 * has worker.ts; a single-file bundle may have none, and then everything runs in this thread.
 */
export function workerSpec(): WorkerSpec | null {
  const bundled = new URL("../worker-bundle.cjs", import.meta.url);
  // why two places: this code is dist/src/pipeline/pool.js, or a chunk of dist/src/cli-bundle/ (scripts/bundle-cli.mjs)
  const js = [new URL("./worker.js", import.meta.url), new URL("../pipeline/worker.js", import.meta.url)].find((u) => existsSync(u)) ?? new URL("./worker.js", import.meta.url);
  const ts = new URL("./worker.ts", import.meta.url);
  // why the loader first: it runs the bundle compiled from V8's code cache (bin/worker-loader.ts); dist/bin sits two
  // folders up from either place this code is in
  const loader = new URL("../../bin/worker-loader.js", import.meta.url);
  if (existsSync(js) && existsSync(bundled)) return { url: existsSync(loader) ? loader : bundled, tsx: false };
  return existsSync(js) ? { url: js, tsx: false } : existsSync(ts) ? { url: ts, tsx: true } : null;
}

/** `youngMb` caps the worker's young generation (a smaller one keeps several workers' memory down). */
export function startWorker(spec: WorkerSpec, youngMb?: number): Worker {
  const options = youngMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngMb } } : {};
  return spec.tsx
    // from source: the worker registers tsx's loader in its own thread before importing the TypeScript
    ? new Worker(`import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(spec.url.href)}); })`, { ...options, eval: true })
    : new Worker(spec.url, options);
}

/**
 * `--jobs`: validates whole files in this thread and in jobs - 1 workers; the reports come back in input order. Inputs
 * that cannot be read, and streams (stdin), are done here first.
 */
export async function runInWorkers(inputs: ResolvedInput[], ro: ResolvedOptions, jobs: number): Promise<FileReport[]> {
  const results: FileReport[] = new Array(inputs.length);
  const queue = await queueFiles(inputs, ro, results);
  const spec = workerSpec();
  if (spec === null) {
    for (const i of queue) results[i] = await validateSource((inputs[i] as { source: ByteSource }).source, ro);
    return results;
  }
  const run: PoolRun = { inputs, ro, queue, results, failure: null };
  await runPool(run, spec, jobs);
  if (run.failure) throw run.failure;
  fillUnstarted(inputs, results);
  return results;
}

/** One pool run, shared by this thread and the workers: the inputs, the files not yet started, the reports, the first failure. */
interface PoolRun { inputs: ResolvedInput[]; ro: ResolvedOptions; queue: number[]; results: FileReport[]; failure: Error | null }

/** Reports the unreadable inputs and validates the streams (no path: a worker cannot open them); the files' indexes are queued. */
async function queueFiles(inputs: ResolvedInput[], ro: ResolvedOptions, results: FileReport[]): Promise<number[]> {
  const queue: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if ("error" in input) {
      results[i] = reportUnreadable(input.error, ro);
    } else if (input.source.path === undefined) {
      results[i] = await validateSource(input.source, ro);
    } else {
      queue.push(i);
    }
  }
  return queue;
}

/** Starts the workers and runs the queue, here and in them, to its end, a failure or an abort; the workers are ended after. */
async function runPool(run: PoolRun, spec: WorkerSpec, jobs: number): Promise<void> {
  const workers: Worker[] = [];
  try {
    // why this thread works too: it has its modules loaded and its code warm, while a new worker needs ~0.3 s to
    // load them; so --jobs n starts n - 1 workers, and the files start at once, here, while they load
    const n = Math.min(jobs - 1, run.queue.length - 1);
    for (let k = 0; k < n; k++) {
      workers.push(startWorker(spec));
    }
    const onAbort = () => { for (const w of workers) void w.terminate(); };
    run.ro.signal?.addEventListener("abort", onAbort, { once: true });
    await Promise.all([runHere(run), ...workers.map((w) => runWorker(run, w))]);
    run.ro.signal?.removeEventListener("abort", onAbort);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** This thread's share: the next queued file, until none is left, one failed or the run is aborted. */
async function runHere(run: PoolRun): Promise<void> {
  const { inputs, ro, queue, results } = run;
  while (true) {
    const i = queue.shift();
    if (i === undefined || run.failure || ro.signal?.aborted) return;
    try {
      results[i] = await validateSource((inputs[i] as { source: ByteSource }).source, { ...ro, jobs: 1 });
    } catch (e) {
      run.failure = e as Error;
    }
  }
}

/** One worker's share: a job posted for the next queued file as each one is done; its defects and progress relayed. */
function runWorker(run: PoolRun, worker: Worker): Promise<void> {
  const { inputs, ro, queue, results } = run;
  return new Promise<void>((resolve) => {
    const next = () => {
      const i = queue.shift();
      if (i === undefined || run.failure || ro.signal?.aborted) { resolve(); return; }
      const src = (inputs[i] as { source: { path?: string; uri: string } }).source;
      const job: WorkerJob = { id: i, path: src.path!, uri: src.uri, options: ro.portable!, streamDefects: ro.onDefect !== null, progress: ro.onProgress !== null };
      worker.postMessage(job);
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "defects") { for (const d of m.defects) ro.onDefect?.(d, m.source); return; }
      if (m.type === "progress") { ro.onProgress?.({ source: m.source, bytesRead: m.bytesRead, bytesTotal: m.bytesTotal, rows: m.rows }); return; }
      if (m.type === "done") {
        const report = m.report as FileReport;
        Object.defineProperty(report, "transient", { value: m.transient, enumerable: false });
        if (m.profile) Object.defineProperty(report, "profile", { value: m.profile, enumerable: false });
        results[m.id] = report;
      } else if (m.type === "failed") {
        run.failure = new IngestError((m.error.code as never) ?? "internal", m.error.message, { exitCode: m.error.exitCode });
      }
      next();
    });
    worker.on("error", (e) => { run.failure = e; resolve(); });
    next();
  });
}

/** An abort leaves files unstarted: they get an empty, partial entry rather than a hole. */
function fillUnstarted(inputs: ResolvedInput[], results: FileReport[]): void {
  for (let i = 0; i < results.length; i++) {
    if (results[i]) continue;
    const src = (inputs[i] as { source: { uri: string } }).source;
    results[i] = { ...unreadableEntry(src.uri, "interrupted"), byCode: {}, defects: [], errors: 0, partial: true };
  }
}
