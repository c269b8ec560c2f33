// The public API: check(), checkStream(), infer(), profile() and the types of the report.
import type { Defect, FileReport, Report } from "./types.js";
import { resolveOptions, type IngestOptions, type ResolvedOptions } from "./pipeline/options.js";
import { resolveInputs } from "./source/resolve.js";
import { runAll, buildReport, exitCodeOf } from "./pipeline/run.js";
import { loadSchema } from "./schema/index.js";
import { normalizeEncodingName } from "./encoding/index.js";
import { normalizeDelimiter } from "./dialect/index.js";
import { profileInput, type ProfileOptions } from "./pipeline/profile.js";
import type { Profile } from "./profile/baseline.js";

export type { Report, FileReport, Defect, DefectDraft, ParsedRecord, Severity, RuleLevel, FailOn, ColumnStats } from "./types.js";
export type { IngestOptions, Progress } from "./pipeline/options.js";
export type { DefectCode } from "./defects/catalog.js";
export { CATALOG, DEFECT_CODES } from "./defects/catalog.js";
export { IngestError } from "./defects/errors.js";
export { VERSION } from "./version.js";
export { exitCodeOf };
export type { Profile, ColumnProfile, NumericColumnProfile, CategoricalColumnProfile, DriftThresholds } from "./profile/baseline.js";
export type { ProfileOptions } from "./pipeline/profile.js";
export { profileToText, parseProfile } from "./profile/baseline.js";

/** Resolves the options once (validated, schema compiled); exported for the CLI. */
export function prepare(options: IngestOptions): Promise<ResolvedOptions> {
  return resolveOptions(options, { loadSchema, normalizeEncodingName, normalizeDelimiter });
}

/**
 * Reads one input in a streaming pass and returns its baseline profile (`profileVersion: 1`): a sample of each
 * numeric column and the top categories of each other column, for `check(…, { baseline })`. Memory stays bounded.
 */
export function profile(input: string, options: ProfileOptions = {}): Promise<Profile> {
  return profileInput(input, options, prepare);
}

/** Validates every input and returns the JSON report (SPEC section 4). */
export async function check(inputs: string | string[], options: IngestOptions = {}): Promise<Report> {
  const ro = await prepare(options);
  const list = await resolveInputs(Array.isArray(inputs) ? inputs : [inputs], { stdin: ro.stdin });
  const files = await runAll(list, ro);
  return buildReport(files, ro);
}

export type StreamItem = { type: "defect"; source: string; defect: Defect } | { type: "file"; file: FileReport };

/**
 * Yields defects as they are found, then the file's report, for callers that process millions of
 * defects. The file reports keep at most `maxDefects` entries (default 1000) as in check().
 */
export async function* checkStream(input: string, options: IngestOptions = {}): AsyncGenerator<StreamItem> {
  const queue: StreamItem[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  let failure: unknown = null;
  const notify = () => { const w = wake; wake = null; w?.(); };
  const ro = await prepare({
    ...options,
    onDefect: (defect, source) => { queue.push({ type: "defect", source, defect }); options.onDefect?.(defect, source); notify(); },
  });
  const list = await resolveInputs([input], { stdin: ro.stdin });
  const run = runAll(list, ro).then(
    (files) => { for (const file of files) queue.push({ type: "file", file }); },
    (e) => { failure = e; },
  ).finally(() => { done = true; notify(); });
  while (true) {
    while (queue.length) yield queue.shift()!;
    if (done) break;
    await new Promise<void>((r) => { wake = r; });
  }
  await run;
  if (failure) throw failure;
}
