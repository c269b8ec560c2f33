// row-rule: the schema's rowRules (jsep-parsed expressions, never eval) on the real CLI, whole reports compared.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { check } from "../../src/index.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import { runCli } from "../helpers/cli.js";
import { golden, jsonRun } from "../helpers/golden.js";
import { FIXTURES } from "../helpers/report.js";

const DIR = join(FIXTURES, "rules");
const tmp = mkdtempSync(join(tmpdir(), "ic-rules-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The one line and exit code of a schema whose rule is wrong. */
function badRule(checkText: string, type = "date"): { code: number; stderr: string } {
  const path = join(tmp, "bad.schema.json");
  writeFileSync(path, JSON.stringify({ fields: [{ name: "start", type }, { name: "end", type }], rowRules: [{ name: "r", check: checkText }] }));
  const r = runCli([join(DIR, "periods.csv"), "--schema", path]);
  return { code: r.code, stderr: r.stderr };
}

describe("row-rule", () => {
  it("dates compare as dates, numbers as numbers; a missing or unreadable value fails the rule unless it says `is missing`", () => {
    const { code, report } = jsonRun(["fixtures/rules/periods.csv", "--schema", "fixtures/rules/periods.schema.json"]);
    const rules = report.files[0].defects.filter((d) => d.code === "row-rule").map((d) => [d.row, d.severity, d.message]);
    assert.deepEqual(rules, [
      [2, "error", 'the rule "ends after it starts" (end is missing or end >= start) does not hold'],
      [2, "error", 'the rule "salary == bonus * 5" does not hold'],
      [2, "warning", 'the rule "known kind" (kind in ("a", "b")) does not hold'],
      [3, "error", 'the rule "at most 60 days, this year" (end - start <= 60 and start >= "2024-01-01") does not hold: end is missing'],
      [4, "error", 'the rule "salary == bonus * 5" does not hold: salary is not a valid value of its type'],
      [4, "error", 'the rule "at most 60 days, this year" (end - start <= 60 and start >= "2024-01-01") does not hold'],
    ]);
    assert.equal(code, 1);
    golden(join(DIR, "expected"), "periods", report, "test/checks/row-rules");
  });

  it("Frictionless's row-constraint example gives its rows: 4 and 6 (data rows 3 and 5)", () => {
    const { report } = jsonRun(["fixtures/rules/row-constraint.csv", "--schema", "fixtures/rules/row-constraint.schema.json"]);
    const rows = report.files[0].defects.map((d) => [d.row === null ? null : d.row + 1, d.code]);
    assert.deepEqual(rows, [[4, "row-rule"], [6, "row-missing-cells"], [6, "row-rule"]]);
    golden(join(DIR, "expected"), "row-constraint", report, "test/checks/row-rules");
  });

  it("a rule that does not parse is exit 2 with one line giving the position", () => {
    const r = badRule("end >= ");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ingest-check: .*bad\.schema\.json: rowRules\[0\] \("r"\)\.check: Expected expression after >= at character 7\n$/);
  });

  it("unknown fields, mixed types and operators outside the language are exit 2 naming the problem", () => {
    assert.match(badRule("ended >= start").stderr, /"ended" names no field of the schema/);
    assert.match(badRule('end >= "soon"').stderr, /"soon" is not a date in the form YYYY-MM-DD \(the type of "end"\)/);
    assert.match(badRule("end | start").stderr, /the operator "\|" is not part of the rule language/);
    assert.match(badRule("end - start").stderr, /must be a comparison or a test/);
    assert.match(badRule("process.exit(1)").stderr, /is not part of the rule language|the only call is field/);
    assert.notEqual(badRule("start < end", "integer").code, 2, "a well-formed rule loads");
  });

  it("not binds looser than a comparison, field(\"…\") reads any name, and a split file gives the one-pass report", async () => {
    const schema = compileTableSchema({ fields: [{ name: "first value", type: "integer" }, { name: "b", type: "integer" }],
      rowRules: [{ name: "r", check: 'not field("first value") > b' }] }, { source: null, sha256: null });
    const lines = ["first value,b"];
    for (let i = 0; i < 2000; i++) lines.push(`${i % 7},${i % 5}`);
    const path = join(tmp, "many.csv");
    writeFileSync(path, lines.join("\n") + "\n");
    const want = lines.slice(1).filter((l) => { const [a, b] = l.split(",").map(Number); return a > b; }).length;
    const schemaPath = join(tmp, "many.schema.json");
    writeFileSync(schemaPath, JSON.stringify(schema.descriptor));
    const one = await check(path, { schema: schemaPath, jobs: 1 });
    const split = await check(path, { schema: schemaPath, jobs: 2, split: { minBytes: 1, partBytes: 2048 } });
    assert.equal(one.files[0].byCode["row-rule"], want);
    assert.ok(((split.files[0] as { split?: { parts: number } }).split?.parts ?? 0) > 1, "split");
    assert.deepEqual({ ...split.files[0], durationMs: 0, split: undefined }, { ...one.files[0], durationMs: 0, split: undefined });
  });
});
