// The built bin's start-up shape: a CommonJS bin (no ES module loader for it) and a bundle that is its own module wrapper.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import vm from "node:vm";
import { ROOT } from "../helpers/report.js";
import { BIN } from "../helpers/cli.js";

const BUNDLE = join(ROOT, "dist", "src", "cli", "bundle.cjs");

test("the built bin is CommonJS: Node runs it without its ES module loader, and it runs the CLI", { skip: !existsSync(BIN) && "not built" }, () => {
  assert.deepEqual(JSON.parse(readFileSync(join(ROOT, "dist", "bin", "package.json"), "utf8")), { type: "commonjs" });
  // why this probe: a bin that Node loads as an ES module is never in require.cache
  const dir = mkdtempSync(join(tmpdir(), "ic-bin-"));
  try {
    const probe = join(dir, "probe.cjs");
    writeFileSync(probe, `process.on("exit", () => process.stderr.write("bin in require.cache: " + (require.cache[${JSON.stringify(BIN)}] !== undefined) + "\\n"));\n`);
    const r = spawnSync(process.execPath, ["--require", probe, BIN, "fixtures/clean.csv", "-q", "-f", "json"], {
      cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1" }, encoding: "utf8", timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).summary.files, 1);
    assert.match(r.stderr, /bin in require\.cache: true/, r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a plain run loads neither child_process (commander's, required at its first spawn) nor perf_hooks (the global performance)", { skip: !existsSync(BIN) && "not built" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-bin-"));
  try {
    const probe = join(dir, "probe.cjs");
    writeFileSync(probe, `process.on("exit", () => process.stderr.write("loaded: " + process.moduleLoadList.join(",") + "\\n"));\n`);
    const r = spawnSync(process.execPath, ["--require", probe, BIN, "fixtures/people-defects.csv", "--schema", "fixtures/people.schema.json", "-q", "-f", "json"], {
      cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1" }, encoding: "utf8", timeout: 60_000,
    });
    assert.equal(r.status, 1, r.stderr);
    assert.ok(JSON.parse(r.stdout).files[0].durationMs >= 0);
    const loaded = /loaded: (.*)/.exec(r.stderr)?.[1].split(",") ?? [];
    assert.ok(loaded.includes("NativeModule crypto"), "the probe sees the run's modules");
    assert.deepEqual(loaded.filter((m) => /^NativeModule (child_process|perf_hooks|internal\/perf\/performance)$/.test(m)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the CLI's bundle is its own wrapper: as a script its value is the module function, required it is the module", { skip: !existsSync(BUNDLE) && "no dist/src/cli/bundle.cjs (built without esbuild)" }, () => {
  const source = readFileSync(BUNDLE, "latin1");
  const run = new vm.Script(source, { filename: BUNDLE }).runInThisContext() as (...args: unknown[]) => void;
  assert.equal(typeof run, "function");
  const mod = { exports: {} as Record<string, unknown> };
  run.call(mod.exports, mod.exports, createRequire(BUNDLE), mod, BUNDLE, join(ROOT, "dist", "src", "cli"));
  assert.equal(typeof mod.exports.main, "function");
  assert.equal(typeof (createRequire(import.meta.url)(BUNDLE) as Record<string, unknown>).main, "function");
});

test("the language model's tables are a file beside the CLI's bundle, not inside it (read only when a run weighs languages)", { skip: !existsSync(BUNDLE) && "no dist/src/cli/bundle.cjs (built without esbuild)" }, () => {
  const tables = join(ROOT, "dist", "src", "encoding", "language-data.cjs");
  const { PAIRS } = createRequire(import.meta.url)(tables) as { PAIRS: Record<string, string> };
  assert.ok(Object.keys(PAIRS).length > 10);
  const bundle = readFileSync(BUNDLE, "latin1");
  assert.ok(!bundle.includes(PAIRS.fra.slice(0, 40)), "the tables are inside the bundle");
  assert.match(bundle, /require\("\.\.\/encoding\/language-data\.cjs"\)/);
});

test("the CLI's bundle is minified (a run reads all of it at each start) and keeps the keys of its module inits", { skip: (!existsSync(BUNDLE) && "no dist/src/cli/bundle.cjs (built without esbuild)") || (process.env.BUNDLE_MINIFY === "0" && "built with BUNDLE_MINIFY=0") }, () => {
  const bundle = readFileSync(BUNDLE, "latin1");
  // unminified, ~30,000 lines start indented; minified, only lines inside template literals and the licence notes do
  const indented = bundle.match(/\n {2,}\S/g)?.length ?? 0;
  assert.ok(indented < 200, `${indented} indented lines`);
  assert.ok(!bundle.includes("function validateOne("), "local names are kept");
  // test/cli/lazy-load.test.ts traces each lazily run module by these keys
  assert.ok((bundle.match(/"dist\/src\/[^"]+\.js"\(\)\{/g)?.length ?? 0) > 50, "the module inits lost their keys");
});
