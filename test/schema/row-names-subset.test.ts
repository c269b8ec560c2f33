// R's write.table of a subset of a frame: row numbers rising with gaps (1, 51, 101) are row names (src/schema/row-names.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { rowNamesColumn } from "../../src/schema/row-names.js";
import type { ParsedRecord } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const recs = (rows: string[][]): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: false,
}));

test("CLI: write.table of a subset (row numbers 1, 51, 52, 101 …, no name above them) gives one row-names-column warning", () => {
  const r = runCli(["fixtures/schema/r-write-table-subset-row-numbers.tsv", "--format", "json"]);
  const f = JSON.parse(r.stdout).files[0] as { columns: string[]; defects: { code: string; severity: string }[] };
  assert.equal(r.code, 0);
  assert.deepEqual(f.columns, ["row.names", "Sepal.Length", "Species"]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity]), [["row-names-column", "warning"]]);
});

test("rowNamesColumn: rising whole numbers with gaps are row names; falling, repeated or decimal ones are not", () => {
  assert.equal(rowNamesColumn(["x", "y"], recs([["3", "1.5", "a"], ["7", "2.5", "b"], ["120", "3", "c"]]), "\t")?.kind, "short");
  // a frame sorted by order(), or an id column whose name was lost: the errors stay
  assert.equal(rowNamesColumn(["x", "y"], recs([["10", "1.5", "a"], ["3", "2.5", "b"], ["8", "3", "c"]])), null);
  assert.equal(rowNamesColumn(["x", "y"], recs([["3", "1.5", "a"], ["3", "2.5", "b"]])), null);
  assert.equal(rowNamesColumn(["x", "y"], recs([["1.5", "1", "a"], ["2.5", "2", "b"]])), null);
  assert.equal(rowNamesColumn(["x", "y"], recs([["01", "1", "a"], ["02", "2", "b"]])), null);
});
