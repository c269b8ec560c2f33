// s3:// inputs against a real S3-compatible server (s3rver on 127.0.0.1), plus broken servers for the failure paths.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { startS3, type S3Server } from "../helpers/s3.js";
import { resolveS3, classifyS3Error, type S3Options } from "../../src/source/s3.js";
import { resolveInputs } from "../../src/source/resolve.js";
import { check } from "../../src/index.js";
import { exitCodeOf } from "../../src/pipeline/run.js";
import { IngestError } from "../../src/defects/errors.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";

let s3: S3Server;
const CSV = "id,name\n1,a\n2,b\n";
// bounded: no test waits on the SDK's default 60 s timeouts or its retries
const quick = (env: NodeJS.ProcessEnv): S3Options => ({ env, maxAttempts: 1, connectionTimeoutMs: 2_000, requestTimeoutMs: 5_000, socketTimeoutMs: 5_000 });

before(async () => {
  s3 = await startS3(["landing", "other"]);
  // written out of order on purpose: the listing must come back sorted by key
  await s3.put("landing", "in/c.csv", CSV);
  await s3.put("landing", "in/a.csv", CSV);
  await s3.put("landing", "in/sub/b.tsv", "id\tname\n1\tx\n");
  await s3.put("landing", "in/notes.md", "# not data\n");
  await s3.put("landing", "in/image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await s3.put("landing", "in/d.csv.gz", gzipSync(Buffer.from("id,name\n1,zipped\n2,,\n")));
  await s3.put("landing", "in/e.txt", CSV);
  await s3.put("landing", "inx/not-under-prefix.csv", CSV);
  for (let i = 0; i < 5; i++) await s3.put("other", `many/f${i}.csv`, CSV);
});

after(async () => { await s3?.stop(); });

test("a prefix lists its data objects recursively, sorted by key, others filtered out", async () => {
  const list = await resolveS3("s3://landing/in/", quick(s3.env));
  assert.deepEqual(list.map((i) => ("source" in i ? i.source.uri : `error: ${i.error.reason}`)), [
    "s3://landing/in/a.csv", "s3://landing/in/c.csv", "s3://landing/in/d.csv.gz", "s3://landing/in/e.txt", "s3://landing/in/sub/b.tsv",
  ]);
  for (const i of list) {
    assert.ok("source" in i);
    assert.equal(typeof i.source.size, "number");
    assert.match(i.source.etag ?? "", /^".+"$/, "ETag as S3 gives it");
    assert.equal(typeof i.source.mtimeMs, "number");
    assert.equal(i.source.path, undefined, "not a local file: stays out of the worker pool");
  }
});

test("listing is paginated (page size 2 over 5 keys) and still complete and sorted", async () => {
  const list = await resolveS3("s3://other/many/", { ...quick(s3.env), pageSize: 2 });
  assert.deepEqual(list.map((i) => ("source" in i ? i.source.uri : i.error.reason)), [0, 1, 2, 3, 4].map((k) => `s3://other/many/f${k}.csv`));
});

test("a single object key is one input; a key without object is tried as a folder", async () => {
  const one = await resolveS3("s3://landing/in/a.csv", quick(s3.env));
  assert.equal(one.length, 1);
  assert.ok("source" in one[0]);
  assert.equal(one[0].source.size, Buffer.byteLength(CSV));
  const folder = await resolveS3("s3://landing/in/sub", quick(s3.env));
  assert.deepEqual(folder.map((i) => ("source" in i ? i.source.uri : i.error.reason)), ["s3://landing/in/sub/b.tsv"]);
  const none = await resolveS3("s3://landing/nothing-here", quick(s3.env));
  assert.ok("error" in none[0] && !none[0].error.transient);
});

test("objects stream through the whole pipeline, gzip included (library check)", async () => {
  const saved = { ...process.env };
  Object.assign(process.env, s3.env);
  try {
    const report = await check(["s3://landing/in/"], { jobs: 2 });
    assertReport(report);
    assert.equal(report.files.length, 5);
    const gz = report.files.find((f) => f.source.endsWith("d.csv.gz"))!;
    assert.equal(gz.rows.total, 2);
    assert.equal(gz.byCode["row-extra-cells"], 1, "the gzip object was decompressed and validated");
    const a = report.files.find((f) => f.source === "s3://landing/in/a.csv")!;
    assert.equal(a.rows.total, 2);
    assert.equal(a.errors, 0);
    assert.equal(a.bytes, Buffer.byteLength(CSV));
  } finally {
    for (const k of Object.keys(s3.env)) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
  }
});

test("CLI: a prefix validates end to end, exit 1 for the defect in the gzip object", () => {
  const r = runCli(["s3://landing/in/", "--format", "json", "-q"], { env: s3.env });
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assertReport(report);
  assert.deepEqual(report.files.map((f: { source: string }) => f.source), [
    "s3://landing/in/a.csv", "s3://landing/in/c.csv", "s3://landing/in/d.csv.gz", "s3://landing/in/e.txt", "s3://landing/in/sub/b.tsv",
  ]);
  assert.equal(r.stderr, "", "no SDK warning or other noise on stderr");
});

test("--state with objects: unchanged ETag + size is skipped (a re-upload of the same bytes too); a changed object is read again", async () => {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "ingest-s3-state-"));
  const state = join(dir, "state.json");
  await s3.put("other", "st/a.csv", CSV);
  await s3.put("other", "st/b.csv", CSV);
  const runIt = () => {
    const r = runCli(["s3://other/st/", "--state", state, "--format", "json", "-q"], { env: s3.env });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return (JSON.parse(r.stdout) as { files: { source: string; skipped?: boolean }[] }).files.map((f) => [f.source, Boolean(f.skipped)]);
  };
  try {
    assert.deepEqual(runIt(), [["s3://other/st/a.csv", false], ["s3://other/st/b.csv", false]]);
    assert.deepEqual(runIt(), [["s3://other/st/a.csv", true], ["s3://other/st/b.csv", true]]);
    await new Promise((r) => setTimeout(r, 1100)); // LastModified has one-second resolution
    await s3.put("other", "st/a.csv", CSV);
    await s3.put("other", "st/b.csv", CSV.replace("1,a", "1,z"));
    assert.deepEqual(runIt(), [["s3://other/st/a.csv", true], ["s3://other/st/b.csv", false]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("CLI: a missing bucket is a source-error with exit code 2", () => {
  const r = runCli(["s3://no-such-bucket/x/", "--format", "json", "-q"], { env: s3.env });
  assert.equal(r.code, 2, r.stderr);
  const report = JSON.parse(r.stdout);
  assertReport(report);
  assert.equal(report.files[0].source, "s3://no-such-bucket/x/");
  assert.equal(report.files[0].byCode["source-error"], 1);
  assert.match(report.files[0].defects[0].message, /NoSuchBucket/);
  assert.match(r.stderr, /^ingest-check: s3:\/\/no-such-bucket\/x\/: .*NoSuchBucket/m);
  assert.equal(r.stderr.trim().split("\n").length, 1, "one line, no stack");
});

test("CLI: a missing key is a source-error with exit code 2", () => {
  const r = runCli(["s3://landing/in/zzz.csv", "--format", "json", "-q"], { env: s3.env });
  assert.equal(r.code, 2, r.stderr);
  assert.equal(JSON.parse(r.stdout).files[0].byCode["source-error"], 1);
});

test("CLI: a refused connection is transient: exit code 3", async () => {
  const port = await freePort();
  const r = runCli(["s3://landing/in/", "--format", "json", "-q"], { env: { ...s3.env, AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`, AWS_MAX_ATTEMPTS: "1" } });
  assert.equal(r.code, 3, r.stderr);
  const report = JSON.parse(r.stdout);
  assertReport(report);
  assert.equal(report.ok, false);
  assert.equal(report.files[0].byCode["source-error"], 1);
  assert.match(report.files[0].defects[0].message, /ECONNREFUSED/);
});

test("throttling and 5xx are transient; NoSuchKey, AccessDenied are not", () => {
  const sdk = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
  assert.equal(classifyS3Error(sdk("SlowDown", 503)).transient, true);
  assert.equal(classifyS3Error(sdk("ServiceUnavailable", 503)).transient, true);
  assert.equal(classifyS3Error(sdk("InternalError", 500)).transient, true);
  assert.equal(classifyS3Error(sdk("Unknown", 429)).transient, true);
  assert.equal(classifyS3Error(Object.assign(new Error("t"), { name: "TimeoutError" })).transient, true);
  assert.equal(classifyS3Error(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })).transient, true);
  assert.equal(classifyS3Error(sdk("NoSuchKey", 404)).transient, false);
  assert.equal(classifyS3Error(sdk("NoSuchBucket", 404)).transient, false);
  assert.equal(classifyS3Error(sdk("AccessDenied", 403)).transient, false);
});

// ---------------------------------------------------------------- broken servers

/** A server that answers HEAD with the full size and GET with `send` bytes of it, then `end` (close or reset). */
async function brokenServer(size: number, send: number, mode: "reset" | "chunked-short" | "throttle"): Promise<{ url: string; close(): Promise<void> }> {
  const body = Buffer.from("id,name\n" + "1,abcdefgh\n".repeat(Math.ceil(size / 11))).subarray(0, size);
  const server: Server = createServer((req, res) => {
    const common = { ETag: '"abc123"', "Last-Modified": new Date(0).toUTCString() };
    if (mode === "throttle") {
      res.writeHead(503, { "Content-Type": "application/xml" });
      res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
      return;
    }
    if (req.method === "HEAD") { res.writeHead(200, { ...common, "Content-Length": String(size) }); res.end(); return; }
    if (mode === "reset") {
      // headers promise `size` bytes; the socket closes after `send`
      res.writeHead(200, { ...common, "Content-Length": String(size) });
      res.write(body.subarray(0, send), () => setTimeout(() => res.socket?.destroy(), 20));
    } else {
      // no Content-Length: the body ends cleanly but short; only the listed size can tell
      res.writeHead(200, { ...common, "Transfer-Encoding": "chunked" });
      res.end(body.subarray(0, send));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

for (const mode of ["reset", "chunked-short"] as const) {
  test(`an object stream that stops early (${mode}) is a source-error, never a shorter success`, async () => {
    const srv = await brokenServer(200_000, 70_000, mode);
    try {
      const list = await resolveInputs(["s3://bucket/big.csv"], { s3: quick({ ...s3.env, AWS_ENDPOINT_URL: srv.url }) });
      const first = list[0];
      assert.ok("source" in first, JSON.stringify(first));
      assert.equal(first.source.size, 200_000);
      // straight from the source: the stream throws an IngestError, transient
      await assert.rejects(async () => { for await (const _ of first.source.open()) { /* read */ } }, (e: unknown) => {
        assert.ok(e instanceof IngestError);
        assert.equal(e.code, "input-transient");
        assert.match(e.message, /70000 of 200000 bytes/);
        return true;
      });
      // through the pipeline: a source-error entry, and the run's exit code is 3
      const saved = { ...process.env };
      Object.assign(process.env, s3.env, { AWS_ENDPOINT_URL: srv.url, AWS_MAX_ATTEMPTS: "1" });
      try {
        const report = await check(["s3://bucket/big.csv"]);
        assertReport(report);
        const f = report.files[0];
        assert.equal(f.byCode["source-error"], 1, JSON.stringify(f.byCode));
        assert.equal(f.partial, true);
        assert.equal(report.ok, false);
        assert.equal(exitCodeOf(report.files, "none"), 3, "whatever --fail-on says");
      } finally {
        for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
        Object.assign(process.env, saved);
      }
    } finally {
      await srv.close();
    }
  });
}

test("CLI: a truncated object stream gives exit code 3 and a one-line message", async () => {
  const srv = await brokenServer(200_000, 50_000, "reset");
  try {
    const r = await runCliAsync(["s3://bucket/big.csv", "--format", "json", "-q"], { ...s3.env, AWS_ENDPOINT_URL: srv.url, AWS_MAX_ATTEMPTS: "1" });
    assert.equal(r.code, 3, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.files[0].byCode["source-error"], 1);
    assert.match(r.stderr, /^ingest-check: s3:\/\/bucket\/big\.csv: .*50000 of 200000 bytes/m);
  } finally {
    await srv.close();
  }
});

test("CLI: throttling (503 SlowDown) on listing gives exit code 3", async () => {
  const srv = await brokenServer(10, 10, "throttle");
  try {
    const r = await runCliAsync(["s3://bucket/in/", "--format", "json", "-q"], { ...s3.env, AWS_ENDPOINT_URL: srv.url, AWS_MAX_ATTEMPTS: "1" });
    assert.equal(r.code, 3, r.stderr);
    assert.match(JSON.parse(r.stdout).files[0].defects[0].message, /SlowDown/);
  } finally {
    await srv.close();
  }
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** runCli blocks this thread, so a server living in this process needs an asynchronous spawn. */
async function runCliAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import("node:child_process");
  const { BIN } = await import("../helpers/cli.js");
  const { ROOT } = await import("../helpers/report.js");
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d) => { stdout += d; });
  child.stderr.on("data", (d) => { stderr += d; });
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await new Promise<number>((r) => child.on("close", (c) => r(c ?? -1)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}
