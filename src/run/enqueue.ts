// `ingest-check enqueue`: lists files or s3:// prefixes (or reads S3 event notifications) and adds one BullMQ job per object version.
import type { ResolvedInput } from "../source/resolve.js";
import { resolveInputs } from "../source/resolve.js";
import { placeAll, rootOf } from "../feeds/assign.js";
import { isDefectCode } from "../defects/catalog.js";
import { IngestError } from "../defects/errors.js";
import type { Feed } from "../feeds/config.js";
import { objectsOfEventText, type EventObject } from "./events.js";
import { connectionOf, jobIdOf, type ObjectJob, type RedisTarget } from "./queue.js";
import { joinLine, nextSeq, priorityOf } from "./feed-order.js";

export interface EnqueueOptions {
  redis: RedisTarget;
  queue: string;
  /** The feeds file, to place each object in its feed (the workers keep one delivery of a feed at a time). */
  config: string | null;
  /** For events: the root the feeds' globs are written below (default: the bucket, s3://bucket/). */
  root: string | null;
  attempts: number;
  backoffMs: number;
  stdin?: NodeJS.ReadableStream;
}

export interface EnqueueResult { added: ObjectJob[]; known: ObjectJob[]; unreadable: string[] }

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(parts).toString("utf8");
}

/** A stand-in source for an object an event names: placing it in a feed needs only its name. */
function eventInput(o: EventObject): ResolvedInput {
  return { source: { uri: o.uri, size: o.size, mtimeMs: null, etag: o.etag, open: () => { throw new Error("not read here"); } } };
}

/** The jobs of every argument: listed (folders, globs, prefixes) or, for `-`, the objects the events on stdin name. */
async function jobsOf(args: string[], o: EnqueueOptions, feeds: Feed[] | null): Promise<{ jobs: ObjectJob[]; unreadable: string[] }> {
  const jobs: ObjectJob[] = [];
  const unreadable: string[] = [];
  for (const arg of args) {
    const events = arg === "-" ? objectsOfEventText(await readAll(o.stdin ?? process.stdin)) : null;
    const root = events ? null : rootOf(arg);
    const inputs = events ? events.map(eventInput) : await resolveInputs([arg]);
    const groups = events ? events.map((e) => ({ arg: o.root ?? `s3://${e.bucket}/`, inputs: [eventInput(e)] })) : [{ arg, inputs }];
    // why without config too: the implicit feed (digits as *) keeps a --state worker's deliveries of one feed in order
    for (const p of placeAll(groups, feeds)) {
      if ("error" in p.input) { unreadable.push(`${p.input.error.uri}: ${p.input.error.reason}`); continue; }
      const s = p.input.source;
      const ev = events?.find((e) => e.uri === s.uri);
      jobs.push({ uri: s.uri, root: root ?? p.root, etag: s.etag, version: ev?.version ?? null, size: s.size, mtimeMs: s.mtimeMs, feed: p.feed });
    }
  }
  return { jobs, unreadable };
}

/** Adds the jobs; one already known to the queue (waiting, running, done or failed) is left as it is. */
export async function enqueue(args: string[], o: EnqueueOptions): Promise<EnqueueResult> {
  const config = o.config ? await (await import("../feeds/config.js")).loadFeedsConfig(o.config, isDefectCode) : null;
  const { jobs, unreadable } = await jobsOf(args, o, config?.feeds ?? null);
  const { Queue } = await import("bullmq");
  const queue = new Queue<ObjectJob>(o.queue, { connection: connectionOf(o.redis, true) });
  const { Redis } = await import("ioredis");
  const redis = new Redis(connectionOf(o.redis, true));
  const result: EnqueueResult = { added: [], known: [], unreadable };
  try {
    for (const job of jobs) {
      const id = jobIdOf(job);
      if (await queue.getJob(id)) { result.known.push(job); continue; }
      const seq = await nextSeq(redis, o.queue);
      if (job.feed !== null) await joinLine(redis, o.queue, job.feed, id, seq);
      await queue.add("validate", job, {
        jobId: id, priority: priorityOf(seq), attempts: o.attempts, backoff: { type: "exponential", delay: o.backoffMs },
        // why kept: a completed job's id is what makes enqueueing the same object again a no-op
        removeOnComplete: false, removeOnFail: false,
      });
      result.added.push(job);
    }
  } catch (e) {
    throw new IngestError("input-transient", `--queue: ${(e as Error).message}`, { cause: e });
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return result;
}
