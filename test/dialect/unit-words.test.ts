// unitWordsRow (src/dialect/unit-words.ts): a row of plain units under the header (`meters,us/f,g/cc`) is its units row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { unitWordsRow } from "../../src/dialect/unit-words.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/well-log-units-as-plain-words-under-header.csv";

test("unitWordsRow: plain units under the header are the units row; the measured columns type as numbers", () => {
  assert.equal(sniffDialect(readFileSync(FIXTURE, "utf8"), true).unitsRow, true);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.lines.preamble], [5, 0, 1]);
  assert.deepEqual(f.schema!.fields.map((x) => x.type).slice(0, 2), ["number", "number"]);
  assert.equal(sniffDialect("x,y,depth\nm,m,km\n1.5,2.5,10\n2.5,3.5,11\n3.5,4.5,12\n", true).unitsRow, true);
});

test("unitWordsRow: the shapes it refuses", () => {
  assert.equal(unitWordsRow(["meters", "us/f", "gapi", "g/cc"]), true);
  assert.equal(unitWordsRow(["NA", "n/a", "NaN"]), false, "missing values are a record's");
  assert.equal(unitWordsRow(["low", "high"]), false, "words that are no units");
  assert.equal(unitWordsRow(["m", "12"]), false, "a number is a value");
  assert.equal(unitWordsRow(["big box", "kg"]), false, "a phrase");
  assert.equal(unitWordsRow(["kg", ""]), false, "one unit is too little to tell");
  assert.equal(unitWordsRow(["m", "gapi", "ohmm", "foo"]), false, "fewer than half known units");
});

test("unitWordsRow: a first record of words over text columns, or over too few rows, stays a record", () => {
  // `s` and `m` (sizes) above a column of sizes: the column is not typed below
  assert.equal(sniffDialect("size,weight\ns,kg\nm,1.2\nl,1.5\nxl,1.9\n", true).unitsRow, undefined);
  assert.equal(sniffDialect("x,y\nm,km\n1,2\n3,4\n", true).unitsRow, undefined);
  // a units-like first record over a column of text: every unit's column must be typed below
  assert.equal(sniffDialect("a,b,c\nm,s,kg\n1,2,x\n3,4,y\n5,6,z\n", true).unitsRow, undefined);
});
