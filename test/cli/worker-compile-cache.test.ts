// The workers' compile cache (bin/worker-loader.ts): a worker writes V8's cache of dist/src/worker-bundle.cjs at the end of its first job, the next run's workers compile from it, and the report stays the same.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers/report.js";
import { cacheRejected } from "../helpers/code-cache.js";

const WORKER_BUNDLE = join(ROOT, "dist", "src", "worker-bundle.cjs");
const tmp = mkdtempSync(join(tmpdir(), "ic-worker-cache-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const skip = !existsSync(WORKER_BUNDLE) ? "no dist/src/worker-bundle.cjs (built without esbuild)"
  : typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function" ? "Node has its own compile cache" : false;

// why a worker driven here, not a --jobs run: the CLI starts workers only past 16 MiB of input (run.ts WORKER_MIN_BYTES,
// options.ts SPLIT_MIN_BYTES); this child starts the worker pool.ts would start, sends it one whole-file job as
// pool.ts runInWorkers does, and prints the report's byCode
const DRIVER = join(tmp, "driver.mjs");
writeFileSync(DRIVER, `
import { Worker } from "node:worker_threads";
const [pool, file, schema] = process.argv.slice(2);
const spec = (await import(pool)).workerSpec();
const w = new Worker(spec.url);
w.on("message", (m) => {
  if (m.type !== "done" && m.type !== "failed") return;
  process.stdout.write(JSON.stringify({ url: spec.url.href, out: m.type === "done" ? m.report.byCode : m.error }));
  void w.terminate();
});
w.postMessage({ id: 0, path: file, uri: file, options: { schema }, streamDefects: false, progress: false });
`);

describe("cli: the workers' compile cache (bin/worker-loader.ts)", { skip }, () => {
  it("a worker writes V8's cache of its bundle after its first job, V8 takes it, and the next worker rewrites nothing", () => {
    const dir = mkdtempSync(join(tmp, "cache-"));
    const run = () => {
      const r = spawnSync(process.execPath, [DRIVER, pathToFileURL(join(ROOT, "dist", "src", "pipeline", "pool.js")).href, "fixtures/people-defects.csv", "fixtures/people.schema.json"], {
        cwd: ROOT, env: { PATH: process.env.PATH, TMPDIR: dir }, encoding: "utf8", timeout: 60_000,
      });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { url: string; out: unknown };
    };
    const first = run();
    assert.ok(first.url.endsWith("/dist/bin/worker-loader.js"), `the worker starts from ${first.url}`);
    const folder = join(dir, readdirSync(dir).find((f) => f.startsWith("ingest-check-compile-cache-"))!);
    const caches = readdirSync(folder).map((f) => join(folder, f));
    assert.equal(caches.length, 1, caches.join(" "));
    const cache = caches[0];
    assert.ok(cache.includes(`-${statSync(WORKER_BUNDLE).size}-`), `${cache} is not named by the worker bundle's size`);
    const accepted = cacheRejected(WORKER_BUNDLE, cache);
    assert.equal(accepted.stdout, "false", `V8 rejected the worker's cache: ${accepted.stderr}`);
    const written = statSync(cache).mtimeMs;
    const data = readFileSync(cache);
    const second = run();
    assert.deepEqual(second, first);
    assert.deepEqual(first.out, { minimum: 1, "type-error": 1, "ambiguous-null": 1, "row-missing-cells": 1, "row-extra-cells": 1 });
    assert.equal(statSync(cache).mtimeMs, written, "a cache V8 took is written anew");
    assert.deepEqual(readFileSync(cache), data);
  });
});
