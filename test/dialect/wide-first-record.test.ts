// wideFirstRecord (src/dialect/wide-first-record.ts) and optionalLastBesideLoneWide (src/schema/lone-wide-record.ts): a first record with one extra TAB above a zone list is a record, and does not set the width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { wideFirstRecord } from "../../src/dialect/wide-first-record.js";
import { optionalLastBesideLoneWide } from "../../src/schema/lone-wide-record.js";
import { runCli } from "../helpers/cli.js";
import type { ParsedRecord, Report } from "../../src/types.js";

const NAME = "fixtures/dialect/zone-list-first-record-with-extra-tab.tab";

const recs = (rows: string[][]): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 1, endLine: i + 1, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: false,
}));

test("wideFirstRecord: a zone list's first record with an extra TAB is read as a record, and only it is reported", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.comment], ["\t", false, "#"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.byCode], [["field1", "field2", "field3", "field4"], 10, { "row-extra-cells": 1 }]);
});

test("wideFirstRecord: names without digits, a row as wide, few rows, one-cell rows or an unlike cell keep the header", () => {
  const below = [["AT", "+4813+01620", "Europe/Vienna"], ["BE", "+5050+00420", "Europe/Brussels"], ["DK", "+5540+01235", "Europe/Copenhagen"]];
  assert.equal(wideFirstRecord(["NL", "+5222+00454", "Europe/Amsterdam", "", "note"], below), true);
  assert.equal(wideFirstRecord(["Name", "Town", "Notes"], [["Ann", "Paris"], ["Bob", "Rome"], ["Cy", "Oslo"]]), false);
  assert.equal(wideFirstRecord(["NL", "+5222+00454", "Europe/Amsterdam", ""], [...below, ["CH", "+4723+00832", "Europe/Zurich", "x"]]), false);
  assert.equal(wideFirstRecord(["NL", "+5222+00454", "Europe/Amsterdam", ""], below.slice(0, 2)), false);
  assert.equal(wideFirstRecord(["a1", "b"], [["a2"], ["a3"], ["a4"]]), false);
  assert.equal(wideFirstRecord(["code", "+5222+00454", "zone", "note"], below), false);
  assert.equal(wideFirstRecord(["NL", "coordinates", "zone", "note"], below), false);
  assert.equal(wideFirstRecord(["#hg19", "+5222+00454", "Europe/Amsterdam", "", "note"], below), false);
  assert.equal(sniffDialect("id\tvalue\tnote\n1\t10\n2\t20\n3\t30\n", true).header, true);
});

test("optionalLastBesideLoneWide: the one widest record is set aside; two at that width, or a plain rest, are not", () => {
  const rest = [["AT", "1", "z"], ["BE", "2", "z"], ["CA", "3", "z", "east"], ["CH", "4", "z"], ["ES", "5", "z", "main"]];
  assert.equal(optionalLastBesideLoneWide(recs([["NL", "0", "z", "", "note"], ...rest])), 4);
  assert.equal(optionalLastBesideLoneWide(recs([["NL", "0", "z", "", "note"], ["DK", "0", "z", "", "x"], ...rest])), null);
  assert.equal(optionalLastBesideLoneWide(recs([["NL", "0", "z", "", "note"], ["AT", "1", "z"], ["BE", "2", "z"], ["CH", "4", "z"], ["DK", "5", "z"]])), null);
  assert.equal(optionalLastBesideLoneWide(recs([["NL", "0", "z", "", "note"], ...rest.slice(0, 3)])), null);
});
