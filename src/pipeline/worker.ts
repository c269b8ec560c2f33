// A worker thread that validates whole files for --jobs: options in, defects and a FileReport out.
import { parentPort } from "node:worker_threads";
import { stat } from "node:fs/promises";
import type { Defect } from "../types.js";
import type { IngestOptions, ResolvedOptions } from "./options.js";
import { resolveOptions } from "./options.js";
import { validateSource } from "./validate.js";
import { fileSource } from "../source/file.js";
import { loadSchema } from "../schema/index.js";
import { normalizeEncodingName } from "../encoding/index.js";
import { normalizeDelimiter } from "../dialect/index.js";

export interface WorkerJob {
  id: number;
  path: string;
  uri: string;
  options: IngestOptions;
  streamDefects: boolean;
  progress: boolean;
}

export type WorkerMessage =
  | { type: "defects"; id: number; source: string; defects: Defect[] }
  | { type: "progress"; id: number; bytesRead: number; bytesTotal: number | null; rows: number; source: string }
  | { type: "done"; id: number; report: unknown; transient: boolean }
  | { type: "failed"; id: number; error: { message: string; code?: string; exitCode?: number } };

let cached: { key: string; ro: Promise<ResolvedOptions> } | null = null;

async function run(job: WorkerJob): Promise<void> {
  const port = parentPort!;
  const key = JSON.stringify(job.options);
  // the schema is compiled once per worker, not once per file
  if (!cached || cached.key !== key) cached = { key, ro: resolveOptions(job.options, { loadSchema, normalizeEncodingName, normalizeDelimiter }) };
  const base = await cached.ro;
  let batch: Defect[] = [];
  const flush = () => { if (batch.length) { port.postMessage({ type: "defects", id: job.id, source: job.uri, defects: batch }); batch = []; } };
  const ro: ResolvedOptions = {
    ...base,
    onDefect: job.streamDefects ? (d) => { batch.push(d); if (batch.length >= 256) flush(); } : null,
    onProgress: job.progress ? (p) => port.postMessage({ type: "progress", id: job.id, ...p }) : null,
  };
  const st = await stat(job.path);
  const report = await validateSource(fileSource(job.path, st, job.uri), ro);
  flush();
  port.postMessage({ type: "done", id: job.id, report, transient: Boolean((report as { transient?: boolean }).transient) });
}

parentPort?.on("message", (job: WorkerJob) => {
  run(job).catch((e: Error & { code?: string; exitCode?: number }) => {
    parentPort!.postMessage({ type: "failed", id: job.id, error: { message: e?.message ?? String(e), code: e?.code, exitCode: e?.exitCode } });
  });
});
