// A file checked in one pass and split into parts, for the split = one-pass tests (test/pipeline/split*.test.ts).
import assert from "node:assert/strict";
import type { Defect, IngestOptions, Report } from "../../src/index.js";
import { assertReport } from "./report.js";
// why the build: its workers are plain JavaScript and start in ~0.2 s; from source each would load tsx first
// (npm test builds before it tests)
const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

export interface Both { one: Report; split: Report; oneStream: Defect[]; splitStream: Defect[] }

/** The file's reports and streamed defects in one pass (--jobs 1) and split into parts of `partBytes` over `jobs` threads. */
export async function both(file: string, schema: string, extra: IngestOptions, partBytes: number, jobs = 2): Promise<Both> {
  const oneStream: Defect[] = [];
  const splitStream: Defect[] = [];
  const one = await check(file, { schema, ...extra, jobs: 1, onDefect: (d) => oneStream.push(d) });
  const split = await check(file, { schema, ...extra, jobs, split: { minBytes: 1, partBytes }, onDefect: (d) => splitStream.push(d) });
  assertReport(one);
  assertReport(split);
  return { one, split, oneStream, splitStream };
}

/** The report without its timings (the one thing that differs between runs). */
export function withoutTimes(r: Report): unknown {
  return { ...r, files: r.files.map((f) => ({ ...f, durationMs: 0 })) };
}

/** How the first file was split (parts, parts read again); fails when it was read in one pass. */
export function splitInfo(r: Report): { parts: number; reread: number } {
  const info = (r.files[0] as unknown as { split?: { parts: number; reread: number } }).split;
  assert.ok(info, "the file was split");
  return info;
}
