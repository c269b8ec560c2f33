// Start-up laziness of the BUILT command line: a plain local run loads no optional piece (AWS SDK, pino, YAML, tsx, the other reporters…), and each loads when a run needs it.
//
// How: the CLI runs under `node --import <trace.mjs>`, which records every module the process loads: an ESM resolve
// hook (module.register) appends each resolved URL to a file as it happens, and at exit the keys of require.cache
// (pino, yaml, iconv-lite and re2js load through require, see src/lazy.ts) are appended too. No timing is asserted.
// The built CLI is one CommonJS bundle of its own code (dist/src/cli/bundle.cjs, scripts/bundle-cli.mjs), where a
// module is not a file: esbuild wraps each module reached through an import() in an init function keyed by its
// dist/ path. The trace rewrites the bundle as it is compiled so that each init records its module, and counts every
// module of the bundle that is not wrapped (bundle.meta.json lists them all) as loaded at start-up.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import { isAbsolute, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ROOT } from "../helpers/report.js";
import { BIN } from "../helpers/cli.js";
import { cacheRejected } from "../helpers/code-cache.js";

const tmp = mkdtempSync(join(tmpdir(), "ic-lazy-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const TRACE = join(tmp, "trace.mjs");
writeFileSync(join(tmp, "trace-hooks.mjs"), `
import { appendFileSync } from "node:fs";
let out;
export function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(out, "esm " + r.url + "\\n");
  return r;
}
`);
writeFileSync(TRACE, `
import { register, createRequire } from "node:module";
import { appendFileSync } from "node:fs";
const out = process.env.IC_TRACE_OUT;
register(new URL("./trace-hooks.mjs", import.meta.url), { data: { out } });
const require = createRequire(import.meta.url);
process.on("exit", () => appendFileSync(out, Object.keys(require.cache).map((p) => "cjs " + p + "\\n").join("")));
const Module = require("node:module");
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith("bundle.cjs")) {
    let wrapped = 0;
    content = content.replace(/"(dist\\/src\\/[^"]+\\.js)"\\(\\)\\s*\\{(\\s*"use strict";)?/g, (m, mod) => {
      wrapped++;
      return m + "require('node:fs').appendFileSync(" + JSON.stringify(out) + ", 'init ' + " + JSON.stringify(mod) + " + '\\\\n');\\n";
    });
    // a package bundled inside (scripts/bundle-cli.mjs: commander, re2js) is esbuild's __commonJS init keyed by its path
    content = content.replace(/"(?:[^"\\n]*\\/)?node_modules\\/((?:@[^\\/"]+\\/)?[^\\/"]+)\\/[^"]*"\\([\\w$]*(?:,\\s*[\\w$]*)?\\)\\s*\\{/g, (m, pkg) =>
      m + "require('node:fs').appendFileSync(" + JSON.stringify(out) + ", 'pkg ' + " + JSON.stringify(pkg) + " + '\\\\n');\\n");
    appendFileSync(out, "wrapped " + wrapped + "\\n");
  }
  return compile.call(this, content, filename);
};
`);

interface Traced { code: number; stdout: string; stderr: string; packages: Set<string>; distFiles: Set<string>; bundled: boolean; wrapped: number; srcFiles: string[] }

/** The dist/ modules of the CLI's bundle that are not wrapped in an init function: they run at every start. */
function eagerBundleModules(): string[] {
  const dir = join(ROOT, "dist", "src", "cli");
  const { inputs } = JSON.parse(readFileSync(join(dir, "bundle.meta.json"), "utf8")) as { inputs: string[] };
  const text = readFileSync(join(dir, "bundle.cjs"), "utf8");
  return inputs.filter((m) => !new RegExp(`${JSON.stringify(m).replace(/[.]/g, "\\.")}\\(\\)\\s*\\{`).test(text)).map((m) => m.slice("dist/".length));
}

let runs = 0;
/** Runs the built CLI from the repository root with the module trace; returns what it printed and what it loaded. */
function traced(args: string[]): Traced {
  const out = join(tmp, `trace-${++runs}.txt`);
  writeFileSync(out, "");
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(TRACE).href, BIN, ...args], {
    cwd: ROOT,
    // why no compile cache: the bundle is then compiled by require(), where the trace sees its module inits (the
    // cached path runs the same bundle; its own test is below)
    env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", IC_TRACE_OUT: out, NODE_DISABLE_COMPILE_CACHE: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  const lines = readFileSync(out, "utf8").split("\n").filter(Boolean);
  const packages = new Set<string>();
  const distFiles = new Set<string>();
  const dist = join(ROOT, "dist") + sep;
  let wrapped = 0;
  const srcFiles: string[] = [];
  for (const line of lines) {
    if (line.startsWith("init ")) { distFiles.add(line.slice("init dist/".length)); continue; }
    if (line.startsWith("wrapped ")) { wrapped = Number(line.slice("wrapped ".length)); continue; }
    if (line.startsWith("pkg ")) { packages.add(line.slice("pkg ".length)); continue; }
    const where = line.slice(4);
    if (where.startsWith("node:") || !(where.startsWith("file:") || isAbsolute(where))) continue; // built-ins
    const path = where.startsWith("file:") ? fileURLToPath(where) : where;
    const pkg = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(path);
    if (pkg) packages.add(pkg[1].replace("\\", "/"));
    else if (line.startsWith("esm ") && path.startsWith(join(dist, "src"))) srcFiles.push(path);
    // a module built as its own CommonJS file beside the bundle (scripts/bundle-cli.mjs: the language tables) counts as its dist/ module
    else if (path.startsWith(dist)) distFiles.add(path.slice(dist.length).split(sep).join("/").replace(/^(src\/encoding\/[^/]+)\.cjs$/, "$1.js"));
  }
  const bundled = distFiles.has("src/cli/bundle.cjs");
  if (bundled) for (const m of eagerBundleModules()) distFiles.add(m);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, packages, distFiles, bundled, wrapped, srcFiles };
}

/** Packages and built files that a plain run (local CSV, JSON Table Schema without patterns, --format json) must not load. */
const OPTIONAL_PACKAGES = ["@aws-sdk/client-s3", "bullmq", "ioredis", "pino", "yaml", "tsx", "chardet", "jschardet", "iconv-lite", "tinyglobby", "picomatch", "re2js"];
const OPTIONAL_FILES = [
  "src/source/s3.js", "src/report/html.js", "src/report/sarif.js", "src/report/junit.js", "src/report/markdown.js",
  "src/report/github.js", "src/report/pretty.js", "src/report/ndjson.js", "src/schema/zod-module.js",
  "src/encoding/statistical.js", "src/encoding/plausibility.js", "src/encoding/legacy.js", "src/encoding/language.js", "src/encoding/language-data.js", "src/pipeline/state.js", "src/pipeline/profile.js", "src/cli/progress.js",
];

describe("cli: start-up loads only what the run needs", { skip: !existsSync(BIN) && `${BIN} is missing: run npm run build` }, () => {
  let plain: Traced;
  before(() => {
    plain = traced(["fixtures/people-defects.csv", "--schema", "fixtures/people.schema.json", "-q", "-f", "json"]);
  });

  it("the trace sees the run (the mechanism works)", () => {
    assert.equal(plain.code, 1, plain.stderr);
    assert.equal(JSON.parse(plain.stdout).files.length, 1);
    assert.ok(plain.distFiles.has("bin/ingest-check.js") && plain.distFiles.has("src/report/json.js"), `dist files traced: ${[...plain.distFiles].join(" ")}`);
    assert.ok(plain.packages.has("commander"), `packages traced: ${[...plain.packages].join(" ")}`);
  });

  it("the built bin runs the CLI's bundle when the build made one, and the trace sees its modules' inits", { skip: !existsSync(join(ROOT, "dist", "src", "cli", "bundle.cjs")) && "no dist/src/cli/bundle.cjs (built without esbuild)" }, () => {
    assert.ok(plain.bundled, `dist files traced: ${[...plain.distFiles].join(" ")}`);
    assert.deepEqual(plain.srcFiles, [], "ES modules of dist/src/ loaded beside the bundle");
    assert.ok(plain.wrapped > 50, `the trace found ${plain.wrapped} wrapped modules in the bundle`);
    assert.ok(plain.distFiles.has("src/pipeline/validate.js") && plain.distFiles.has("src/parse/csv.js"), `dist modules traced: ${[...plain.distFiles].sort().join(" ")}`);
  });

  it("a plain local run loads no optional package", () => {
    const loaded = [...plain.packages].filter((p) => OPTIONAL_PACKAGES.includes(p) || p.startsWith("@aws-sdk/") || p.startsWith("@smithy/"));
    assert.deepEqual(loaded, [], `loaded: ${[...plain.packages].sort().join(" ")}`);
  });

  it("a plain local run loads no other reporter, no S3 source, no zod-module, encoding statistics, state, profile or progress code", () => {
    assert.deepEqual(OPTIONAL_FILES.filter((f) => plain.distFiles.has(f)), []);
  });

  it("each optional piece loads when the run needs it", () => {
    // UTF-32 (a BOM iconv-lite decodes), windows-1251 (the language model), Shift_JIS (jschardet), a glob, a YAML schema with a
    // pattern, JSON logs, SARIF on stdout and an HTML report
    writeFileSync(join(tmp, "utf32.csv"), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Array.from("id,name\n1,Ann\n", (c) => [c.charCodeAt(0), 0, 0, 0]).flat())]));
    const html = join(tmp, "report.html");
    const r = traced(["fixtures/people-def*.csv", "fixtures/encoding/cyrillic-1251.csv", "fixtures/encoding/shiftjis-japanese.csv", join(tmp, "utf32.csv"),
      "--schema", "fixtures/schema/people.schema.yaml", "--log-level", "info", "-f", "sarif", "--html", html, "-q"]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).version, "2.1.0");
    assert.ok(existsSync(html));
    assert.match(r.stderr, /"msg":"file validated"/);
    for (const p of ["pino", "yaml", "tinyglobby", "re2js", "jschardet", "iconv-lite"]) assert.ok(r.packages.has(p), `${p} was not loaded: ${[...r.packages].sort().join(" ")}`);
    for (const f of ["src/report/sarif.js", "src/report/html.js", "src/encoding/statistical.js", "src/encoding/language-data.js"]) assert.ok(r.distFiles.has(f), `${f} was not loaded`);
    // still lazy: the reporters this run did not ask for
    for (const f of ["src/report/junit.js", "src/report/pretty.js", "src/source/s3.js"]) assert.ok(!r.distFiles.has(f), `${f} was loaded`);
  });
});

