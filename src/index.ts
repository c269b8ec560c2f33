// The public API: check(), checkStream(), infer(), profile() and the types of the report.
import type { Defect, FileReport, Report } from "./types.js";
import { resolveOptions, type IngestOptions, type ResolvedOptions } from "./pipeline/options.js";
import { resolveInputs, type ResolvedInput } from "./source/resolve.js";
import { givenSource, type CheckInput } from "./source/given.js";
import { runAll, buildReport, exitCodeOf } from "./pipeline/run.js";
import { loadSchema } from "./schema/index.js";
import { normalizeEncodingName } from "./encoding/index.js";
import { normalizeDelimiter } from "./dialect/index.js";
import { selectShard } from "./pipeline/shard.js";
import { isDataPackagePath, refuseDataPackage } from "./datapackage/path.js";
import type { ProfileOptions } from "./pipeline/profile.js";
import type { Profile } from "./profile/baseline.js";

export type { Report, FileReport, Defect, DefectDraft, ParsedRecord, Severity, RuleLevel, FailOn, ColumnStats } from "./types.js";
export type { IngestOptions, Progress } from "./pipeline/options.js";
export type { Shard } from "./pipeline/shard.js";
export type { CheckInput, ByteInput, NamedInput } from "./source/given.js";
export type { DefectCode } from "./defects/catalog.js";
export { CATALOG, DEFECT_CODES } from "./defects/catalog.js";
export { IngestError } from "./defects/errors.js";
export { VERSION } from "./version.js";
export { exitCodeOf };
export type { Profile, ColumnProfile, NumericColumnProfile, CategoricalColumnProfile, DriftThresholds } from "./profile/baseline.js";
export type { ProfileOptions } from "./pipeline/profile.js";
export { profileToText, parseProfile } from "./profile/baseline.js";
export { hintsFor, type Hint, type HintKind } from "./report/hints.js";

/** Resolves the options once (validated, schema compiled); exported for the CLI. */
export function prepare(options: IngestOptions): Promise<ResolvedOptions> {
  return resolveOptions(options, { loadSchema, normalizeEncodingName, normalizeDelimiter });
}

/**
 * Reads one input in a streaming pass and returns its baseline profile (`profileVersion: 1`): a sample of each
 * numeric column and the top categories of each other column, for `check(…, { baseline })`. Memory stays bounded.
 */
export async function profile(input: CheckInput, options: ProfileOptions = {}): Promise<Profile> {
  refuseDataPackage(input, "profile");
  const source = givenSource(input); // a TypeError for what is neither a path nor bytes
  // why lazy (here and --state below): a plain check run loads neither
  const { profileInput } = await import("./pipeline/profile.js");
  return profileInput(source ?? (input as string), options, prepare);
}

/**
 * The inputs in order: paths expanded (folders, globs, prefixes), bytes as sources. Checked before anything runs,
 * so a wrong argument is a TypeError at the call.
 */
function inputsOf(inputs: CheckInput | CheckInput[]): { given: (ReturnType<typeof givenSource>)[]; paths: (string | null)[] } {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const given = list.map(givenSource);
  return { given, paths: list.map((x, i) => (given[i] === null ? (x as string) : null)) };
}

/** Feeds match inputs by path: bytes and streams have none, so a feeds run takes paths only. */
function pathsOnly(inputs: ReturnType<typeof inputsOf>): string[] {
  if (inputs.paths.some((p) => p === null)) throw new TypeError("check(): with `config` or `state`, every input must be a path (feeds are matched by path)");
  return inputs.paths as string[];
}

/** The inputs with each Data Package's place taken by its resources' files (`expanded`: the paths, in order). */
function packageInputs(inputs: ReturnType<typeof inputsOf>, expanded: string[]): CheckInput[] {
  if (inputs.paths.some((p) => p === null)) throw new TypeError("check(): with a Data Package, every input must be a path");
  return expanded;
}

