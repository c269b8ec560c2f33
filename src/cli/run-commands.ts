// The queue's commands (worker, enqueue, failed): flags → src/run/, logs on stderr, an exit code.
import { Option, type Command } from "commander";
import type { FailOn, RuleLevel } from "../types.js";
import type { Logger } from "./log.js";
import { addGlobalOptions, int, type GlobalFlags } from "./options.js";

interface QueueFlags extends GlobalFlags { queue: string; queueName: string }
interface WorkerFlags extends QueueFlags {
  schema?: string; config?: string; state?: string; reportDir?: string; failOn: FailOn; rule?: Record<string, RuleLevel>;
  maxDefects: number; jobs?: number; lockDuration: number;
}
interface EnqueueFlags extends QueueFlags { config?: string; root?: string; attempts: number; backoff: number }

export interface RunCommandsIO {
  stdout: NodeJS.WritableStream; stdin: NodeJS.ReadableStream; signal?: AbortSignal;
  logger: () => Logger; setExit: (code: number) => void;
  collectRule: (v: string, prev: Record<string, RuleLevel> | undefined) => Record<string, RuleLevel>;
}

function queueOptions(cmd: Command): Command {
  return cmd
    .requiredOption("--queue <url>", "the Redis of the BullMQ queue: redis://host:6379/0 (rediss:// for TLS)")
    .option("--queue-name <name>", "the BullMQ queue's name", "ingest-check");
}

export function addRunCommands(program: Command, io: RunCommandsIO): void {
  const worker = queueOptions(program.command("worker").description("validate the objects of a BullMQ queue as their jobs arrive (stops gracefully on SIGTERM)"))
    .option("-s, --schema <file>", "Table Schema or zod module for every object (a feed's own schema wins)")
    .option("--config <file>", "a feeds file: each object's feed, its schema and contract")
    .option("--state <folder>", "one state file per feed in this folder: each feed's memory; its deliveries run one at a time, in order")
    .option("--report-dir <folder>", "write each object's JSON report to <folder>/<job id>.json, atomically")
    .addOption(new Option("--fail-on <level>", "the lowest severity counted as failing in the job's result").choices(["error", "warning", "none"]).default("error"))
    .option("--rule <code=level>", "change a code's severity: error, warning or off (repeatable)", io.collectRule)
    .option("--max-defects <n>", "keep at most n defect entries per report", int("--max-defects"), 1000)
    .option("--jobs <n>", "threads for one large object", int("--jobs"))
    .option("--lock-duration <ms>", "how long a job's lock lasts unless renewed: a killed worker's job returns after about this", int("--lock-duration"), 30_000);
  addGlobalOptions(worker, "accepted (the worker writes only logs)").action(async (flags: WorkerFlags) => {
    const { parseRedisUrl } = await import("../run/queue.js");
    const { runWorker } = await import("../run/worker.js");
    const { prepare } = await import("../index.js");
    const log = io.logger();
    const options = {
      schema: flags.schema ?? null, config: flags.config ?? null, failOn: flags.failOn, rules: flags.rule ?? {},
      maxDefects: flags.maxDefects, jobs: flags.jobs,
    };
    const redis = parseRedisUrl(flags.queue);
    if (flags.state) await (await import("node:fs/promises")).mkdir(flags.state, { recursive: true });
    if (flags.reportDir) await (await import("node:fs/promises")).mkdir(flags.reportDir, { recursive: true });
    const ro = await prepare(options);
    if (flags.config) await (await import("../feeds/config.js")).loadFeedsConfig(flags.config, (await import("../defects/catalog.js")).isDefectCode);
    const ctx = { options, ro, prepare, stateDir: flags.state ?? null, reportDir: flags.reportDir ?? null, warn: (m: string) => log.warn(m) };
    io.setExit(await runWorker({ redis, queue: flags.queueName, ctx, lockMs: flags.lockDuration, log, signal: io.signal }));
  });

  const enqueue = queueOptions(program.command("enqueue").description("add one job per object version: files, folders, s3:// prefixes, or - for S3 event notifications (JSON) on stdin"))
    .argument("<input...>", "files, folders, globs, s3:// prefixes or objects, or - for an S3 event notification's JSON")
    .option("--config <file>", "the feeds file the workers use: places each object in its feed")
    .option("--root <url>", "for events: the prefix the feeds' globs are written below (default: s3://bucket/)")
    .option("--attempts <n>", "tries for a job that fails for a reason that may pass (exit 3)", int("--attempts"), 5)
    .option("--backoff <ms>", "the first retry's delay; it doubles at each retry", int("--backoff"), 5_000);
  addGlobalOptions(enqueue, "no summary line").action(async (inputs: string[], flags: EnqueueFlags) => {
    const { parseRedisUrl } = await import("../run/queue.js");
    const { enqueue: add } = await import("../run/enqueue.js");
    const log = io.logger();
    const r = await add(inputs, { redis: parseRedisUrl(flags.queue), queue: flags.queueName, config: flags.config ?? null, root: flags.root ?? null, attempts: Math.max(1, flags.attempts), backoffMs: flags.backoff, stdin: io.stdin });
    for (const j of r.added) log.info({ source: j.uri, feed: j.feed }, "job added");
    for (const j of r.known) log.info({ source: j.uri, feed: j.feed }, "already queued or done (same version)");
    for (const u of r.unreadable) log.error({ input: u }, "not enqueued");
    if (!flags.quiet) io.stdout.write(`enqueued ${r.added.length}, already known ${r.known.length}${r.unreadable.length ? `, unreadable ${r.unreadable.length}: ${r.unreadable.join("; ")}` : ""}\n`);
    io.setExit(r.unreadable.length ? 2 : 0);
  });

  const failed = queueOptions(program.command("failed").description("list the jobs that failed for good (one JSON line each); exit 1 when there is any"));
  addGlobalOptions(failed, "accepted (prints only the list)").action(async (flags: QueueFlags) => {
    const { parseRedisUrl } = await import("../run/queue.js");
    const { failedJobs } = await import("../run/worker.js");
    const list = await failedJobs(parseRedisUrl(flags.queue), flags.queueName);
    for (const j of list) io.stdout.write(JSON.stringify(j) + "\n");
    io.setExit(list.length ? 1 : 0);
  });
}

