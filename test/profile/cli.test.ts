// End to end through the BUILT command line: `profile` a generated file, then `check --baseline` on the same data and on shifted data; exit codes; malformed baselines.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport, FIXTURES } from "../helpers/report.js";
import type { Report } from "../../src/types.js";
import { people } from "./data.js";

const tmp = mkdtempSync(join(tmpdir(), "ic-profile-cli-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };

let base: string, shifted: string, baselinePath: string;
before(() => {
  base = file("base.csv", people({ rows: 2000, seed: 11 }));
  shifted = file("shifted.csv", people({ rows: 2000, seed: 12, ageShift: 20, italianMix: 0.7 }));
  const r = runCli(["profile", base]);
  assert.equal(r.code, 0, r.stderr);
  baselinePath = file("baseline.json", r.stdout);
});

function jsonCheck(args: string[]) {
  const r = runCli([...args, "--format", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  return { ...r, report, drift: report.files[0].defects.filter((d) => d.code === "drift") };
}

describe("cli: profile", () => {
  it("prints a profileVersion 1 profile, the same on every run", () => {
    const again = runCli(["profile", base]);
    assert.equal(again.stdout, runCli(["profile", base]).stdout);
    const p = JSON.parse(again.stdout) as { profileVersion: number; rows: number; columns: Array<{ name: string; kind: string }> };
    assert.equal(p.profileVersion, 1);
    assert.equal(p.rows, 2000);
    assert.deepEqual(p.columns.map((c) => `${c.name}:${c.kind}`), ["id:numeric", "age:numeric", "country:categorical", "score:numeric", "signup:numeric", "active:categorical"]);
  });
  it("reads stdin, honours --no-header and --delimiter", () => {
    const r = runCli(["profile", "-", "--no-header", "--delimiter", ";"], { stdin: "1;a\n2;b\n3;a\n" });
    assert.equal(r.code, 0, r.stderr);
    const p = JSON.parse(r.stdout) as { columns: Array<{ name: string; kind: string; top?: unknown }> };
    assert.deepEqual(p.columns.map((c) => `${c.name}:${c.kind}`), ["field1:numeric", "field2:categorical"]);
    assert.deepEqual(p.columns[1].top, [["a", 2], ["b", 1]]);
  });
  it("an input that cannot be read is exit 2", () => {
    const r = runCli(["profile", join(tmp, "missing.csv")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ingest-check: .*missing\.csv: /);
  });
});

describe("cli: check --baseline", () => {
  it("(a) the same data: no drift, exit 0", () => {
    const r = jsonCheck([base, "--baseline", baselinePath, "--fail-on", "warning"]);
    assert.deepEqual(r.drift, []);
    assert.equal(r.code, 0);
  });
  it("(b) ages +20 and a changed country mix: drift on exactly age (KS) and country (PSI); warnings, so exit 0", () => {
    const r = jsonCheck([shifted, "--baseline", baselinePath]);
    assert.deepEqual(r.drift.map((d) => [d.code, d.column, d.severity]), [["drift", "age", "warning"], ["drift", "country", "warning"]]);
    assert.match(r.drift[0].message, /^age differs from the baseline: KS D = 0\.[34]\d* \(threshold 0\.1, p < 0\.001\)$/);
    assert.match(r.drift[1].message, /^country differs from the baseline: PSI = 1\.\d+ \(threshold 0\.2\)$/);
    assert.equal(r.code, 0);
    assert.equal(r.report.ok, true);
  });
  it("(b) with --fail-on warning: exit 1", () => {
    const r = jsonCheck([shifted, "--baseline", baselinePath, "--fail-on", "warning"]);
    assert.equal(r.drift.length, 2);
    assert.equal(r.code, 1);
    assert.equal(r.report.ok, false);
  });
  it("--rule drift=error makes it an error (exit 1); drift=off removes it", () => {
    assert.equal(runCli([shifted, "--baseline", baselinePath, "--rule", "drift=error", "-q"]).code, 1);
    assert.deepEqual(jsonCheck([shifted, "--baseline", baselinePath, "--rule", "drift=off"]).drift, []);
  });
  it("also with several files in worker threads (--jobs 2)", () => {
    const r = jsonCheck([base, shifted, "--baseline", baselinePath, "--jobs", "2"]);
    assert.deepEqual(r.report.files.map((f) => f.byCode.drift ?? 0), [0, 2]);
  });
  it("a malformed or missing baseline: exit 2, one line naming the file", () => {
    for (const [name, why] of [
      ["baseline-truncated.json", /not JSON/],
      ["baseline-wrong-version.json", /profileVersion must be 1, not 2/],
      ["baseline-bad-column.json", /columns\[0\]\.sample\.values: must hold finite numbers only/],
      ["no-such-baseline.json", /no such file or directory/],
    ] as const) {
      const path = join(FIXTURES, "profile", name);
      const r = runCli([base, "--baseline", path]);
      assert.equal(r.code, 2, name);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr.trimEnd().split("\n").length, 1, r.stderr);
      assert.ok(r.stderr.startsWith(`ingest-check: --baseline ${path}: `), r.stderr);
      assert.match(r.stderr, why);
    }
  });
});