describe("cli: zod loads only for a bad cell whose issues are not worked out by hand", { skip: !existsSync(BIN) && `${BIN} is missing: run npm run build` }, () => {
  it("a clean file under a Table Schema never loads zod, nor does a bad integer, date or text cell; a bad JSON array cell does", () => {
    const schema = join(tmp, "clean.schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "name", type: "string" }, { name: "city", type: "string" }] }));
    const clean = traced(["fixtures/clean.csv", "--schema", schema, "-q", "-f", "json"]);
    assert.equal(clean.code, 0, clean.stderr);
    assert.ok(!clean.packages.has("zod"), `zod was loaded: ${[...clean.packages].sort().join(" ")}`);
    // why no zod: the issues of the plain kinds are worked out by hand (src/schema/issues-by-hand.ts)
    const bad = join(tmp, "bad.csv");
    writeFileSync(bad, "id,name,city,day\n1,alice,Oslo,2020-01-01\nx,bob,Lima,2020-02-30\n-3,carol,PARIS,2019-12-31\n");
    const plain = join(tmp, "plain.schema.json");
    writeFileSync(plain, JSON.stringify({ fields: [
      { name: "id", type: "integer", constraints: { minimum: 0 } }, { name: "name", type: "string", constraints: { maxLength: 3 } },
      { name: "city", type: "string", constraints: { pattern: "[A-Z][a-z]+" } }, { name: "day", type: "date", constraints: { minimum: "2020-01-01" } },
    ] }));
    const dirty = traced([bad, "--schema", plain, "-q", "-f", "json"]);
    assert.equal(dirty.code, 1, dirty.stderr);
    assert.deepEqual(JSON.parse(dirty.stdout).files[0].byCode, { "type-error": 2, minimum: 2, "max-length": 2, pattern: 1 });
    assert.ok(!dirty.packages.has("zod"), "zod was loaded for cells whose issues are worked out by hand");
    // the near miss: a JSON array field's issues are zod's own
    const arrays = join(tmp, "arrays.csv");
    writeFileSync(arrays, "id,tags\n1,\"[1]\"\n2,\"[1,2,3]\"\n");
    const arraySchema = join(tmp, "arrays.schema.json");
    writeFileSync(arraySchema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "tags", type: "array", constraints: { maxLength: 2 } }] }));
    const json = traced([arrays, "--schema", arraySchema, "-q", "-f", "json"]);
    assert.equal(json.code, 1, json.stderr);
    assert.equal(JSON.parse(json.stdout).files[0].byCode["max-length"], 1);
    assert.ok(json.packages.has("zod"), "zod loads for the bad array cell");
  });
});

