// --state trusts an entry only when it has the right shape and the file the same identity (QA 2026-12-01 items 11 and 14).
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import type { Report } from "../../src/types.js";
import type { StateFile } from "../../src/pipeline/state.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-state-entry-"));
  writeFileSync(join(dir, "a.csv"), "id,n\n1,2\n");
  writeFileSync(join(dir, "s.json"), '{"fields":[{"name":"id","type":"integer"},{"name":"n","type":"integer"}]}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = () => {
  const r = runCli(["a.csv", "--schema", "s.json", "--state", "st.json", "-q", "--format", "json"], { cwd: dir });
  const report = r.stdout ? JSON.parse(r.stdout) as Report : null;
  if (report) assertReport(report);
  return { ...r, report, f: report?.files[0] };
};
const readState = () => JSON.parse(readFileSync(join(dir, "st.json"), "utf8")) as StateFile;
const editEntry = (edit: (e: Record<string, unknown>) => void) => {
  const s = readState() as unknown as { entries: Record<string, Record<string, unknown>> };
  edit(s.entries["a.csv"]);
  writeFileSync(join(dir, "st.json"), JSON.stringify(s));
};

describe("--state: a damaged entry is dropped with one warning and its input validated again", () => {
  const damages: [string, (e: Record<string, unknown>) => void][] = [
    ["result: null", (e) => { e.result = null; }],
    ["result.rows: a string", (e) => { (e.result as Record<string, unknown>).rows = "x"; }],
    ["rows that do not add up", (e) => { (e.result as Record<string, unknown>).rows = { total: 5, valid: 1, invalid: 0 }; }],
    ["byCode with an unknown code", (e) => { (e.result as Record<string, unknown>).byCode = { "not-a-code": 1 }; }],
    ["a size that is not a number", (e) => { e.size = "9"; }],
    ["a sha256 that is not hex", (e) => { e.sha256 = "zz"; }],
  ];
  for (const [what, damage] of damages) {
    it(what, () => {
      assert.equal(run().code, 0);
      editEntry(damage);
      const r = run();
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.f!.skipped, undefined, "validated again, not skipped");
      assert.deepEqual(r.f!.rows, { total: 1, valid: 1, invalid: 0 });
      const warnings = r.stderr.trim().split("\n").filter((l) => l.includes("damaged entr"));
      assert.equal(warnings.length, 1, r.stderr);
      assert.match(warnings[0], /1 damaged entry dropped \(a\.csv: /);
      assert.doesNotMatch(r.stderr, /internal error/);
      // the state is whole again: the next run skips the file, with no warning
      const again = run();
      assert.equal(again.f!.skipped, true);
      assert.equal(again.stderr, "");
    });
  }
});

describe("--state: a file rewritten with the same size and mtime is validated again (ctime and inode compared)", () => {
  it("new bytes, old mtime restored: re-checked, and the new verdict is reported", () => {
    assert.equal(run().code, 0);
    const p = join(dir, "a.csv");
    const { atime, mtime } = statSync(p);
    writeFileSync(p, "id,n\n1,y\n"); // same size
    utimesSync(p, atime, mtime);
    const r = run();
    assert.equal(r.code, 1);
    assert.equal(r.f!.skipped, undefined);
    assert.deepEqual(r.f!.defects.map((d) => d.code), ["type-error"]);
    assert.match(readState().entries["a.csv"].ctimeNs ?? "", /^\d+$/);
    assert.match(readState().entries["a.csv"].ino ?? "", /^\d+$/);
  });

  it("the same bytes with a new ctime are hashed and skipped; an entry without ctime/inode (older version) too", () => {
    assert.equal(run().code, 0);
    const p = join(dir, "a.csv");
    const { atime, mtime } = statSync(p);
    utimesSync(p, atime, mtime); // changes the ctime only
    assert.equal(run().f!.skipped, true);
    editEntry((e) => { delete e.ctimeNs; delete e.ino; });
    assert.equal(run().f!.skipped, true);
    assert.match(readState().entries["a.csv"].ctimeNs ?? "", /^\d+$/, "the entry is completed");
  });
});
