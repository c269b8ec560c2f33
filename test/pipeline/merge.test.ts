// `ingest-check merge` refuses parts of different tool versions and the same input in two parts (QA 2026-12-01 item 15).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import type { Report } from "../../src/types.js";

let dir: string;
const edit = (from: string, to: string, change: (r: Report) => void) => {
  const r = JSON.parse(readFileSync(join(dir, from), "utf8")) as Report;
  change(r);
  writeFileSync(join(dir, to), JSON.stringify(r));
};
before(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-merge-"));
  writeFileSync(join(dir, "a.csv"), "id\n1\n");
  assert.equal(runCli(["a.csv", "-q", "--report", "p1.json"], { cwd: dir }).code, 0);
  edit("p1.json", "p2.json", (r) => { r.files[0].source = "b.csv"; });
  edit("p1.json", "p9.json", (r) => { r.tool.version = "9.9.9"; r.files[0].source = "c.csv"; });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("parts with distinct inputs merge: every input once", () => {
  const r = runCli(["merge", "p1.json", "p2.json", "--format", "json"], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  assert.deepEqual(report.files.map((f) => f.source), ["a.csv", "b.csv"]);
  assert.equal(report.summary.rows, 2);
});

test("a part made by another tool version: exit 2, one line naming both versions", () => {
  const r = runCli(["merge", "p1.json", "p9.json", "--format", "json"], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr.trim(), /^ingest-check: p9\.json: was made by ingest-check 9\.9\.9, p1\.json by ingest-check \d+\.\d+\.\d+; merge reports of one version/);
});

test("the same report twice, or an input in two parts (a stale part): exit 2, never a double count", () => {
  const twice = runCli(["merge", "p1.json", "p1.json", "--format", "json"], { cwd: dir });
  assert.equal(twice.code, 2);
  assert.match(twice.stderr.trim(), /^ingest-check: p1\.json: "a\.csv" is also in p1\.json \(p1\.json is given twice\); merging both would count it twice$/);
  edit("p1.json", "stale.json", (r) => { r.run = { ...r.run }; });
  const stale = runCli(["merge", "p1.json", "p2.json", "stale.json"], { cwd: dir });
  assert.equal(stale.code, 2);
  assert.match(stale.stderr, /stale\.json: "a\.csv" is also in p1\.json; merging both/);
});

test("a part whose figures are damaged (rows null, a count as text): exit 2 naming the part and the key, never an internal error or a string sum", () => {
  edit("p1.json", "nullrows.json", (r) => { (r.files[0] as { rows: unknown }).rows = null; });
  edit("p2.json", "textcount.json", (r) => { (r.files[0] as { errors: unknown }).errors = "3"; });
  const a = runCli(["merge", "nullrows.json"], { cwd: dir });
  assert.equal(a.code, 2);
  assert.match(a.stderr.trim(), /^ingest-check: nullrows\.json: not a whole ingest-check report: files\[0\]\.rows: /);
  const b = runCli(["merge", "p1.json", "textcount.json"], { cwd: dir });
  assert.equal(b.code, 2);
  assert.match(b.stderr.trim(), /^ingest-check: textcount\.json: not a whole ingest-check report: files\[0\]\.errors: /);
  assert.doesNotMatch(a.stderr + b.stderr, /internal error/);
});
