// placeholderHead (src/dialect/placeholder-head.ts): a first row whose text above numbers recurs among them (`undef`) is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { placeholderHead } from "../../src/dialect/placeholder-head.js";

const NAME = "fixtures/dialect/undef-placeholder-in-first-record-above-numbers.csv";
const typed = (c: string): boolean => /^-?\d+(?:\.\d+)?$/.test(c);

test("placeholderHead: `Mon,undef,12` above rows writing `undef` for a missing number is the first record, not the header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ",");
  assert.equal(d.header, false);
});

test("placeholderHead refuses: a cell met nowhere in its column, or only in a row of text alone", () => {
  const body = [["Tue", "41", "13"], ["Thu", "undef", "15"]];
  assert.equal(placeholderHead("undef", body, 1, typed), true);
  assert.equal(placeholderHead("sales", body, 1, typed), false);
  assert.equal(placeholderHead("undef", [["Tue", "41", "13"], ["day", "undef", "count"]], 1, typed), false);
});

test("placeholderHead near misses keep their header: names above numbers, and a header repeated lower down", () => {
  const named = "day,sales,count\nTue,41,13\nWed,43,undef\nThu,undef,15\nFri,44,17\nSat,46,16\n";
  assert.equal(sniffDialect(named, true).header, true);
  // a second header line, one name changed, is no record: its cells are text alone
  const repeated = "day,sales,count\nTue,41,13\nWed,43,12\nday,sales,total\nThu,40,15\nFri,44,17\n";
  assert.equal(sniffDialect(repeated, true).header, true);
});