/** The flags of `check` that --part looks at. */
export interface PartFlags {
  part: string; report?: string; html?: string; clean?: string; rejects?: string; state?: string; shard?: string; config?: string;
  baseline?: string; stopAfter?: number; quiet?: boolean;
}

/** `ingest-check FILE --part i/n --schema S --report part-i.json`: one part's report; the verdict is merge's. */
export async function runPartCheck(inputs: string[], flags: PartFlags, prepared: () => Promise<import("../pipeline/options.js").ResolvedOptions>, io: { stdout: NodeJS.WritableStream; env: NodeJS.ProcessEnv }, log: Logger): Promise<number> {
  const { IngestError } = await import("../defects/errors.js");
  const { parsePart } = await import("../run/part-env.js");
  const spec = parsePart(flags.part, io.env);
  const other = (["html", "clean", "rejects", "state", "shard", "config"] as const).find((k) => flags[k] !== undefined);
  if (other) throw new IngestError("usage", `--part cannot be combined with --${other} (a part is not a whole file); merge the parts, then use the merged report`);
  if (inputs.length !== 1) throw new IngestError("usage", `--part reads one file or s3:// object, not ${inputs.length} inputs`);
  if (!flags.report) throw new IngestError("usage", "--part needs --report <part-i.json>: the part report that `ingest-check merge` reads");
  const { runPart } = await import("../run/part-run.js");
  const r = await runPart(inputs[0], spec, await prepared(), flags.report);
  log.info({ source: r.source, part: `${spec.index}/${spec.count}`, start: r.part.start, end: r.part.end, stop: r.part.stop, clean: r.part.clean, rows: r.summary.rows, durationMs: r.durationMs, rssMB: Math.round(process.memoryUsage().rss / 1048576) }, "part validated");
  if (!flags.quiet) io.stdout.write(`part ${spec.index}/${spec.count} of ${r.source}: bytes ${r.part.start}-${r.part.stop}, ${r.summary.rows} rows, ${r.summary.errors} errors; merge the parts for the verdict\n`);
  return 0;
}