async function resolveAll(inputs: ReturnType<typeof inputsOf>, ro: ResolvedOptions): Promise<ResolvedInput[]> {
  const out: ResolvedInput[] = [];
  const seen = new Set<string>();
  for (const [i, src] of inputs.given.entries()) {
    if (src !== null) out.push({ source: src });
    else out.push(...(await resolveInputs([inputs.paths[i]!], { stdin: ro.stdin, seen })));
  }
  return out;
}

/** Validates every input and returns the JSON report (SPEC section 4). Inputs: see CheckInput (README "Library"). With `config` (a feeds file) or `state`, inputs are grouped in feeds (src/feeds/). */
export async function check(inputs: CheckInput | CheckInput[], options: IngestOptions = {}): Promise<Report> {
  const given = inputsOf(inputs);
  const ro = await prepare(options);
  // why lazy: a plain check run loads neither the feeds nor the state
  const feeds = options.config || ro.state ? await (await import("./feeds/run.js")).FeedsRun.open(options, ro, prepare) : null;
  const paths = given.paths.filter((p): p is string => p !== null);
  const pkgs = paths.some(isDataPackagePath) ? await (await import("./datapackage/run.js")).PackageRun.open(paths, options, prepare) : null;
  // the lock comes first, so an overlapping run fails before it lists a bucket
  const state = ro.state ? await (await import("./pipeline/state.js")).StateSession.open(ro.state, feeds?.stateOptions() ?? ro) : null;
  try {
    feeds?.attach(state?.feedMemory() ?? {}, options.forgetFeeds ?? []);
    const list = feeds ? (await feeds.resolve(pathsOnly(given), ro.stdin)).list
      : selectShard(await resolveAll(pkgs ? inputsOf(packageInputs(given, pkgs.inputs())) : given, ro), ro.shard);
    const plan = state ? await state.plan(list) : null;
    const run = (xs: typeof list) => (feeds ? feeds.runAll(xs) : pkgs ? pkgs.runAll(xs, ro) : runAll(xs, ro));
    let files = plan ? plan.assemble(await run(plan.run)) : await run(list);
    if (feeds) files = feeds.finish(files);
    if (pkgs) files = pkgs.finish(files);
    // an interrupted run remembers nothing: its entries may be partial
    if (state && !ro.signal?.aborted) await state.save(list, files, feeds?.memoryOut());
    return buildReport(files, ro);
  } finally {
    await state?.release();
  }
}

export type StreamItem = { type: "defect"; source: string; defect: Defect } | { type: "file"; file: FileReport };

/**
 * Yields defects as they are found, then the file's report, for callers that process millions of
 * defects. The file reports keep at most `maxDefects` entries (default 1000) as in check().
 */
export async function* checkStream(input: CheckInput, options: IngestOptions = {}): AsyncGenerator<StreamItem> {
  refuseDataPackage(input, "checkStream()");
  const given = inputsOf(input);
  const queue: StreamItem[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  let failure: unknown = null;
  const notify = () => { const w = wake; wake = null; w?.(); };
  // why our own signal: a consumer that leaves early (break, return, throw) must stop the run — the split workers
  // and the open file — not let it validate the rest of the file for no one
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort();
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  if (options.signal?.aborted) stop.abort();
  let run: Promise<void> | null = null;
  try {
    const ro = await prepare({
      ...options,
      signal: stop.signal,
      onDefect: (defect, source) => { queue.push({ type: "defect", source, defect }); options.onDefect?.(defect, source); notify(); },
    });
    const list = await resolveAll(given, ro);
    run = runAll(list, ro).then(
      (files) => { for (const file of files) queue.push({ type: "file", file }); },
      (e) => { failure = e; },
    ).finally(() => { done = true; notify(); });
    let head = 0;
    while (true) {
      // why an index, not shift(): shift is O(n) and a file may have millions of defects queued
      while (head < queue.length) yield queue[head++];
      queue.length = 0;
      head = 0;
      if (done) break;
      await new Promise<void>((r) => { wake = r; });
    }
    await run;
    if (failure) throw failure;
  } finally {
    options.signal?.removeEventListener("abort", onOuterAbort);
    if (!done) {
      // left early: stop the run and wait until its workers are gone and its files closed
      stop.abort();
      await run;
    }
  }
}
