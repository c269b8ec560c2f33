// indentedHeader (src/schema/indented-header.ts): the leading empty names of a hand-indented header are no columns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { indentedHeader } from "../../src/schema/indented-header.js";
import { runCli } from "../helpers/cli.js";
import type { ParsedRecord, Report } from "../../src/types.js";

const NAME = "fixtures/schema/indented-header-over-single-spaced-rows.txt";
const recs = (rows: string[][], quoted: boolean[] | null = null): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted, defects: null, skipped: false, replacement: false,
}));

test("CLI: a header indented above single-spaced rows reads as R's short header, no blank names", () => {
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["row.names", "label", "weight", "flag"]);
  assert.deepEqual([f.rows.total, f.errors], [4, 0]);
});

test("indentedHeader: drops the leading empty names when records are as wide as the rest, or one wider", () => {
  const names = ["", "", "a", "b"];
  assert.deepEqual(indentedHeader(names, null, recs([["1", "2"], ["3", "4"]]), " ", false), ["a", "b"]);
  assert.deepEqual(indentedHeader(names, null, recs([["x", "1", "2"], ["y", "3", "4"]]), " ", false), ["a", "b"]);
});

test("indentedHeader refuses other delimiters, quoted empty names, inner blanks, indented rows, mixed or header widths, one record", () => {
  const names = ["", "", "a", "b"];
  const two = recs([["1", "2"], ["3", "4"]]);
  assert.equal(indentedHeader(names, null, two, "\t", false), null);
  assert.equal(indentedHeader(names, null, two, ",", false), null);
  assert.equal(indentedHeader(names, null, two, " ", true), null);
  assert.equal(indentedHeader(names, [true, true, false, false], two, " ", false), null);
  assert.equal(indentedHeader(["", "a", "", "b"], null, two, " ", false), null);
  assert.equal(indentedHeader(["a", "b"], null, two, " ", false), null);
  assert.equal(indentedHeader(names, null, recs([["", "1", "2"], ["", "3", "4"]]), " ", false), null);
  assert.equal(indentedHeader(names, null, recs([["1", "2"], ["3", "4", "5"]]), " ", false), null);
  // one leading space above rows one wider than the header: R's blank row-names name (rowNamesColumn's)
  assert.equal(indentedHeader(["", "a", "b"], null, recs([["x", "1", "2"], ["y", "3", "4"]]), " ", false), null);
  assert.equal(indentedHeader(names, null, recs([["x", "y", "1", "2", "9"], ["x", "y", "3", "4", "9"]]), " ", false), null);
  assert.equal(indentedHeader(names, null, recs([["1", "2"]]), " ", false), null);
});
