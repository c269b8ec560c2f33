// The queue when things go wrong: exit-3 failures retried with backoff then listed, exit-2 failures listed at once, events on stdin de-duplicated against a listing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { once } from "node:events";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";
import { startS3, type S3Server } from "../helpers/s3.js";
import { startRedis, redisServerBinary, type RedisServer } from "../helpers/redis.js";
import { BIN, runCli } from "../helpers/cli.js";

const skip = redisServerBinary() ? false : "redis-server is not installed (apt-get install redis-server; .ci/run does)";
let s3: S3Server;
let redis: RedisServer | null;
const children: ChildProcess[] = [];

before(async () => {
  if (skip) return;
  s3 = await startS3(["landing"]);
  redis = await startRedis();
  await s3.put("landing", "in/a.csv", "id,v\n1,x\n");
  await s3.put("landing", "in/gone.csv", "id,v\n2,y\n");
});
after(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await s3?.stop();
  await redis?.stop();
});

function worker(args: string[], env: NodeJS.ProcessEnv): { log: () => string; stop: () => Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, "worker", ...args, "--log-level", "info"], { env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  children.push(child);
  let log = "";
  child.stderr!.on("data", (d: Buffer) => { log += d.toString(); });
  const exit = new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
  return { log: () => log, stop: async () => { child.kill("SIGTERM"); return exit; } };
}

async function failedList(args: string[], n: number): Promise<Array<Record<string, any>>> {
  const end = Date.now() + 60_000;
  for (;;) {
    const r = runCli(["failed", ...args]);
    const list = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    if (list.length >= n) { assert.equal(r.code, 1); return list; }
    if (Date.now() > end) throw new Error(`expected ${n} failed jobs, got ${list.length}`);
    await new Promise((res) => setTimeout(res, 300));
  }
}

async function closedPort(): Promise<number> {
  const srv = createServer().listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

test("a store that cannot be reached (exit 3): each job is tried --attempts times with backoff, then listed by `failed`", { skip, timeout: 120_000 }, async () => {
  const q = ["--queue", redis!.url, "--queue-name", "unreachable"];
  const add = runCli(["enqueue", "s3://landing/in/", ...q, "--attempts", "2", "--backoff", "200"], { env: s3.env });
  assert.match(add.stdout, /^enqueued 2, already known 0$/m, add.stderr);
  const w = worker(q, { ...s3.env, AWS_ENDPOINT_URL: `http://127.0.0.1:${await closedPort()}`, AWS_MAX_ATTEMPTS: "1" });
  const list = await failedList(q, 2);
  assert.deepEqual(list.map((j) => j.attempts), [2, 2]);
  assert.ok(list.every((j) => /network error|ECONNREFUSED/.test(j.reason)), JSON.stringify(list));
  assert.equal(await w.stop(), 0);
  assert.match(w.log(), /job failed, will retry/);
});

test("events on stdin: the same object listed later is known already; an object deleted before its turn fails at once (exit 2)", { skip, timeout: 120_000 }, async () => {
  const q = ["--queue", redis!.url, "--queue-name", "events"];
  const etag = async (key: string) => (await s3.client.send(new HeadObjectCommand({ Bucket: "landing", Key: key }))).ETag!.replace(/"/g, "");
  const rec = async (key: string) => ({ eventName: "ObjectCreated:Put", s3: { bucket: { name: "landing" }, object: { key, size: 9, eTag: await etag(key) } } });
  const event = JSON.stringify({ Records: [await rec("in/a.csv"), await rec("in/gone.csv")] });
  const add = runCli(["enqueue", "-", ...q], { env: s3.env, stdin: event });
  assert.match(add.stdout, /^enqueued 2, already known 0$/m, add.stderr);
  const listed = runCli(["enqueue", "s3://landing/in/", ...q], { env: s3.env });
  assert.match(listed.stdout, /^enqueued 0, already known 2$/m, "a listing of the same versions adds nothing");
  await s3.client.send(new DeleteObjectCommand({ Bucket: "landing", Key: "in/gone.csv" }));
  const w = worker(q, s3.env);
  const [failed] = await failedList(q, 1);
  assert.equal(failed.source, "s3://landing/in/gone.csv");
  assert.equal(failed.attempts, 1, "no retry for what will not pass");
  assert.match(failed.reason, /NoSuchKey|no such object/);
  assert.equal(await w.stop(), 0);
  assert.match(w.log(), /"source":"s3:\/\/landing\/in\/a.csv".*"object validated"/);
});

test("objects no feed matches run side by side with --state, each with its unmatched-file warning and no state file", { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "ingest-unmatched-"));
  try {
    for (let i = 0; i < 6; i++) await s3.put("landing", `loose/x${i}.csv`, `id,v\n${i},x\n`);
    const config = join(dir, "feeds.yaml");
    writeFileSync(config, 'version: 1\nfeeds:\n  - name: orders\n    match: "orders/*.csv"\n');
    const q = ["--queue", redis!.url, "--queue-name", "unmatched"];
    assert.match(runCli(["enqueue", "s3://landing/loose/", ...q, "--config", config], { env: s3.env }).stdout, /^enqueued 6, already known 0$/m);
    const args = [...q, "--config", config, "--state", join(dir, "state")];
    const ws = [worker(args, s3.env), worker(args, s3.env)];
    const done = () => ws.reduce((n, w) => n + (w.log().match(/"object validated"/g) ?? []).length, 0);
    const end = Date.now() + 60_000;
    while (done() < 6 && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    for (const w of ws) assert.equal(await w.stop(), 0);
    assert.equal(done(), 6, ws.map((w) => w.log()).join("\n"));
    assert.equal(ws.map((w) => w.log()).join("").match(/"unmatched-file":1/g)?.length, 6);
    assert.deepEqual(readdirSync(join(dir, "state")), []);
    assert.equal(runCli(["failed", ...q]).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
