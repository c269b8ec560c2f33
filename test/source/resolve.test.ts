// resolve.ts: inputs are listed once each, and entries that cannot be read (folder or glob) are source-errors, never dropped or a crash.
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "ic-resolve-"));
process.on("exit", () => { try { chmodSync(join(dir, "in", "locked"), 0o755); } catch { /* not made */ } rmSync(dir, { recursive: true, force: true }); });

interface Entry { source: string; rows: { total: number }; byCode: Record<string, number> }
const entries = (stdout: string): Entry[] => (JSON.parse(stdout) as { files: Entry[] }).files;

test("resolve: a data file's link to nothing in a folder is an unreadable entry (exit 2), not left out", () => {
  const inDir = join(dir, "links");
  mkdirSync(inDir);
  writeFileSync(join(inDir, "ok.csv"), "a,b\n1,2\n");
  symlinkSync(join(inDir, "gone.csv"), join(inDir, "dangling.csv"));
  symlinkSync(join(inDir, "ok.csv"), join(inDir, "link.csv"));
  const r = runCli([inDir, "-q", "--format", "json"]);
  assert.equal(r.code, 2, r.stderr);
  const files = entries(r.stdout);
  assert.deepEqual(files.map((f) => f.source.slice(inDir.length + 1)), ["dangling.csv", "link.csv", "ok.csv"]);
  assert.equal(files[0].byCode["source-error"], 1);
  assert.equal(files[1].rows.total, 1, "a link to a file is read");
  assert.match(r.stderr, /dangling\.csv: no such file or directory/);
});

test("resolve: a glob that matches a data file's link to nothing names it as an unreadable entry (exit 2), as a folder does", () => {
  const inDir = join(dir, "glob-links");
  mkdirSync(inDir);
  writeFileSync(join(inDir, "ok.csv"), "a,b\n1,2\n");
  symlinkSync(join(inDir, "gone.csv"), join(inDir, "dangling.csv"));
  symlinkSync(join(inDir, "gone.tsv"), join(inDir, "other.tsv"));
  const r = runCli([join("glob-links", "*.csv"), "-q", "--format", "json"], { cwd: dir });
  assert.equal(r.code, 2, r.stderr);
  assert.deepEqual(entries(r.stdout).map((f) => [f.source, f.byCode["source-error"] ?? 0]), [["glob-links/dangling.csv", 1], ["glob-links/ok.csv", 0]]);
  assert.match(r.stderr, /dangling\.csv: no such file or directory/);
  // other.tsv, which `*.csv` does not match, was no entry above; a pattern that matches it lists it
  const only = runCli([join("glob-links", "o*"), "-q", "--format", "json"], { cwd: dir });
  assert.deepEqual(entries(only.stdout).map((f) => f.source), ["glob-links/ok.csv", "glob-links/other.tsv"]);
});

/** Whether the user nobody can run this checkout's CLI (every folder above it traversable, dist and node_modules readable). */
const nobodyRuns = (): boolean => runCli(["--version"], { uid: NOBODY, cwd: tmpdir() }).code === 0;
const NOBODY = 65534;

/**
 * A folder `in` holding ok.csv and a subfolder `locked` (mode 000) with x.csv; the user to run as (nobody when root).
 * Null, the test skipped with the reason, when root and nobody cannot reach the checkout (a clone under /root, or the
 * suite's private copy).
 */
function lockedFolder(t: TestContext): { inDir: string; uid?: number } | null {
  const root = process.getuid?.() === 0;
  if (root && !nobodyRuns()) { t.skip("run as root, and the user nobody cannot reach this checkout to run the CLI"); return null; }
  const inDir = join(dir, "in");
  mkdirSync(join(inDir, "locked"), { recursive: true });
  writeFileSync(join(inDir, "ok.csv"), "a,b\n1,2\n");
  writeFileSync(join(inDir, "locked", "x.csv"), "a,b\n1,2\n");
  chmodSync(dir, 0o755);
  chmodSync(join(inDir, "locked"), 0o000);
  // why: root reads a folder of mode 000, so root runs the CLI as nobody
  return root ? { inDir, uid: NOBODY } : { inDir };
}

test("resolve: a subfolder without read permission is an unreadable entry (exit 2, one line), the other files are checked", (t) => {
  const locked = lockedFolder(t);
  if (!locked) return;
  const { inDir, uid } = locked;
  const r = runCli([inDir, "-q", "--format", "json"], { uid });
  assert.equal(r.code, 2, r.stderr);
  assert.doesNotMatch(r.stderr, /internal error/);
  const files = entries(r.stdout);
  assert.deepEqual(files.map((f) => [f.source.slice(inDir.length + 1), f.byCode["source-error"] ?? 0]), [["locked", 1], ["ok.csv", 0]]);
  assert.match(r.stderr, /locked: permission denied/);
});

test("resolve: a glob that would search a subfolder without read permission names it as an unreadable entry (exit 2)", (t) => {
  const locked = lockedFolder(t);
  if (!locked) return;
  const { inDir, uid } = locked;
  const r = runCli([join(inDir, "**", "*.csv"), "-q", "--format", "json"], { uid, cwd: dir });
  assert.equal(r.code, 2, r.stderr);
  const files = entries(r.stdout);
  assert.deepEqual(files.map((f) => [f.source, f.byCode["source-error"] ?? 0]), [["in/locked", 1], ["in/ok.csv", 0]]);
  assert.match(r.stderr, /in\/locked: permission denied/);
});

test("resolve: a glob that cannot match inside a locked subfolder does not read it, and passes", (t) => {
  const locked = lockedFolder(t);
  if (!locked) return;
  const { inDir, uid } = locked;
  const r = runCli([join(inDir, "*.csv"), "-q", "--format", "json"], { uid, cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(entries(r.stdout).map((f) => f.source), ["in/ok.csv"]);
});

test("resolve: stdin named twice is read once (its rows counted once, no drained second reading)", () => {
  const r = runCli(["-", "-", "-q", "--format", "json"], { stdin: "id,v\n1,a\n2,b\n" });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(entries(r.stdout).map((f) => [f.source, f.rows.total]), [["-", 2]]);
});

test("resolve: a file named twice (two spellings, and inside a folder also named) is listed and read once", () => {
  const twice = join(dir, "twice");
  mkdirSync(twice);
  writeFileSync(join(twice, "a.csv"), "id\n1\n");
  const r = runCli(["twice/a.csv", "./twice/a.csv", "twice", join(twice, "*.csv"), "-q", "--format", "json"], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(entries(r.stdout).map((f) => [f.source, f.rows.total]), [["twice/a.csv", 1]]);
});
