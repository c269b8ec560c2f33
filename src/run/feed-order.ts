// One delivery of a feed at a time, in the order they were enqueued: a sorted set of pending job ids per feed and a lock per feed, in Redis.
//
// why both: the sorted set keeps the history in order (a job runs only when it is its feed's oldest pending one), and
// the lock covers a job BullMQ hands out again while a stalled but living worker still runs it. A worker killed
// mid-job leaves its lock to expire (it is renewed while the job runs) and its job first in line, so the job that
// comes back to the queue runs before any later delivery of its feed.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { keys } from "./queue.js";

/** Releases the lock only if it is still ours (a lock that expired may be another worker's by now). */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

/** The next number of the queue's enqueue order. */
export function nextSeq(redis: Redis, queue: string): Promise<number> {
  return redis.incr(keys.seq(queue));
}

/**
 * BullMQ's priority for a job of enqueue number `seq`: the oldest job is handed out first, also after it waited
 * its feed's turn (a delayed job goes back to the end of a plain FIFO, so a feed's line would churn). Priorities
 * stop at 2^21; past it they wrap, which costs some waiting then, never the order (the line decides that).
 */
export function priorityOf(seq: number): number {
  return 1 + (seq % 2_097_151);
}

/** Puts a job in its feed's line (a job already there keeps its place). */
export async function joinLine(redis: Redis, queue: string, feed: string, jobId: string, seq?: number): Promise<void> {
  await redis.zadd(keys.pending(queue, feed), "NX", seq ?? (await nextSeq(redis, queue)), jobId);
}

export async function leaveLine(redis: Redis, queue: string, feed: string, jobId: string): Promise<void> {
  await redis.zrem(keys.pending(queue, feed), jobId);
}

export interface FeedTurn {
  /** True while the turn is still this job's: its lock held (or taken again, unclaimed) and the job first in line. */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * The job's turn in its feed, or null when an earlier delivery is pending or the feed is locked. `gone(id)` says
 * whether a job id ahead is no longer pending in BullMQ (finished, failed, removed): it leaves the line then.
 */
export async function takeTurn(redis: Redis, queue: string, feed: string, jobId: string, lockMs: number, gone: (id: string) => Promise<boolean>): Promise<FeedTurn | null> {
  const line = keys.pending(queue, feed);
  // a job enqueued by an older enqueue, or whose place was lost: it joins the line at its end
  if ((await redis.zscore(line, jobId)) === null) await joinLine(redis, queue, feed, jobId);
  for (;;) {
    const [head] = await redis.zrange(line, 0, 0);
    if (head === jobId) break;
    if (head === undefined) return null;
    if (!(await gone(head))) return null;
    await redis.zrem(line, head);
  }
  const token = randomUUID();
  const lock = keys.lock(queue, feed);
  if ((await redis.set(lock, token, "PX", lockMs, "NX")) !== "OK") return null;
  const timer = setInterval(() => { redis.eval(RENEW, 1, lock, token, String(lockMs)).catch(() => undefined); }, Math.max(100, Math.floor(lockMs / 3)));
  timer.unref();
  return {
    // why: a worker starved of CPU longer than the lock lasts may have lost it; its results must then not count
    async held() {
      const [head] = await redis.zrange(line, 0, 0);
      if (head !== jobId) return false;
      const owner = await redis.get(lock);
      return owner === token || (owner === null && (await redis.set(lock, token, "PX", lockMs, "NX")) === "OK");
    },
    async release() {
      clearInterval(timer);
      await redis.eval(RELEASE, 1, lock, token);
    },
  };
}
