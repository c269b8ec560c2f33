// A worker thread for --jobs: validates whole files, or parts of one large file (split.ts); options in, defects and results out.
import { parentPort } from "node:worker_threads";
import { stat } from "node:fs/promises";
import type { Defect, DefectDraft } from "../types.js";
import type { IngestOptions, ResolvedOptions } from "./options.js";
import { resolveOptions } from "./options.js";
import type { PartJob, PartResult } from "./part.js";
import { loadSchema } from "../schema/index.js";
import { normalizeEncodingName } from "../encoding/names.js";
import { normalizeDelimiter } from "../dialect/normalize.js";

export interface WorkerJob {
  id: number;
  path: string;
  uri: string;
  options: IngestOptions;
  streamDefects: boolean;
  progress: boolean;
  /** Set for one part of a split file; absent for a whole file. */
  part?: PartJob;
}

export type WorkerMessage =
  | { type: "defects"; id: number; source: string; defects: Defect[] }
  | { type: "progress"; id: number; bytesRead: number; bytesTotal: number | null; rows: number; source: string }
  | { type: "done"; id: number; report: unknown; transient: boolean; profile?: unknown }
  | { type: "part-drafts"; id: number; drafts: DefectDraft[] }
  | { type: "part-bytes"; id: number; bytes: number; rows: number }
  | { type: "part-done"; id: number; result: PartResult }
  | { type: "failed"; id: number; error: { message: string; code?: string; exitCode?: number } };

let cached: { key: string; ro: Promise<ResolvedOptions> } | null = null;

/** The options resolved once per worker (the schema is compiled once per worker, not once per file or part). */
function optionsFor(options: IngestOptions): Promise<ResolvedOptions> {
  const key = JSON.stringify(options);
  if (!cached || cached.key !== key) cached = { key, ro: resolveOptions(options, { loadSchema, normalizeEncodingName, normalizeDelimiter }) };
  return cached.ro;
}

async function run(job: WorkerJob): Promise<void> {
  const port = parentPort!;
  // why jobs 1: a worker never splits its file again across more threads
  const base = { ...(await optionsFor(job.options)), jobs: 1 };
  if (job.part) return runPart(job, job.part, base);
  let batch: Defect[] = [];
  const flush = () => { if (batch.length) { port.postMessage({ type: "defects", id: job.id, source: job.uri, defects: batch }); batch = []; } };
  const ro: ResolvedOptions = {
    ...base,
    onDefect: job.streamDefects ? (d) => { batch.push(d); if (batch.length >= 256) flush(); } : null,
    onProgress: job.progress ? (p) => port.postMessage({ type: "progress", id: job.id, ...p }) : null,
  };
  // why lazy (both paths): a worker for parts of a split file never loads the sniffers and the whole-file pipeline
  const { validateSource } = await import("./validate.js");
  const { fileSource } = await import("../source/file.js");
  const st = await stat(job.path);
  const report = await validateSource(fileSource(job.path, st, job.uri), ro);
  flush();
  keepCompiled();
  // the column sketches are a non-enumerable property (not part of the report): sent beside it, for feeds (src/feeds/)
  port.postMessage({ type: "done", id: job.id, report, transient: Boolean((report as { transient?: boolean }).transient), profile: (report as { profile?: unknown }).profile });
}

async function runPart(job: WorkerJob, part: PartJob, ro: ResolvedOptions): Promise<void> {
  const port = parentPort!;
  let batch: DefectDraft[] = [];
  const flush = () => { if (batch.length) { port.postMessage({ type: "part-drafts", id: job.id, drafts: batch }); batch = []; } };
  let reported = 0;
  const { validatePart } = await import("./part.js");
  const result = await validatePart(part, { ...ro, onDefect: null, onProgress: null }, {
    onDraft: job.streamDefects ? (d) => { batch.push(d); if (batch.length >= 512) flush(); } : null,
    onBytes: job.progress ? (n, rows) => { if (n - reported >= 4 << 20) { reported = n; port.postMessage({ type: "part-bytes", id: job.id, bytes: n, rows }); } } : undefined,
  });
  flush();
  keepCompiled();
  // why a copy, not a transfer: a transfer detaches, and the first detach makes V8 check every typed-array read of
  // this thread's record path (part.ts detachEarly); the copies are young here and go at the next scavenge
  port.postMessage({ type: "part-done", id: job.id, result });
}

/**
 * Writes V8's code cache of this worker's bundle, when its loader (bin/worker-loader.ts) asks for one: at the end of
 * the first job, so the cache holds the functions the job compiled. Once per worker at most. why before the result
 * is posted, not after: the last result may end the run, and the worker's terminate() then cut the write short.
 */
function keepCompiled(): void {
  const hook = (globalThis as Record<symbol, unknown>)[Symbol.for("ingest-check.worker-cache")] as (() => void) | undefined;
  hook?.();
}

/** The part jobs taken so far, run one after another (see below). */
let parts: Promise<void> = Promise.resolve();

parentPort?.on("message", (job: WorkerJob | { type: "release" }) => {
  if ("type" in job) return; // buffers the merging thread is done with (split.ts): dropped, freed at the next collection
  const go = () => run(job).catch((e: Error & { code?: string; exitCode?: number }) => {
    parentPort!.postMessage({ type: "failed", id: job.id, error: { message: e?.message ?? String(e), code: e?.code, exitCode: e?.exitCode } });
  });
  // why one part at a time, in the order sent: split.ts sends a worker its next part ahead; run side by side, the two
  // interleaved at their awaits, and the second part was validated before the first's result was posted (the merge and
  // the next job waited a whole part for it)
  if (job.part) parts = parts.then(go);
  else void go();
});
