// unitsDeclaration: a commented `# units Angstroms` line states the values' unit and names no column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { unitsDeclaration } from "../../src/dialect/units-line.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/units-line-above-wavelengths-and-ions.txt";

test("unitsDeclaration: `units` then units (`Angstroms`, `nm`, `units: Hz`) is a declaration", () => {
  assert.equal(unitsDeclaration(["units", "Angstroms"]), true);
  assert.equal(unitsDeclaration(["unit:", "nm"]), true);
  assert.equal(unitsDeclaration(["units", ":", "Hz"]), true);
});

test("the built CLI: IRAF's line list under `# units Angstroms` has no commented header (was `units`, `Angstroms`, silent)", () => {
  assert.equal(sniffDialect(readFileSync(FIXTURE, "utf8"), true).commentNames, undefined);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 7, 0]);
});

test("near miss: `# units price` (no unit after `units`) and `# wave flux` keep their names", () => {
  assert.equal(unitsDeclaration(["units", "price"]), false);
  assert.equal(unitsDeclaration(["wave", "flux"]), false);
  const d = sniffDialect("# units price\n3 9.99\n5 4.50\n2 12.00\n", true);
  assert.deepEqual(d.commentNames?.names, ["units", "price"]);
});

const WARDS = "fixtures/dialect/commented-header-unit-count-over-ward-names.txt";

test("commentedHeader: `# unit count` over ward names and counts names the columns (`unit` stands over words, no values)", () => {
  assert.deepEqual(sniffDialect(readFileSync(WARDS, "utf8"), true).commentNames?.names, ["unit", "count"]);
  const f = (JSON.parse(runCli([WARDS, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.defects.length], [["unit", "count"], 6, 0]);
});

test("near miss: `# unit count` over numbers in the first column is still a units line (no names)", () => {
  const d = sniffDialect("# unit count\n12 ICU\n30 ER\n7 Ward-A\n9 Ward-B\n", true);
  assert.equal(d.commentNames, undefined);
});
