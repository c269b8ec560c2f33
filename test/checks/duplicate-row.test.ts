// duplicate-row: whole-record repeats (schema duplicateRows: true), on the real CLI, whole reports compared.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { check } from "../../src/index.js";
import { golden, jsonRun } from "../helpers/golden.js";
import { FIXTURES } from "../helpers/report.js";
import { CORPUS, corpusSkip } from "../helpers/shared.js";

const DIR = join(FIXTURES, "rules");
const tmp = mkdtempSync(join(tmpdir(), "ic-duplicate-row-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("duplicate-row", () => {
  it("names the first row of each repeat; a record with one more (empty) cell is no repeat", () => {
    const { code, report } = jsonRun(["fixtures/rules/duplicate-rows.csv", "--schema", "fixtures/rules/duplicate-rows.schema.json"]);
    const dups = report.files[0].defects.filter((d) => d.code === "duplicate-row");
    assert.deepEqual(dups.map((d) => [d.row, d.firstRow, d.severity]), [[3, 1, "warning"], [5, 2, "warning"]]);
    assert.equal(code, 1, "the row with an extra cell is an error; the repeats alone are warnings");
    golden(join(DIR, "expected"), "duplicate-rows", report, "test/checks/duplicate-row");
  });

  it("is off without duplicateRows, and --rule duplicate-row=error makes repeats invalid rows", () => {
    const plain = jsonRun(["fixtures/rules/duplicate-rows.csv", "--schema", "fixtures/schema/people.schema.json"]);
    assert.equal(plain.report.files[0].byCode["duplicate-row"], undefined);
    const strict = jsonRun(["fixtures/rules/duplicate-rows.csv", "--schema", "fixtures/rules/duplicate-rows.schema.json", "--rule", "duplicate-row=error"]);
    assert.equal(strict.report.files[0].byCode["duplicate-row"], 2);
    assert.equal(strict.report.files[0].rows.invalid, 3);
  });

  it("a split file gives the one-pass report: repeats across parts name their first row in the file", async () => {
    const lines = ["id,name,age"];
    for (let i = 0; i < 3000; i++) lines.push(`${i % 1300},n${i % 1300},${i % 7 === 0 ? i : 1}`);
    const csv = join(tmp, "many.csv");
    writeFileSync(csv, lines.join("\n") + "\n");
    const schema = join(DIR, "duplicate-rows.schema.json");
    const oneStream: unknown[] = [], splitStream: unknown[] = [];
    const one = await check(csv, { schema, jobs: 1, onDefect: (d) => oneStream.push(d) });
    const split = await check(csv, { schema, jobs: 2, split: { minBytes: 1, partBytes: 4096 }, onDefect: (d) => splitStream.push(d) });
    assert.ok(((split.files[0] as { split?: { parts: number } }).split?.parts ?? 0) > 3, "split into parts");
    assert.deepEqual(splitStream, oneStream, "streamed defects in the same order");
    const seen = new Set<string>();
    const want = lines.slice(1).filter((l) => seen.size === seen.add(l).size).length;
    assert.equal(one.files[0].byCode["duplicate-row"], want);
    assert.deepEqual({ ...split.files[0], durationMs: 0, split: undefined }, { ...one.files[0], durationMs: 0, split: undefined });
  });

  it("Frictionless's duplicate-row case gives its row (4, header = 1) and no other defect", { skip: corpusSkip("frictionless/data/duplicate-rows.csv") }, async () => {
    const schema = join(DIR, "duplicate-rows.schema.json");
    const r = await check(join(CORPUS, "frictionless/data/duplicate-rows.csv"), { schema });
    assert.deepEqual(r.files[0].defects.map((d) => [d.row === null ? null : d.row + 1, d.code]), [[4, "duplicate-row"]]);
  });
});
