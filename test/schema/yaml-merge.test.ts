// YAML schemas: merge keys (`<<: *anchor`) are honoured, as YAML 1.1 tools do (QA 2026-12-01 item 7).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import type { Report } from "../../src/types.js";

test("CLI: a field that merges its type and constraints from an anchor gets them; its own keys override the merged ones", () => {
  const r = runCli(["fixtures/schema/yaml-merge.csv", "--schema", "fixtures/schema/yaml-merge.schema.yaml", "-q", "--format", "json"]);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  assert.deepEqual(report.files[0].defects.map((d) => [d.code, d.row, d.column]), [
    ["minimum", 1, "a"],
    ["type-error", 2, "a"],
    ["pattern", 2, "b"], // "AB" fits the anchor's pattern, not the field's own
  ]);
  assert.deepEqual(report.files[0].rows, { total: 3, valid: 1, invalid: 2 });
});
