// `ingest-check FILE --part i/n`: validates only part i of n of one file or s3:// object and writes its part report, for `ingest-check merge`.
import { serialize } from "node:v8";
import type { ByteSource } from "../types.js";
import type { ResolvedOptions } from "../pipeline/options.js";
import type { PartResult } from "../pipeline/part.js";
import { resolveInputs } from "../source/resolve.js";
import { IngestError } from "../defects/errors.js";
import { FileCollector, createChecks } from "../pipeline/collector.js";
import { validatePart } from "../pipeline/part.js";
import { writeAtomic } from "../report/write.js";
import { VERSION } from "../version.js";
import { readHead, type Head } from "./part-head.js";
import { boundsAfter, partRange, rangeSourceOf, type RangeSource } from "./part-source.js";
import type { PartSpec } from "./part-env.js";
import { nowMs } from "../clock.js";

/** Bytes past its end a part reads at most to finish a record that crosses it; past that the merge reads on. */
export const OVERRUN_WINDOW = 1024 * 1024;

/** The part report: what the merge needs to check that parts belong together, and the part's result. */
export interface PartReport {
  ingestCheckPart: 1;
  tool: { name: string; version: string };
  source: string;
  size: number;
  etag: string | null;
  mtimeMs: number | null;
  part: { index: number; count: number; start: number; end: number; stop: number; clean: boolean };
  /** The options the part ran with (the merge runs the same), and the schema's content hash. */
  options: unknown;
  schemaSha256: string | null;
  encoding: string;
  dialect: unknown;
  durationMs: number;
  /** For people: the part's own rows and defects. */
  summary: { rows: number; errors: number; warnings: number };
  /** The PartResult (counts, kept defects, check states), v8-serialized, base64. */
  result: string;
}

/** Why these options cannot run in parts (null when they can). */
export function partRefusal(ro: ResolvedOptions): string | null {
  if (!ro.schema || ro.schema.inferred) return "--part needs --schema (an inferred schema could differ from part to part)";
  if (ro.stopAfter !== null) return "--part cannot take --stop-after (a part does not know the errors of the others)";
  if (ro.baseline || ro.profile) return "--part cannot take --baseline (drift needs every row in one pass)";
  if (!ro.portable) return "--part needs the schema as a file";
  return null;
}

/** The one object named, resolved; anything else is one line, exit 2. */
export async function oneSource(input: string): Promise<ByteSource> {
  const list = await resolveInputs([input]);
  if (list.length !== 1) throw new IngestError("usage", `--part reads one file or object; ${input} names ${list.length}`);
  const only = list[0];
  if ("error" in only) throw new IngestError(only.error.transient ? "input-transient" : "input", `${only.error.uri}: ${only.error.reason}`);
  return only.source;
}

/** Refuses checks that need every row in one thread (foreign keys, drift); keys and duplicate rows are handed over in the part's state. */
export function refuseSequential(head: Head, ro: ResolvedOptions, uri: string): void {
  const checks = createChecks(ro.schema!, head.header, new FileCollector(uri, ro), head.encoding, ro);
  // why not keys or duplicate rows: their hashes travel in the part's state and `merge` probes them in file order
  // why the schema too: the foreign-key check is created only once its reference tables are read, which a part does not do
  if (ro.schema!.foreignKeys?.length || checks.some((c) => c.sequential)) throw new IngestError("usage", "--part cannot run checks that need every row in one process (foreignKeys, --baseline drift); validate the file whole");
}

/** Validates [from, …) of the object up to the first of `bounds` where a record ends (the last bound: must stop). */
export async function readRange(src: RangeSource, head: Head, ro: ResolvedOptions, from: number, bounds: number[]): Promise<PartResult> {
  const local = await src.local(from, bounds[bounds.length - 1]);
  try {
    return await validatePart({ path: local.path, uri: src.uri, start: from, bounds, size: src.size, encoding: head.encoding, dialect: head.dialect, header: head.header }, ro);
  } finally {
    await local.done();
  }
}

/** The range moved to start no earlier than `lo` (past the header and the preamble, headerFromSample), and to end there at least. */
function atOrAfter(r: { start: number; end: number }, lo: number): { start: number; end: number } {
  const start = r.start === 0 ? 0 : Math.max(r.start, lo);
  return { start, end: Math.max(r.end, lo, start) };
}

export async function runPart(input: string, spec: PartSpec, ro: ResolvedOptions, reportPath: string): Promise<PartReport> {
  const refusal = partRefusal(ro);
  if (refusal) throw new IngestError("usage", refusal);
  const t0 = nowMs();
  const source = await oneSource(input);
  const src = rangeSourceOf(source);
  const head = await readHead(source, ro);
  refuseSequential(head, ro, source.uri);
  const { start, end } = atOrAfter(await partRange(src, spec.index - 1, spec.count), head.header.dataStart ?? 0);
  const r = await readRange(src, head, ro, start, await boundsAfter(src, end, OVERRUN_WINDOW));
  const report: PartReport = {
    ingestCheckPart: 1, tool: { name: "ingest-check", version: VERSION },
    source: source.uri, size: src.size, etag: source.etag, mtimeMs: source.mtimeMs,
    part: { index: spec.index, count: spec.count, start, end, stop: r.stop, clean: r.clean },
    options: ro.portable, schemaSha256: ro.schema?.sha256 ?? null,
    encoding: head.encoding.name, dialect: head.dialect,
    durationMs: Math.round(nowMs() - t0),
    summary: { rows: r.rows, errors: r.errors, warnings: r.warnings },
    result: serialize(r).toString("base64"),
  };
  await writeAtomic(reportPath, JSON.stringify(report, null, 1) + "\n");
  return report;
}
