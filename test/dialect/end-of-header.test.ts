// endOfHeader (src/dialect/end-of-header.ts): an `END OF HEADER` line closes the preamble above the records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { endOfHeader } from "../../src/dialect/end-of-header.js";

const NAME = "fixtures/dialect/end-of-header-line-above-number-pairs.csv";

test("endOfHeader: `COORDINATES: Geodetic` … `NO HEIGHT`, `END OF HEADER` above `40, -10` rows is a preamble of a headerless table", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ",");
  assert.equal(d.header, false);
  // the marker, the `#` note and the blank line under it: the first record is line 8
  assert.equal(d.skipRows, 7);
});

test("endOfHeader refuses: text beside the marker, a marker below row 30, few rows under it, rows of other widths", () => {
  const recs = [["1", "2"], ["3", "4"], ["5", "6"]];
  assert.equal(endOfHeader([["NO HEIGHT"], ["END OF HEADER"], ["# note"], [""], ...recs]), 4);
  assert.equal(endOfHeader([["end_header"], ...recs]), 1);
  assert.equal(endOfHeader([["END OF HEADER 12"], ...recs]), 0);
  assert.equal(endOfHeader([...Array.from({ length: 30 }, () => ["x"]), ["END OF HEADER"], ...recs]), 0);
  assert.equal(endOfHeader([["END OF HEADER"], ...recs.slice(0, 2)]), 0);
  assert.equal(endOfHeader([["END OF HEADER"], ...recs, ["7", "8", "9"]]), 0);
  assert.equal(endOfHeader([["END OF HEADER"], ["a"], ["b"], ["c"]]), 0);
  assert.equal(endOfHeader([["HEADER"], ...recs]), 0);
});
