// `ingest-check worker`: takes jobs from the BullMQ queue one at a time, keeps each feed's deliveries in order, retries what may pass, stops gracefully.
import type { Job } from "bullmq";
import { IngestError, isIngestError } from "../defects/errors.js";
import { connectionOf, type ObjectJob, type RedisTarget } from "./queue.js";
import { leaveLine, takeTurn, type FeedTurn } from "./feed-order.js";
import { runObjectJob, type JobContext, type JobOutcome } from "./job.js";

type LogFn = (obj: object, msg: string) => void;
export interface RunLog { debug: LogFn; info: LogFn; warn: LogFn; error: LogFn }

export interface WorkerOptions {
  redis: RedisTarget;
  queue: string;
  ctx: JobContext;
  /** ms a job's lock (and its feed's) lasts unless renewed: how soon a killed worker's job returns to the queue. */
  lockMs: number;
  log: RunLog;
  /** Aborted on SIGTERM/SIGINT: the job in hand finishes, then the worker stops. */
  signal?: AbortSignal;
}

/** How long a job whose feed is busy waits before it is looked at again. */
const BUSY_FEED_MS = 250;

const mb = () => Math.round(process.memoryUsage().rss / 1048576);

/** The summary a completed job keeps in Redis (BullMQ's returnvalue) and logs. */
function summary(job: Job<ObjectJob>, o: JobOutcome, ms: number) {
  const base = { job: job.id, source: job.data.uri, feed: job.data.feed, attempt: job.attemptsMade + 1, durationMs: ms, rssMB: mb() };
  if (o.kind === "superseded") return { ...base, superseded: true, current: o.current };
  const f = o.file;
  return { ...base, exit: o.exit, rows: f.rows, errors: f.errors, warnings: f.warnings, byCode: f.byCode, ...(f.skipped ? { skipped: true } : {}), report: o.report };
}

/** Runs until the signal; resolves to the exit code (0 after a graceful stop). */
export async function runWorker(o: WorkerOptions): Promise<number> {
  const { Worker, Queue, DelayedError, UnrecoverableError } = await import("bullmq");
  const { Redis } = await import("ioredis");
  const connection = connectionOf(o.redis);
  const redis = new Redis(connection);
  const queue = new Queue<ObjectJob>(o.queue, { connection });
  const ordered = o.ctx.stateDir !== null;
  const gone = async (id: string) => ["completed", "failed", "unknown"].includes(await queue.getJobState(id));

  const processor = async (job: Job<ObjectJob>, token?: string) => {
    const d = job.data;
    const id = job.id!;
    let turn: FeedTurn | null = null;
    if (ordered && d.feed !== null) {
      turn = await takeTurn(redis, o.queue, d.feed, id, o.lockMs, gone);
      if (!turn) {
        // an earlier delivery of the feed is pending or running: this one waits its turn, without using an attempt
        await job.moveToDelayed(Date.now() + BUSY_FEED_MS, token);
        throw new DelayedError();
      }
    }
    o.log.debug({ job: id, source: d.uri, feed: d.feed, attempt: job.attemptsMade + 1 }, "job started");
    const started = Date.now();
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const leave = async () => { if (turn) await leaveLine(redis, o.queue, d.feed!, id); };
    try {
      let outcome: JobOutcome;
      try {
        outcome = await runObjectJob(d, id, o.ctx, turn ? () => turn!.held() : undefined);
      } catch (e) {
        const err = isIngestError(e) ? e : new IngestError("internal", (e as Error)?.message ?? String(e));
        const retry = err.exitCode === 3 && !finalAttempt;
        if (!retry) await leave();
        o.log[retry ? "warn" : "error"]({ job: id, source: d.uri, feed: d.feed, attempt: job.attemptsMade + 1, exit: err.exitCode, durationMs: Date.now() - started, rssMB: mb() }, retry ? `job failed, will retry: ${err.message}` : `job failed: ${err.message}`);
        if (err.exitCode !== 3) throw new UnrecoverableError(err.message);
        throw new Error(err.message);
      }
      await leave();
      const s = summary(job, outcome, Date.now() - started);
      if (outcome.kind === "validated" && outcome.exit === 2) {
        o.log.error(s, "job failed: the object could not be read");
        throw new UnrecoverableError(`${d.uri}: ${outcome.file.defects.find((x) => x.code === "source-error")?.message ?? "unreadable"}`);
      }
      o.log.info(s, outcome.kind === "superseded" ? "object superseded (replaced since enqueued)" : "object validated");
      return s;
    } finally {
      await turn?.release();
    }
  };

  const worker = new Worker<ObjectJob>(o.queue, processor, {
    connection, autorun: false, concurrency: 1, lockDuration: o.lockMs, stalledInterval: o.lockMs,
    // why 2: a job whose worker was killed comes back once or twice; past that it is likely what kills them
    maxStalledCount: 2,
  });
  worker.on("error", (e) => o.log.warn({ err: e.message }, "queue connection error"));
  const stop = () => { o.log.info({ queue: o.queue }, "stopping: the job in hand finishes first"); void worker.close(); };
  if (o.signal?.aborted) stop(); else o.signal?.addEventListener("abort", stop, { once: true });
  o.log.info({ queue: o.queue, ordered, rssMB: mb() }, "worker started");
  try {
    await worker.run();
  } finally {
    await worker.close();
    await queue.close();
    redis.disconnect();
  }
  o.log.info({ queue: o.queue }, "worker stopped");
  return 0;
}

/** `ingest-check failed`: the jobs that failed for good, one line each (BullMQ's failed set). */
export async function failedJobs(redisTarget: RedisTarget, name: string): Promise<Array<{ job: string; source: string; feed: string | null; attempts: number; reason: string; failedAt: string | null }>> {
  const { Queue } = await import("bullmq");
  const queue = new Queue<ObjectJob>(name, { connection: connectionOf(redisTarget, true) });
  try {
    const jobs = await queue.getFailed(0, -1);
    return jobs.map((j) => ({ job: j.id!, source: j.data.uri, feed: j.data.feed, attempts: j.attemptsMade, reason: j.failedReason, failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null }));
  } finally {
    await queue.close();
  }
}
