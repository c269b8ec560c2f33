// The queue end to end: redis-server and an S3-compatible server on 127.0.0.1, 200 objects, 3 worker processes of the built CLI, one killed mid-job.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startS3, type S3Server } from "../helpers/s3.js";
import { startRedis, redisServerBinary, type RedisServer } from "../helpers/redis.js";
import { BIN, runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";
import { ROOT } from "../helpers/report.js";

const skip = redisServerBinary() ? false : "redis-server is not installed (apt-get install redis-server; .ci/run does)";
let s3: S3Server;
let redis: RedisServer | null;
let dir: string;

before(async () => {
  if (skip) return;
  s3 = await startS3(["landing"]);
  redis = await startRedis();
  dir = mkdtempSync(join(tmpdir(), "ingest-queue-"));
});
const started: Worker[] = [];
after(async () => {
  for (const w of started) if (w.child.exitCode === null) w.child.kill("SIGKILL");
  await s3?.stop();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FEEDS = ["f0", "f1", "f2", "f3"];
const BIG = "landing/f1/d_0025.csv";

/** A small delivery of feed k: its own ids, so no two objects hold the same bytes (no duplicate-delivery). */
function delivery(feed: number, n: number): string {
  const lines = ["id,amount,city"];
  for (let i = 0; i < 5; i++) lines.push(`${feed * 100_000 + n * 10 + i},${(10 + ((n * 7 + i) % 13)).toFixed(2)},${["Lyon", "Köln", "Porto"][i % 3]}`);
  return lines.join("\n") + "\n";
}

/** The big delivery a worker is killed in: long enough to be mid-job when the kill lands. */
function big(): string {
  const lines = ["id,amount,city"];
  for (let i = 0; i < 600_000; i++) lines.push(`${900_000_000 + i},${(10 + (i % 13)).toFixed(2)},${["Lyon", "Köln", "Porto"][i % 3]}`);
  return lines.join("\n") + "\n";
}

interface Worker { child: ChildProcess; log: string; exit: Promise<number | null> }

function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, [BIN, "worker", ...args], { env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", ...s3.env }, stdio: ["ignore", "ignore", "pipe"] });
  const w: Worker = { child, log: "", exit: new Promise((r) => child.once("exit", (code) => r(code))) };
  child.stderr!.on("data", (d: Buffer) => { w.log += d.toString(); });
  started.push(w);
  return w;
}

const lines = (w: Worker) => w.log.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, any>);

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test("3 workers, 200 objects, one worker killed mid-job: every object validated exactly once, each feed's history in order", { skip, timeout: 300_000 }, async (t) => {
  const startedAt = Date.now();
  const keys: string[] = [];
  for (let n = 0; n < 50; n++) {
    for (const [k, f] of FEEDS.entries()) {
      const key = `${f}/d_${String(n).padStart(4, "0")}.csv`;
      keys.push(key);
      await s3.put("landing", key, `landing/${key}` === BIG ? big() : delivery(k, n));
    }
  }
  const config = join(dir, "feeds.yaml");
  writeFileSync(config, `version: 1\ndefaults: { history: 100 }\nfeeds:\n${FEEDS.map((f) => `  - name: ${f}\n    match: "${f}/*.csv"\n`).join("")}`);
  const queue = ["--queue", redis!.url];
  const first = runCli(["enqueue", "s3://landing/", ...queue, "--config", config], { env: s3.env });
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^enqueued 200, already known 0$/m);

  const reports = join(dir, "reports");
  const state = join(dir, "state");
  const args = [...queue, "--config", config, "--state", state, "--report-dir", reports, "--log-level", "debug", "--lock-duration", "5000"];
  const workers = [startWorker(args), startWorker(args), startWorker(args)];
  // the worker that starts the big object is killed while it reads it
  let victim: Worker | undefined;
  await until("a worker starting the big object", () => (victim = workers.find((w) => lines(w).some((l) => l.msg === "job started" && l.source === `s3://${BIG}`))) !== undefined, 120_000);
  victim!.child.kill("SIGKILL");
  assert.equal(await victim!.exit, null);
  const alive = workers.filter((w) => w !== victim);
  const validated = () => workers.flatMap(lines).filter((l) => l.msg === "object validated");
  await until("200 objects validated", () => validated().length >= 200, 180_000).catch((e) => {
    // the workers' logs, for whoever looks into a failure
    mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
    writeFileSync(join(ROOT, "test-artifacts", "queue-workers.log"), workers.map((w) => w.log).join("\n----\n"));
    throw new Error(`${(e as Error).message}: ${validated().length} validated (logs: test-artifacts/queue-workers.log)`);
  });
  // a moment more: a second validation of anything would show here
  await new Promise((r) => setTimeout(r, 1500));

  const done = validated();
  assert.equal(done.length, 200, "one 'object validated' line per object");
  assert.equal(new Set(done.map((l) => l.source)).size, 200);
  assert.deepEqual(new Set(done.map((l) => l.source)), new Set(keys.map((k) => `s3://landing/${k}`)));
  assert.ok(!lines(victim!).some((l) => l.msg === "object validated" && l.source === `s3://${BIG}`), "the killed worker never finished the big object");
  const bigDone = done.find((l) => l.source === `s3://${BIG}`)!;
  assert.equal(bigDone.rows.total, 600_000);
  // one report per object, named by its job, holding that object
  const files = readdirSync(reports).filter((f) => f.endsWith(".json"));
  assert.equal(files.length, 200);
  const sources = files.map((f) => (JSON.parse(readFileSync(join(reports, f), "utf8")) as Report).files[0].source);
  assert.equal(new Set(sources).size, 200);
  // each feed's history holds its 50 deliveries once each, in the order they landed
  for (const f of FEEDS) {
    const st = JSON.parse(readFileSync(join(state, `${f}.state.json`), "utf8"));
    const got = st.feeds[f].deliveries.map((d: { source: string }) => d.source);
    assert.deepEqual(got, keys.filter((k) => k.startsWith(`${f}/`)).map((k) => `s3://landing/${k}`), `feed ${f} in order`);
  }
  const failed = runCli(["failed", ...queue]);
  assert.equal(failed.code, 0, failed.stdout);
  // the same objects again: nothing new
  const again = runCli(["enqueue", "s3://landing/", ...queue, "--config", config], { env: s3.env });
  assert.match(again.stdout, /^enqueued 0, already known 200$/m);
  // SIGTERM: the workers stop gracefully
  for (const w of alive) w.child.kill("SIGTERM");
  for (const w of alive) assert.equal(await w.exit, 0);
  for (const w of alive) assert.ok(lines(w).some((l) => l.msg === "worker stopped"));
  const rss = alive.flatMap(lines).filter((l) => l.rssMB).map((l) => l.rssMB as number);
  t.diagnostic(`queue test: ${((Date.now() - startedAt) / 1000).toFixed(1)} s; worker RSS max ${Math.max(...rss)} MB`);
});