describe("cli: the bundle's compile cache (bin/bundle-loader.ts)", { skip: !existsSync(join(ROOT, "dist", "src", "cli", "bundle.cjs")) && "no dist/src/cli/bundle.cjs (built without esbuild)" }, () => {
  it("the first run writes V8's cache for the bundle, the next uses it (not rewritten) and reports the same", { skip: typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function" && "Node has its own compile cache" }, () => {
    const dir = mkdtempSync(join(tmp, "cache-"));
    const run = () => {
      const r = spawnSync(process.execPath, [BIN, "fixtures/people-defects.csv", "--schema", "fixtures/people.schema.json", "-q", "-f", "json"], {
        cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", TMPDIR: dir }, encoding: "utf8", timeout: 60_000,
      });
      const report = JSON.parse(r.stdout) as { durationMs?: number; files: { durationMs?: number }[] };
      delete report.durationMs;
      for (const f of report.files) delete f.durationMs;
      return { code: r.status, stderr: r.stderr, report };
    };
    const first = run();
    const folders = readdirSync(dir).filter((f) => f.startsWith("ingest-check-compile-cache-"));
    assert.equal(folders.length, 1, `in ${dir}: ${readdirSync(dir).join(" ")}`);
    const files = readdirSync(join(dir, folders[0]));
    assert.equal(files.length, 1, files.join(" "));
    const cache = join(dir, folders[0], files[0]);
    const written = statSync(cache).mtimeMs;
    const second = run();
    assert.equal(first.code, 1, first.stderr);
    assert.deepEqual([second.code, second.stderr], [first.code, first.stderr]);
    assert.deepEqual(second.report, first.report);
    assert.equal(statSync(cache).mtimeMs, written, "a rejected cache is written anew");
  });

  it("a cache written by --help is written again by a run with a schema (once), which compiles the record path", { skip: typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function" && "Node has its own compile cache" }, () => {
    const dir = mkdtempSync(join(tmp, "cache-kind-"));
    const env = { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", TMPDIR: dir };
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    const cacheFile = () => {
      const folder = readdirSync(dir).find((f) => f.startsWith("ingest-check-compile-cache-"))!;
      const files = readdirSync(join(dir, folder));
      assert.equal(files.length, 1, files.join(" "));
      return join(dir, folder, files[0]);
    };
    assert.equal(run(["--help"]).status, 0);
    const help = readFileSync(cacheFile());
    const data = ["fixtures/people-defects.csv", "--schema", "fixtures/people.schema.json", "-q", "-f", "json"];
    assert.equal(run(data).status, 1);
    const wide = readFileSync(cacheFile());
    assert.deepEqual([help[0], wide[0]], [0, 2], "the first byte names the kind of run that wrote it");
    // why 8: V8 copies cached data that is not pointer-aligned before reading it (a second ~800 KB at every start)
    assert.deepEqual([...wide.subarray(1, 8)], [0, 0, 0, 0, 0, 0, 0], "V8's data starts 8 bytes in");
    const accepted = cacheRejected(join(ROOT, "dist", "src", "cli", "bundle.cjs"), cacheFile());
    assert.equal(accepted.stdout, "false", `V8 rejected the data at offset 8: ${accepted.stderr}`);
    assert.ok(wide.length > help.length, `the schema run's cache holds more compiled code (${help.length} → ${wide.length} bytes)`);
    const written = statSync(cacheFile()).mtimeMs;
    assert.equal(run(data).status, 1);
    assert.equal(run(["--help"]).status, 0);
    assert.equal(statSync(cacheFile()).mtimeMs, written, "a run of the same or a narrower kind keeps the cache");
  });
});
