// duplicate-row: whole-record repeats (schema duplicateRows: true), on the real CLI, whole reports compared.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { check } from "../../src/index.js";
import { cliReport, matchExpected } from "../helpers/expected-report.js";
import { FIXTURES } from "../helpers/report.js";
import { CORPUS, corpusSkip } from "../helpers/shared.js";

const DIR = join(FIXTURES, "rules");

describe("duplicate-row", () => {
  it("names the first row of each repeat; a record with one more (empty) cell is no repeat", () => {
    const { code, report } = cliReport(["fixtures/rules/duplicate-rows.csv", "--schema", "fixtures/rules/duplicate-rows.schema.json"]);
    const dups = report.files[0].defects.filter((d) => d.code === "duplicate-row");
    assert.deepEqual(dups.map((d) => [d.row, d.firstRow, d.severity]), [[3, 1, "warning"], [5, 2, "warning"]]);
    assert.equal(code, 1, "the row with an extra cell is an error; the repeats alone are warnings");
    matchExpected(report, join(DIR, "expected/duplicate-rows.json"));
  });

  it("is off without duplicateRows, and --rule duplicate-row=error makes repeats invalid rows", () => {
    const plain = cliReport(["fixtures/rules/duplicate-rows.csv", "--schema", "fixtures/schema/people.schema.json"]);
    assert.equal(plain.report.files[0].byCode["duplicate-row"], undefined);
    const strict = cliReport(["fixtures/rules/duplicate-rows.csv", "--schema", "fixtures/rules/duplicate-rows.schema.json", "--rule", "duplicate-row=error"]);
    assert.equal(strict.report.files[0].byCode["duplicate-row"], 2);
    assert.equal(strict.report.files[0].rows.invalid, 3);
  });

  it("a file with repeats is read in one pass (the check is sequential): the same report with --jobs 2", async () => {
    const schema = join(DIR, "duplicate-rows.schema.json");
    const one = await check(join(DIR, "duplicate-rows.csv"), { schema, jobs: 1 });
    const two = await check(join(DIR, "duplicate-rows.csv"), { schema, jobs: 2, split: { minBytes: 1, partBytes: 16 } });
    assert.equal((two.files[0] as { split?: unknown }).split, undefined, "not split");
    assert.deepEqual(two.files[0].defects, one.files[0].defects);
  });

  it("Frictionless's duplicate-row case gives its row (4, header = 1) and no other defect", { skip: corpusSkip("frictionless/data/duplicate-rows.csv") }, async () => {
    const schema = join(DIR, "duplicate-rows.schema.json");
    const r = await check(join(CORPUS, "frictionless/data/duplicate-rows.csv"), { schema });
    assert.deepEqual(r.files[0].defects.map((d) => [d.row === null ? null : d.row + 1, d.code]), [[4, "duplicate-row"]]);
  });
});
