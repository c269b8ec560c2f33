// numberPair (src/dialect/number-pair.ts): numbers side by side in one cell (a coordinate pair) are a value of text,
// whatever their signs, so a first record of them is no header above the same pairs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { numberPair } from "../../src/dialect/number-pair.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const PLACES = "fixtures/dialect/tab-places-coordinate-pairs-first-record-negative.tsv";
const report = (name: string) => (JSON.parse(runCli([name, "--format", "json", "-q"]).stdout) as Report).files[0];

test("numberPair: a TAB list of places and coordinate pairs, first pair negative: the first record is a record", () => {
  const f = report(PLACES);
  assert.equal(f.dialect.header, false);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, f.warnings], [2, 10, 0, 0]);
});

test("numberPair: near misses (grouped digits, one number, words) and a named header over pairs keep their reading", () => {
  assert.deepEqual(["40.7142691 -74.0059738", "52.3730840 4.8999023", "-.5 2.25 1.0", "1.5e3\t-2.5"].map(numberPair), [true, true, true, true]);
  assert.deepEqual(["1 000", "12 345 678,5", "-3 500", "42", "1.5", "x 2.5", "45 756", "30 82 01 50", "1.5 2", ""].map(numberPair), [false, false, false, false, false, false, false, false, false, false]);
  const named = ["place\tlat lon", "Lima\t-12.04 -77.03", "Oslo\t59.91 10.75", "Rome\t41.89 12.51", "Tokyo\t35.69 139.69"];
  assert.equal(sniffDialect(named.join("\n") + "\n", true).header, true);
});
