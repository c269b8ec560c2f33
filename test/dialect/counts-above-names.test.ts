// countsAboveNames (src/dialect/counts-above-names.ts): PHYLIP's taxa and sites line above named sequences is a count line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { countsAboveNames } from "../../src/dialect/counts-above-names.js";

const NAME = "fixtures/dialect/phylip-taxa-and-sites-above-names.dat";

test("countsAboveNames: `   6   12` above six `name sequence` rows is a count line, skipped, no record", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.skipRows, 1);
  assert.equal(d.header, false);
});

test("countsAboveNames refuses: a cell no whole number, numbers leading the rows below, one cell, few rows", () => {
  const rows = [["Human", "ACGT"], ["Chimp", "ACGA"], ["Gorilla", "AGCA"]];
  assert.equal(countsAboveNames(["3", "4"], rows), true);
  assert.equal(countsAboveNames(["3", "4.5"], rows), false);
  assert.equal(countsAboveNames(["3", "taxa"], rows), false);
  assert.equal(countsAboveNames(["3"], rows), false);
  assert.equal(countsAboveNames(["3", "4"], [["1", "ACGT"], ["2", "ACGA"], ["3", "AGCA"]]), false);
  assert.equal(countsAboveNames(["2", "4"], rows.slice(0, 2)), false);
});

test("countsAboveNames refuses in the sniffer: numbers above rows of numbers whose first equals the count stay a record", () => {
  const d = sniffDialect("3 7\n4 1\n5 2\n6 3\n", true);
  assert.equal(d.skipRows, 0);
});
