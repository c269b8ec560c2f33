// aggregate: a field's aggregates bounds and `mostly`, on the real CLI (whole report), and merged across a split file's parts.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { check } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import { golden, jsonRun } from "../helpers/golden.js";
import { FIXTURES } from "../helpers/report.js";

const DIR = join(FIXTURES, "rules");
const tmp = mkdtempSync(join(tmpdir(), "ic-aggregates-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("aggregate", () => {
  it("reports each figure outside its bounds once per column, and `mostly` instead of one defect per cell", () => {
    const { code, report } = jsonRun(["fixtures/rules/aggregates.csv", "--schema", "fixtures/rules/aggregates.schema.json"]);
    const f = report.files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.column, d.message]), [
      ["aggregate", null, "amount", "amount: the share of values passing its type and constraints is 85% (3 of 20 failed); the schema requires at least 90% (mostly)"],
      ["aggregate", null, "amount", "amount: the sum is 1805; the schema requires at most 1000"],
      ["aggregate", null, "amount", "amount: the least value is -5; the schema requires at least 0"],
      ["aggregate", null, "code", "code: the number of distinct values is 2; the schema requires at least 3"],
      ["aggregate", null, "note", "note: the share of missing values is 30%; the schema requires at most 25%"],
    ]);
    assert.equal(f.rows.invalid, 0, "under mostly, a failing cell does not make its row invalid");
    assert.equal(code, 1);
    golden(join(DIR, "expected"), "aggregates", report, "test/checks/aggregates");
  });

  it("without mostly the same cells are one defect each", () => {
    const path = join(tmp, "strict.schema.json");
    writeFileSync(path, JSON.stringify({ fields: [{ name: "id" }, { name: "amount", type: "number", constraints: { minimum: 0 } }] }));
    const { report } = jsonRun([join(DIR, "aggregates.csv"), "--schema", path]);
    assert.deepEqual(report.files[0].defects.filter((d) => d.code === "minimum").map((d) => d.row), [4, 9, 15]);
  });

  it("a bound on a figure the field cannot have, or an unknown figure, is exit 2 naming the key", () => {
    const path = join(tmp, "bad.schema.json");
    writeFileSync(path, JSON.stringify({ fields: [{ name: "code", aggregates: { mean: { min: 1 } } }] }));
    const r = runCli([join(DIR, "aggregates.csv"), "--schema", path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /fields\[0\] \("code"\)\.aggregates\.mean: applies to number and integer fields only\n$/);
    writeFileSync(path, JSON.stringify({ fields: [{ name: "id", type: "integer", aggregates: { median: { min: 1 } } }] }));
    assert.match(runCli([join(DIR, "aggregates.csv"), "--schema", path]).stderr, /aggregates\.median: unknown figure/);
  });

  it("min and max of a date or datetime field compare as dates, bounds written as the field writes them", async () => {
    const csv = join(tmp, "dates.csv"), schema = join(tmp, "dates.schema.json");
    writeFileSync(csv, "d,t\n2024-01-05,2024-01-05T10:00:00Z\n2023-12-31,2024-02-01T00:00:00Z\n");
    writeFileSync(schema, JSON.stringify({ fields: [
      { name: "d", type: "date", aggregates: { min: { min: "2024-01-01" } } },
      { name: "t", type: "datetime", aggregates: { max: { max: "2024-01-31T23:59:59Z" } } },
    ] }));
    const r = await check(csv, { schema });
    assert.deepEqual(r.files[0].defects.map((d) => d.message), [
      "d: the least value is 2023-12-31; the schema requires at least 2024-01-01",
      "t: the greatest value is 2024-02-01T00:00:00Z; the schema requires at most 2024-01-31T23:59:59Z",
    ]);
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "d", type: "date", aggregates: { min: { min: "soon" } } }, { name: "t" }] }));
    assert.match(runCli([csv, "--schema", schema]).stderr, /aggregates\.min\.min: expected a date in the form YYYY-MM-DD, got "soon"/);
  });

  it("a split file merges the parts' figures (distinct values as hashes): the one-pass report", async () => {
    const lines = ["id,amount,code"];
    for (let i = 0; i < 3000; i++) lines.push(`${i},${(i * 7919) % 1000 - 50},C${i % 37}`);
    const csv = join(tmp, "many.csv"), schema = join(tmp, "many.schema.json");
    writeFileSync(csv, lines.join("\n") + "\n");
    writeFileSync(schema, JSON.stringify({ fields: [
      { name: "id", type: "integer" },
      { name: "amount", type: "number", constraints: { minimum: 0 }, mostly: 0.99, aggregates: { mean: { max: 400 }, sum: { min: 0 } } },
      { name: "code", aggregates: { distinct: { max: 36 } } },
    ] }));
    const one = await check(csv, { schema, jobs: 1 });
    const split = await check(csv, { schema, jobs: 2, split: { minBytes: 1, partBytes: 4096 } });
    assert.ok(((split.files[0] as { split?: { parts: number } }).split?.parts ?? 0) > 3, "split into parts");
    assert.deepEqual(one.files[0].defects.map((d) => d.message), [
      "amount: the share of values passing its type and constraints is 95% (150 of 3000 failed); the schema requires at least 99% (mostly)",
      "amount: the mean is 449.5; the schema requires at most 400",
      "code: the number of distinct values is 37; the schema requires at most 36",
    ]);
    assert.deepEqual({ ...split.files[0], durationMs: 0, split: undefined }, { ...one.files[0], durationMs: 0, split: undefined });
  });
});
