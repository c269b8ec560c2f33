// Runs every test/**/*.test.ts with node's test runner, TypeScript loaded through tsx.
//   node scripts/run-tests.mjs [substring...]              in place: the test files whose path holds a substring
//   node scripts/run-tests.mjs --isolated [substring...]   (npm test) proves the checkout stands on its own: see below
import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const isolated = args.includes("--isolated");
const filter = args.filter((a) => a !== "--isolated");
const files = find(join(ROOT, "test")).map((f) => relative(ROOT, f))
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}
const tty = Boolean(process.stdout.isTTY);

/** One `node --test` run; resolves to its exit status and the counts of its closing summary (read from a TAP copy). */
async function runNode(list, { cwd, env, tap }) {
  const reporters = tap ? [`--test-reporter=${tty ? "spec" : "tap"}`, "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tap}`] : [];
  const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...reporters, ...list], { stdio: "inherit", cwd, env });
  const r = await new Promise((done) => child.on("close", (status) => done({ status })));
  const counts = {};
  if (tap && existsSync(tap)) {
    for (const m of readFileSync(tap, "utf8").matchAll(/^# (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) counts[m[1]] = Number(m[2]);
  }
  return { status: r.status ?? 1, counts };
}

if (!isolated) process.exit((await runNode(files, { cwd: ROOT, env: process.env })).status);

// --isolated: the suite runs in a copy of the checkout placed where no shared folder sits beside it. The test files
// that read the shared corpora are the ones importing test/helpers/shared.ts; they run last and find the corpus
// through INGEST_CHECK_SHARED (skipping with a message when it is absent). Every other file runs with
// INGEST_CHECK_SHARED pointing at a folder that does not exist, so a test that needs the shared folder fails here.
const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), "ingest-check-test-"));
// why open to all: as root, the permission tests run the CLI as the user nobody, who must reach the copy (mode 700 otherwise)
chmodSync(tmp, 0o755);
const copy = join(tmp, basename(ROOT));
const LEFT_OUT = new Set(["node_modules", ".git", "test-artifacts", "scratch", "corpus-results", "dist-bundle", join("bench", "data")]);
cpSync(ROOT, copy, { recursive: true, filter: (src) => !LEFT_OUT.has(relative(ROOT, src)) });
symlinkSync(realpathSync(join(ROOT, "node_modules")), join(copy, "node_modules"), "dir");
// why linked back: the screenshots and examples the tests leave are for the person who ran them
mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
symlinkSync(join(ROOT, "test-artifacts"), join(copy, "test-artifacts"), "dir");
const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { cleanUp(); process.exit(sig === "SIGINT" ? 130 : 143); });

const readsCorpus = (f) => readFileSync(join(ROOT, f), "utf8").includes("helpers/shared.js");
const corpusFiles = files.filter(readsCorpus);
const ownFiles = files.filter((f) => !readsCorpus(f));
const shared = resolve(process.env.INGEST_CHECK_SHARED ?? join(ROOT, "..", "shared"));
const { INGEST_CHECK_CORPUS: _c, CORPUS_DIR: _d, ...baseEnv } = process.env;
const runs = [];
if (ownFiles.length) {
  console.log(`# ${ownFiles.length} test files without the shared folder (in a copy of the checkout: ${copy})`);
  runs.push(await runNode(ownFiles, { cwd: copy, tap: join(tmp, "own.tap"), env: { ...baseEnv, INGEST_CHECK_SHARED: join(tmp, "no-shared"), INGEST_CHECK_ISOLATED: "1" } }));
}
if (corpusFiles.length) {
  console.log(`# ${corpusFiles.length} test files that read the shared corpora (${existsSync(shared) ? shared : `absent: ${shared}`})`);
  runs.push(await runNode(corpusFiles, { cwd: copy, tap: join(tmp, "corpus.tap"), env: { ...process.env, INGEST_CHECK_SHARED: shared } }));
}
cleanUp();

// The run ends with the runner's summary lines, for the whole suite.
const mark = tty ? "ℹ" : "#";
console.log(`${mark} whole suite: ${files.length} test files (${ownFiles.length} without the shared folder, ${corpusFiles.length} with it)`);
for (const key of ["tests", "suites", "pass", "fail", "cancelled", "skipped", "todo"]) {
  console.log(`${mark} ${key} ${runs.reduce((n, r) => n + (r.counts[key] ?? 0), 0)}`);
}
console.log(`${mark} duration_ms ${Date.now() - started}`);
process.exit(runs.some((r) => r.status !== 0) ? 1 : 0);
