// The queue's shared vocabulary: the redis:// URL, the job's data, its id (one object version = one job), and the Redis keys of the feeds' order.
import { createHash } from "node:crypto";
import { IngestError } from "../defects/errors.js";

/** What a job carries: the object, the root its feed is matched below, and the feed placed at enqueue time. */
export interface ObjectJob {
  uri: string;
  /** The argument the object was listed under (folder, s3:// prefix, bucket for events): feeds match below it. */
  root: string;
  etag: string | null;
  version: string | null;
  size: number | null;
  /** A local file's mtime (ms) when listed; for S3 the ETag or version says which upload it is. */
  mtimeMs: number | null;
  /** The feed (config or implicit), or null when it matches none. */
  feed: string | null;
}

export const DEFAULT_QUEUE = "ingest-check";

export interface RedisTarget { host: string; port: number; db: number; username?: string; password?: string; tls: boolean }

/** Parses redis://[user:pass@]host[:port][/db] (rediss:// for TLS); anything else is one line, exit 2. */
export function parseRedisUrl(text: string): RedisTarget {
  let u: URL;
  try { u = new URL(text); } catch { throw new IngestError("usage", `--queue must be redis://host:6379/0, not ${JSON.stringify(text)}`); }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:") throw new IngestError("usage", `--queue must be a redis:// or rediss:// URL, not ${JSON.stringify(text)}`);
  const db = u.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d+$/.test(db)) throw new IngestError("usage", `--queue: the database after the host must be a number (redis://host:6379/0), not ${JSON.stringify(db)}`);
  return {
    host: u.hostname || "127.0.0.1", port: u.port ? Number(u.port) : 6379, db: db === "" ? 0 : Number(db),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}), ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    tls: u.protocol === "rediss:",
  };
}

/**
 * ioredis options for BullMQ. A worker has no per-command retry limit (BullMQ's workers block on Redis and ride out
 * a restart of it); `failFast` (enqueue, failed) gives up after a few tries, so a wrong URL is an error, not a hang.
 */
export function connectionOf(t: RedisTarget, failFast = false) {
  return {
    host: t.host, port: t.port, db: t.db, username: t.username, password: t.password, ...(t.tls ? { tls: {} } : {}),
    ...(failFast ? { maxRetriesPerRequest: 2, connectTimeout: 5_000, retryStrategy: (n: number) => (n > 3 ? null : 200 * n) } : { maxRetriesPerRequest: null }),
  };
}

/**
 * The job id: one per version of one object. why a hash: BullMQ ignores an add whose id it holds already (waiting,
 * running, completed or failed), so the same upload enqueued twice (a listing, then its event) is validated once;
 * ids may not hold `:`, which URIs do.
 */
export function jobIdOf(j: Pick<ObjectJob, "uri" | "etag" | "version" | "size" | "mtimeMs">): string {
  const which = j.version ?? j.etag ?? `${j.size ?? "?"}@${j.mtimeMs ?? "?"}`;
  return createHash("sha256").update(j.uri).update("\0").update(which).digest("hex").slice(0, 40);
}

/** Redis keys of the feeds' order, beside BullMQ's own (`bull:<queue>:…`). */
export const keys = {
  seq: (queue: string) => `ingest-check:${queue}:seq`,
  pending: (queue: string, feed: string) => `ingest-check:${queue}:feed:${feed}:pending`,
  lock: (queue: string, feed: string) => `ingest-check:${queue}:feed:${feed}:lock`,
};
