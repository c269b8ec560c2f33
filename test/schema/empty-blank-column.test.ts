// A blank header name above a spacer column empty in every record is named by position, not header-blank (src/schema/empty-blank-column.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyBlankColumns } from "../../src/schema/empty-blank-column.js";
import type { ParsedRecord } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const recs = (rows: string[][]): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: false,
}));

test("CLI: a spreadsheet's empty spacer column under a blank name reads clean, named by its position", () => {
  const r = runCli(["fixtures/schema/spreadsheet-spacer-column-with-blank-name.csv", "--format", "json"]);
  const f = JSON.parse(r.stdout).files[0] as { columns: string[]; defects: { code: string }[] };
  assert.equal(r.code, 0);
  assert.deepEqual(f.columns, ["Class", "Subject", "Teacher", "Hours", "field5", "Note"]);
  assert.deepEqual(f.defects.map((d) => d.code), []);
});

test("emptyBlankColumns: names each blank name above a column empty in every record", () => {
  const rows = [["1", "", "x", ""], ["2", "", "y", ""], ["3", " ", "z", ""]];
  assert.deepEqual(emptyBlankColumns(["a", "", "b", ""], recs(rows)), ["a", "field2", "b", "field4"]);
});

test("emptyBlankColumns refuses a blank name above a value, short records, few records, an all-blank header", () => {
  // a value under the blank name: its name was lost (header-blank stays)
  assert.equal(emptyBlankColumns(["a", "", "b"], recs([["1", "", "x"], ["2", "7", "y"], ["3", "", "z"]])), null);
  // only the column with a value keeps its blank name
  assert.deepEqual(emptyBlankColumns(["a", "", ""], recs([["1", "", "x"], ["2", "", "y"], ["3", "", "z"]])), ["a", "field2", ""]);
  // records that end before the column, or short of the header: a stray delimiter in the header (`"URL",,Comments`
  // above rows ending `"URL",`), whose row-missing-cells stay
  assert.equal(emptyBlankColumns(["a", "b", ""], recs([["1", "x"], ["2", "y", ""], ["3", "z", ""]])), null);
  assert.equal(emptyBlankColumns(["a", "url", "", "notes"], recs([["1", "u", ""], ["2", "v", ""], ["3", "w", ""]])), null);
  // fewer than 3 records, a header of blank names only, no blank name
  assert.equal(emptyBlankColumns(["a", "", "b"], recs([["1", "", "x"], ["2", "", "y"]])), null);
  assert.equal(emptyBlankColumns(["", ""], recs([["", ""], ["", ""], ["", ""]])), null);
  assert.equal(emptyBlankColumns(["a", "b"], recs([["1", ""], ["2", ""], ["3", ""]])), null);
  // a name `field2` already taken: left as it was
  assert.equal(emptyBlankColumns(["field2", "", "b"], recs([["1", "", "x"], ["2", "", "y"], ["3", "", "z"]])), null);
});
