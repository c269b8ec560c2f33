// A blank header name above a spacer column empty in every record is named by position, not header-blank (src/schema/empty-blank-column.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyBlankColumns } from "../../src/schema/empty-blank-column.js";
import type { ParsedRecord } from "../../src/types.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INFER_SAMPLE_ROWS } from "../../src/schema/infer.js";
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
  assert.deepEqual(emptyBlankColumns(["a", "", "b", ""], recs(rows), true), ["a", "field2", "b", "field4"]);
});

test("emptyBlankColumns refuses a blank name above a value, short records, few records, an all-blank header", () => {
  // a value under the blank name: its name was lost (header-blank stays)
  assert.equal(emptyBlankColumns(["a", "", "b"], recs([["1", "", "x"], ["2", "7", "y"], ["3", "", "z"]]), true), null);
  // only the column with a value keeps its blank name
  assert.deepEqual(emptyBlankColumns(["a", "", ""], recs([["1", "", "x"], ["2", "", "y"], ["3", "", "z"]]), true), ["a", "field2", ""]);
  // records that end before the column, or short of the header: a stray delimiter in the header (`"URL",,Comments`
  // above rows ending `"URL",`), whose row-missing-cells stay
  assert.equal(emptyBlankColumns(["a", "b", ""], recs([["1", "x"], ["2", "y", ""], ["3", "z", ""]]), true), null);
  assert.equal(emptyBlankColumns(["a", "url", "", "notes"], recs([["1", "u", ""], ["2", "v", ""], ["3", "w", ""]]), true), null);
  // fewer than 3 records, a header of blank names only, no blank name
  assert.equal(emptyBlankColumns(["a", "", "b"], recs([["1", "", "x"], ["2", "", "y"]]), true), null);
  assert.equal(emptyBlankColumns(["", ""], recs([["", ""], ["", ""], ["", ""]]), true), null);
  assert.equal(emptyBlankColumns(["a", "b"], recs([["1", ""], ["2", ""], ["3", ""]]), true), null);
  // a name `field2` already taken: left as it was
  assert.equal(emptyBlankColumns(["field2", "", "b"], recs([["1", "", "x"], ["2", "", "y"], ["3", "", "z"]]), true), null);
});

/** The CLI's columns and defect codes for a file `id,,name` of `rows` records, notes under the blank name from `notesFrom`. */
function longFile(rows: number, notesFrom: number): { columns: string[]; codes: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "spacer-"));
  try {
    const lines = Array.from({ length: rows }, (_, i) => `${i},${i >= notesFrom ? "late note" : ""},n${i}`);
    writeFileSync(join(dir, "long.csv"), `id,,name\n${lines.join("\n")}\n`);
    const f = JSON.parse(runCli([join(dir, "long.csv"), "--format", "json"]).stdout).files[0] as { columns: string[]; defects: { code: string }[] };
    return { columns: f.columns, codes: [...new Set(f.defects.map((d) => d.code))] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("CLI: a blank name above a column empty in the sample but not after it keeps header-blank (a file longer than the sample)", () => {
  const r = longFile(INFER_SAMPLE_ROWS + 2_000, INFER_SAMPLE_ROWS + 1_000);
  assert.ok(r.codes.includes("header-blank"), r.codes.join());
  assert.notEqual(r.columns[1], "field2");
});

test("CLI: the spacer rule judges a file it read whole; one longer than the sample keeps header-blank even if empty", () => {
  // read whole: the column is empty in every record, so it is a spacer
  assert.deepEqual(longFile(50, 50), { columns: ["id", "field2", "name"], codes: [] });
  // longer than the sample: what lies after it is not known when the header is settled
  assert.ok(longFile(INFER_SAMPLE_ROWS + 500, Infinity).codes.includes("header-blank"));
});

test("emptyBlankColumns refuses a sample that is not the whole file", () => {
  const rows = [["1", "", "x"], ["2", "", "y"], ["3", "", "z"]];
  assert.deepEqual(emptyBlankColumns(["a", "", "b"], recs(rows), true), ["a", "field2", "b"]);
  assert.equal(emptyBlankColumns(["a", "", "b"], recs(rows), false), null);
});
