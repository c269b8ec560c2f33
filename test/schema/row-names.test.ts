// Row-names columns of R and pandas exports (src/schema/row-names.ts): recognised, named, reported once by the built CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rowNamesColumn, ROW_NAMES } from "../../src/schema/row-names.js";
import type { ParsedRecord } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const recs = (rows: string[][]): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: false,
}));

test("rowNamesColumn: a blank first name above unique labels is named row.names", () => {
  const r = rowNamesColumn(["", "a", "b"], recs([["x", "1", "2"], ["y", "3", "4"]]));
  assert.deepEqual(r, { names: [ROW_NAMES, "a", "b"], kind: "blank", column: "row.names" });
});

test("rowNamesColumn: a blank first name above repeated labels is not row names", () => {
  assert.equal(rowNamesColumn(["", "a"], recs([["x", "1"], ["x", "3"]])), null);
  // records one cell short: the blank name is a delimiter too many
  assert.equal(rowNamesColumn(["", "a", "b"], recs([["x", "1"], ["y", "3"]])), null);
});

test("rowNamesColumn: a header one short of every record gets row.names in front", () => {
  const r = rowNamesColumn(["a", "b"], recs([["g1", "1", "2"], ["g2", "3", "4"]]));
  assert.deepEqual(r?.names, [ROW_NAMES, "a", "b"]);
  assert.equal(r?.kind, "short");
  // dates or amounts as first cells: more likely a delimiter lost in the header than row names
  assert.equal(rowNamesColumn(["a", "b"], recs([["28/01/2018", "1", "2"], ["29/01/2018", "3", "4"]])), null);
  // one record of the header's width: not the convention (a ragged file)
  assert.equal(rowNamesColumn(["a", "b"], recs([["g1", "1", "2"], ["3", "4"]])), null);
});

test("rowNamesColumn: pandas' Unnamed: 0 keeps its name", () => {
  assert.equal(rowNamesColumn(["Unnamed: 0", "x"], recs([["0", "a"]]))?.kind, "pandas");
});

const json = (file: string) => {
  const r = runCli([`fixtures/realworld-kinds/${file}`, "--format", "json"]);
  return { code: r.code, f: JSON.parse(r.stdout).files[0] as { columns: string[]; defects: { code: string; severity: string; message: string }[] } };
};

for (const [file, first] of [["row-names-write-csv.csv", "row.names"], ["row-names-write-table.tsv", "row.names"], ["row-names-pandas-unnamed.csv", "Unnamed: 0"]]) {
  test(`CLI: ${file} gives one row-names-column warning and no error`, () => {
    const { code, f } = json(file);
    assert.equal(code, 0);
    assert.deepEqual(f.defects.map((d) => [d.code, d.severity]), [["row-names-column", "warning"]]);
    assert.equal(f.columns[0], first);
  });
}

test("CLI: row names plus a cell too many in every row still reports the true row-extra-cells", () => {
  const { code, f } = json("row-names-plus-extra-cells.csv");
  assert.equal(code, 1);
  assert.equal(f.defects.filter((d) => d.code === "row-names-column").length, 1);
  assert.equal(f.defects.filter((d) => d.code === "row-extra-cells" && d.severity === "error").length, 20);
  assert.equal(f.defects.some((d) => d.code === "header-blank"), false);
});
