// Type errors of an inferred column past its sample: a few stay errors, many make one warning (src/checks/schema/late-type-errors.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INFER_SAMPLE_ROWS } from "../../src/schema/index.js";
import { LATE_LIMIT, LateTypeErrors } from "../../src/checks/schema/late-type-errors.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

/** A sorted place list: admin codes are numbers for the first countries, `PD07-05` codes after the sample. */
function places(lateCodes: number): string {
  const rows = ["id,country,admin2"];
  for (let i = 1; i <= INFER_SAMPLE_ROWS + 50; i++) rows.push(`${i},AU,${10000 + (i % 900)}`);
  for (let i = 0; i < lateCodes; i++) rows.push(`${INFER_SAMPLE_ROWS + 51 + i},BA,PD${String(i % 90).padStart(2, "0")}-05`);
  return rows.join("\n") + "\n";
}

function run(csv: string): Report["files"][0] {
  const dir = mkdtempSync(join(tmpdir(), "late-types-"));
  try {
    writeFileSync(join(dir, "places.csv"), csv);
    return (JSON.parse(runCli([join(dir, "places.csv"), "--format", "json", "-q"]).stdout) as Report).files[0];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the built CLI: codes past the sample in a column inferred as integers make one warning naming --schema, no error", () => {
  const f = run(places(300));
  assert.equal(f.errors, 0);
  const late = f.defects.filter((d) => d.code === "type-error");
  assert.deepEqual(late.map((d) => [d.severity, d.column, d.value]), [["warning", "admin2", "PD00-05"]]);
  assert.match(late[0].message, /300 values past the first 10000 rows .*--schema/);
});

test("the built CLI: a few text values past the sample stay one type-error each", () => {
  const f = run(places(3));
  assert.deepEqual(f.defects.filter((d) => d.code === "type-error").map((d) => d.severity), ["error", "error", "error"]);
});

test("LateTypeErrors: rows of the sample are not held; LATE_LIMIT late ones make one warning", () => {
  const late = new LateTypeErrors();
  const draft = (row: number) => ({ code: "type-error" as const, row, line: row + 1, column: "c", value: "x" });
  assert.equal(late.hold(draft(INFER_SAMPLE_ROWS)), false);
  for (let i = 1; i <= LATE_LIMIT; i++) assert.equal(late.hold(draft(INFER_SAMPLE_ROWS + i)), true);
  assert.deepEqual(late.verdict("integer").map((d) => d.severity), ["warning"]);
});
