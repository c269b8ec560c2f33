// A two-column list's header naming a value it lists (`alpha2,English` above `…,English`) stays a header beside a name of no value's length (src/dialect/name-beside-value.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { pairMarkedLikeBody } from "../../src/dialect/pair-list.js";
import { outsideValueLengths } from "../../src/dialect/name-beside-value.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/language-code-list-header-naming-a-language-it-lists.csv";

test("the built CLI keeps `alpha2,English` as the header of a language list (was a record, silently)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.header, f.columns, f.rows.total], [true, ["alpha2", "English"], 37]);
});

test("near misses: a chain's head beside a name of the values' lengths stays a pair; fewer than 5 values tell nothing", () => {
  const chain = [["sinchi roca", "lloque yupanqui", "mayta capac", "capac yupanqui", "inca roca"], ["lloque yupanqui", "mayta capac", "capac yupanqui", "inca roca", "yahuar huacac"]];
  assert.equal(pairMarkedLikeBody(["manco capac", "sinchi roca"], chain), true);
  assert.equal(outsideValueLengths("alpha2", ["aa", "ab", "ae", "af", "ak"]), true);
  assert.equal(outsideValueLengths("alpha2", ["aa", "ab", "ae"]), false);
  assert.equal(outsideValueLengths("xx", ["aa", "ab", "ae", "af", "ak"]), false);
});
