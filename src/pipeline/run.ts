// Runs many inputs (in parallel up to --jobs) and assembles the run's report, its `ok` and its exit code.
import { availableParallelism } from "node:os";
import type { FileReport, Report } from "../types.js";
import type { ResolvedOptions } from "./options.js";
import type { ResolvedInput, UnreadableInput } from "../source/resolve.js";
import { validateSource, type RecordSink } from "./validate.js";
import { CATALOG } from "../defects/catalog.js";
import { VERSION } from "../version.js";

/** A file entry for an input that could not be opened at all. */
export function unreadableEntry(uri: string, reason: string): FileReport {
  return {
    source: uri, bytes: null, sha256: null, encoding: null, dialect: null, columns: [],
    rows: { total: 0, valid: 0, invalid: 0 },
    byCode: { "source-error": 1 },
    defects: [{
      code: "source-error", severity: "error", row: null, line: null, byteOffset: null, column: null, columnIndex: null, value: null,
      message: CATALOG["source-error"].message({ code: "source-error", row: null, line: null, params: { reason } }),
    }],
    defectsTruncated: false,
    errors: 1,
    warnings: 0,
    durationMs: 0,
  };
}

/** The entry of an input that could not be opened, streamed to onDefect like any other defect. */
export function reportUnreadable(error: UnreadableInput, ro: ResolvedOptions): FileReport {
  const entry = unreadableEntry(error.uri, error.reason);
  Object.defineProperty(entry, "transient", { value: error.transient, enumerable: false });
  ro.onDefect?.(entry.defects[0], error.uri);
  return entry;
}

/** Below this many input bytes in all, --jobs runs the files in this thread (workers would cost more than they save). */
export const WORKER_MIN_BYTES = 16 * 1024 * 1024;

/** Validates every input; each gets its entry in input order, whatever happens to the others. */
export async function runAll(inputs: ResolvedInput[], ro: ResolvedOptions, sinkFor?: (uri: string, index: number) => RecordSink): Promise<FileReport[]> {
  const results: FileReport[] = new Array(inputs.length);
  const jobs = Math.max(1, Math.min(ro.jobs || availableParallelism(), inputs.length));
  const files = inputs.filter((i) => "source" in i && i.source.path !== undefined).length;
  // why threads: validation is CPU-bound, so files only run in parallel on other cores. Record sinks
  // (--clean/--rejects) and non-file sources stay in this thread.
  let bytes = 0;
  for (const i of inputs) if ("source" in i) bytes += i.source.size ?? 0;
  // why a floor: a worker costs ~0.3 s to start (it loads the modules again), more than small files take
  if (jobs > 1 && files > 1 && bytes >= WORKER_MIN_BYTES && !sinkFor && ro.portable) {
    const { runInWorkers } = await import("./pool.js");
    return runInWorkers(inputs, ro, jobs);
  }
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      const input = inputs[i];
      if ("error" in input) {
        results[i] = reportUnreadable(input.error, ro);
        continue;
      }
      results[i] = await validateSource(input.source, ro, sinkFor?.(input.source.uri, i));
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

/** True when the entry holds a defect that reaches --fail-on (from the exact counts, never the capped list). */
function fails(f: FileReport, failOn: ResolvedOptions["failOn"]): boolean {
  if (failOn === "none") return false;
  return f.errors > 0 || (failOn === "warning" && f.warnings > 0);
}

/** Exit code of a run (SPEC section 3): 3 over 2 over 1 over 0. */
export function exitCodeOf(files: FileReport[], failOn: ResolvedOptions["failOn"]): number {
  let code = 0;
  for (const f of files) {
    if (f.byCode["source-error"]) code = Math.max(code, (f as FileReport & { transient?: boolean }).transient ? 3 : 2);
    else if (fails(f, failOn)) code = Math.max(code, 1);
  }
  return code;
}

export function buildReport(files: FileReport[], ro: ResolvedOptions): Report {
  const byCode: Report["summary"]["byCode"] = {};
  let rows = 0, valid = 0, invalid = 0, errors = 0, warnings = 0;
  for (const f of files) {
    rows += f.rows.total; valid += f.rows.valid; invalid += f.rows.invalid;
    for (const [code, n] of Object.entries(f.byCode) as [keyof typeof byCode, number][]) byCode[code] = (byCode[code] ?? 0) + n;
    errors += f.errors;
    warnings += f.warnings;
  }
  return {
    reportVersion: 1,
    tool: { name: "ingest-check", version: VERSION },
    ok: exitCodeOf(files, ro.failOn) === 0,
    summary: { files: files.length, rows, validRows: valid, invalidRows: invalid, errors, warnings, byCode },
    run: { failOn: ro.failOn, maxDefects: ro.maxDefects, rules: ro.rules, schema: ro.schemaRef },
    files,
  };
}
