// The worker bundle holds re2js (scripts/bundle-worker.mjs): a split's worker compiles it from the bundle's code cache, not anew from node_modules, and `pattern` still works there.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers/report.js";

const WORKER_BUNDLE = join(ROOT, "dist", "src", "worker-bundle.cjs");
const tmp = mkdtempSync(join(tmpdir(), "ic-worker-re2js-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const skip = existsSync(WORKER_BUNDLE) ? false : "no dist/src/worker-bundle.cjs (built without esbuild)";

// why a worker driven here: the CLI starts workers only past 16 MiB of input; this child starts the worker pool.ts
// would start and sends it one whole-file job, as test/cli/worker-compile-cache.test.ts does
const DRIVER = join(tmp, "driver.mjs");
writeFileSync(DRIVER, `
import { Worker } from "node:worker_threads";
const [pool, file, schema] = process.argv.slice(2);
const w = new Worker((await import(pool)).workerSpec().url);
w.on("message", (m) => {
  if (m.type !== "done" && m.type !== "failed") return;
  process.stdout.write(JSON.stringify(m.type === "done" ? m.report.byCode : m.error));
  void w.terminate();
});
w.postMessage({ id: 0, path: file, uri: file, options: { schema }, streamDefects: false, progress: false });
`);

describe("cli: re2js inside the worker bundle", { skip }, () => {
  it("the bundle requires no re2js from node_modules: it holds the package as an init of its own", () => {
    const text = readFileSync(WORKER_BUNDLE, "latin1");
    assert.doesNotMatch(text, /require\("re2js"\)/);
    assert.match(text, /"node_modules\/re2js\/[^"]+"\(/);
  });

  it("a worker checks a `pattern` with the re2js inside (a pass, a failure, a missing value)", () => {
    const csv = join(tmp, "codes.csv");
    writeFileSync(csv, "id,code\n1,AB-123\n2,ab-123\n3,\n");
    const schema = join(tmp, "codes.schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "code", type: "string", constraints: { pattern: "[A-Z]{2}-\\d{3}" } }], missingValues: [""] }));
    const r = spawnSync(process.execPath, [DRIVER, pathToFileURL(join(ROOT, "dist", "src", "pipeline", "pool.js")).href, csv, schema], {
      cwd: ROOT, env: { PATH: process.env.PATH, TMPDIR: mkdtempSync(join(tmp, "cache-")) }, encoding: "utf8", timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { pattern: 1 });
  });
});
