// One queue job: validates one object version as a one-input run (its feed's contract and memory with --state), writes its report, and says how it ended.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { FileReport, Report } from "../types.js";
import type { IngestOptions, ResolvedOptions } from "../pipeline/options.js";
import type { ResolvedInput } from "../source/resolve.js";
import { resolveInputs } from "../source/resolve.js";
import { buildReport, exitCodeOf, runAll } from "../pipeline/run.js";
import { IngestError } from "../defects/errors.js";
import { writeAtomic } from "../report/write.js";
import type { ObjectJob } from "./queue.js";

export interface JobContext {
  /** The worker's options, as `check` takes them (schema, rules, failOn, config …), without state. */
  options: IngestOptions;
  ro: ResolvedOptions;
  prepare: (o: IngestOptions) => Promise<ResolvedOptions>;
  /** `--state <folder>`: one state file per feed inside it. */
  stateDir: string | null;
  /** `--report-dir <folder>`: one JSON report per object, named by its job id. */
  reportDir: string | null;
  warn: (msg: string) => void;
}

/** Asked before a job's results are written: false when the job lost its feed's turn meanwhile (src/run/feed-order.ts). */
export type StillOurs = () => Promise<boolean>;

export type JobOutcome =
  | { kind: "validated"; exit: number; file: FileReport; report: string | null }
  | { kind: "superseded"; current: string | null };

/** The state file of a feed in the --state folder; why hashed names: implicit feeds are paths with `/` and `*`. */
export function stateFileOf(dir: string, feed: string): string {
  const name = /^[A-Za-z0-9._-]{1,80}$/.test(feed) ? feed : `feed-${createHash("sha256").update(feed).digest("hex").slice(0, 16)}`;
  return join(dir, `${name}.state.json`);
}

/** The object as it is now; an object replaced or a local file rewritten since it was enqueued is another job's. */
function sameVersion(job: ObjectJob, input: ResolvedInput): { same: boolean; current: string | null } {
  if (!("source" in input)) return { same: true, current: null };
  const s = input.source;
  if (job.etag !== null && s.etag !== null) return { same: s.etag === job.etag, current: s.etag };
  if (job.etag === null && job.mtimeMs !== null && s.mtimeMs !== null) return { same: s.mtimeMs === job.mtimeMs && s.size === job.size, current: `${s.size}@${s.mtimeMs}` };
  return { same: true, current: null };
}

/** Runs one job; an operational failure is thrown as an IngestError (exit 3: retry; exit 2: failed for good). */
export async function runObjectJob(job: ObjectJob, jobId: string, ctx: JobContext, stillOurs: StillOurs = async () => true): Promise<JobOutcome> {
  const feedsOn = Boolean(ctx.options.config) || ctx.stateDir !== null;
  // why none for an object of no feed: it has no memory to keep, and such jobs run side by side (no line to wait in)
  const statePath = ctx.stateDir === null || job.feed === null ? null : stateFileOf(ctx.stateDir, job.feed);
  const ro: ResolvedOptions = { ...ctx.ro, state: statePath };
  const { FeedsRun } = await import("../feeds/run.js");
  const feeds = feedsOn ? await FeedsRun.open({ ...ctx.options, state: statePath }, ro, ctx.prepare, { warn: ctx.warn }) : null;
  const { StateSession } = await import("../pipeline/state.js");
  // the feed's order (src/run/feed-order.ts) makes this the only job of the feed running: the lock is never contended,
  // and a worker killed mid-job left a lock whose process is gone, which is taken over
  const state = statePath ? await StateSession.open(statePath, feeds?.stateOptions() ?? ro, { warn: ctx.warn }) : null;
  try {
    feeds?.attach(state?.feedMemory() ?? {});
    const list = feeds ? await feeds.resolveOne(job.root, job.uri) : await resolveInputs([job.uri]);
    if (list.length !== 1) throw new IngestError("input", `${job.uri}: names ${list.length} objects, not one (enqueue lists prefixes itself)`);
    const only = list[0];
    if ("error" in only) throw new IngestError(only.error.transient ? "input-transient" : "input", `${job.uri}: ${only.error.reason}`);
    const version = sameVersion(job, only);
    if (!version.same) return { kind: "superseded", current: version.current };
    const plan = state ? await state.plan(list) : { run: list, assemble: (f: FileReport[]) => f };
    let files = plan.assemble(await (feeds ? feeds.runAll(plan.run) : runAll(plan.run, ro)));
    if (feeds) files = feeds.finish(files, { arrival: false });
    const report: Report = buildReport(files, ro);
    const file = report.files[0];
    const exit = exitCodeOf(report.files, ro.failOn);
    if (!(await stillOurs())) throw new IngestError("input-transient", `${job.uri}: the feed's turn was lost while validating (a worker starved longer than --lock-duration?); validated again`);
    const path = ctx.reportDir === null ? null : join(ctx.reportDir, `${jobId}.json`);
    if (path) await writeAtomic(path, JSON.stringify(report, null, 2) + "\n");
    // a read that broke (exit 3) is retried, and remembers nothing; the report shows what was seen
    if (exit === 3) throw new IngestError("input-transient", `${job.uri}: ${file.defects.find((d) => d.code === "source-error")?.message ?? "transient failure"}`);
    if (state) await state.save(list, files, feeds?.memoryOut());
    return { kind: "validated", exit, file, report: path };
  } finally {
    await state?.release();
  }
}
