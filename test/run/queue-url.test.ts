// parseRedisUrl and jobIdOf: the queue's URL and the id that makes one object version one job.
import { test } from "node:test";
import assert from "node:assert/strict";
import { jobIdOf, parseRedisUrl } from "../../src/run/queue.js";
import { priorityOf } from "../../src/run/feed-order.js";
import { isIngestError } from "../../src/defects/errors.js";

test("parseRedisUrl: host, port, database, credentials, TLS; anything else exits 2", () => {
  assert.deepEqual(parseRedisUrl("redis://127.0.0.1:6380/2"), { host: "127.0.0.1", port: 6380, db: 2, tls: false });
  assert.deepEqual(parseRedisUrl("rediss://u:p%40ss@cache.example:6379"), { host: "cache.example", port: 6379, db: 0, username: "u", password: "p@ss", tls: true });
  for (const bad of ["127.0.0.1:6379", "http://host/0", "redis://host:6379/zero"]) {
    assert.throws(() => parseRedisUrl(bad), (e: unknown) => isIngestError(e) && e.exitCode === 2, bad);
  }
});

test("jobIdOf: the same version gives the same id; another ETag, version or local mtime another; never a colon", () => {
  const a = { uri: "s3://b/k.csv", etag: '"e1"', version: null, size: 10, mtimeMs: null };
  assert.equal(jobIdOf(a), jobIdOf({ ...a, size: 99 }), "the ETag decides");
  assert.notEqual(jobIdOf(a), jobIdOf({ ...a, etag: '"e2"' }));
  assert.notEqual(jobIdOf(a), jobIdOf({ ...a, version: "v2" }));
  const f = { uri: "land/a.csv", etag: null, version: null, size: 10, mtimeMs: 1000 };
  assert.notEqual(jobIdOf(f), jobIdOf({ ...f, mtimeMs: 2000 }));
  assert.doesNotMatch(jobIdOf(a), /:/);
});

test("priorityOf: older jobs first, within BullMQ's range", () => {
  assert.ok(priorityOf(1) < priorityOf(2));
  assert.ok(priorityOf(5_000_000) >= 1 && priorityOf(5_000_000) <= 2_097_152);
});
