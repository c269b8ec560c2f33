// A trailing delimiter on every line (src/schema/trailing-column.ts): its blank last header name is not header-blank; a named-less column with values still is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { trailingDelimiterColumn, optionalLastColumn } from "../../src/schema/trailing-column.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";
import { check } from "../../src/index.js";
import type { ParsedRecord } from "../../src/types.js";
import { join } from "node:path";

const recs = (rows: string[][]): ParsedRecord[] => rows.map((cells, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: false,
}));

test("trailingDelimiterColumn: a blank last name above empty cells gets its position name", () => {
  assert.deepEqual(trailingDelimiterColumn(["a", "b", ""], recs([["1", "2", ""], ["3", "4", ""]])), ["a", "b", "field3"]);
});

test("trailingDelimiterColumn: a value under the blank name, or a record without the cell, keeps it blank", () => {
  assert.equal(trailingDelimiterColumn(["a", "b", ""], recs([["1", "2", ""], ["3", "4", "x"]])), null);
  assert.equal(trailingDelimiterColumn(["a", "b", ""], recs([["1", "2", ""], ["3", "4"]])), null);
});

test("check: a comma at the end of every line gives no header-blank; a lost name above values does", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "ic-trail-"));
  try {
    writeFileSync(join(dir, "trailing.csv"), "a,b,\n1,2,\n3,4,\n");
    writeFileSync(join(dir, "lost.csv"), "a,b,\n1,2,x\n3,4,y\n");
    const r = await check([join(dir, "trailing.csv"), join(dir, "lost.csv")], { jobs: 1 });
    assert.deepEqual(r.files.map((f) => f.defects.map((d) => d.code)), [[], ["header-blank"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("trailingDelimiterColumn: a blank last name above records that all lack the cell is dropped (a delimiter ending the header line only)", () => {
  assert.deepEqual(trailingDelimiterColumn(["a", "b", ""], recs([["1", "2"], ["3", "4"]])), ["a", "b"]);
});

test("optionalLastColumn: empty last cells on most records (a trailing delimiter) make the last column optional", () => {
  assert.equal(optionalLastColumn(recs([["1", "2", ""], ["3", "4", ""], ["5", "6"]])), 3);
  // the line without the delimiter may lie past the sample: every record with the empty cell is enough
  assert.equal(optionalLastColumn(recs([["1", "2", ""], ["3", "4", ""], ["5", "6", ""]])), 3);
  // most records short: the empty cells are no trailing delimiter's
  assert.equal(optionalLastColumn(recs([["1", "2", ""], ["3", "4"], ["5", "6"]])), null);
});

test("optionalLastColumn: text in the extra cell of some records is an optional column only when the short records are no stray few", () => {
  const rows = (n: number, long: number[]) => recs(Array.from({ length: n }, (_, i) => long.includes(i) ? ["k" + i, String(i), "a note"] : ["k" + i, String(i)]));
  assert.equal(optionalLastColumn(rows(10, [3])), 3);
  assert.equal(optionalLastColumn(rows(10, [0, 2, 4, 6, 8])), 3);
  // one or two short records in a table: genuinely short rows
  assert.equal(optionalLastColumn(rows(30, Array.from({ length: 29 }, (_, i) => i))), null);
  assert.equal(optionalLastColumn(rows(40, Array.from({ length: 38 }, (_, i) => i))), null);
  // a number in the extra cell (a ragged numeric table), or widths further apart: no optional column
  assert.equal(optionalLastColumn(recs([["a", "1"], ["b", "2", "3"], ["c", "4"], ["d", "5"], ["e", "6"]])), null);
  assert.equal(optionalLastColumn(recs([["a", "1", "x", "y"], ["b", "2"], ["c", "4"], ["d", "5"]])), null);
});

const report = (name: string): Report["files"][number] => {
  const r = runCli([join("fixtures", "dialect", name), "--format", "json", "-q"]);
  return (JSON.parse(r.stdout) as Report).files[0];
};

test("CLI: a headerless TSV with an optional notes column reads 4 columns, no row-extra-cells or row-missing-cells", () => {
  const f = report("optional-notes-column-no-header.tsv");
  assert.deepEqual(f.columns, ["field1", "field2", "field3", "field4"]);
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
  assert.equal(f.rows.total, 16);
});

test("CLI: a trailing delimiter on every line but the last (no header) is an artifact: the last line is not short", () => {
  const f = report("trailing-delimiter-but-last-line-no-header.csv");
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
  assert.equal(f.rows.total, 12);
});

test("CLI: a genuinely short row in a headerless table is still row-missing-cells", () => {
  const f = report("short-row-in-headerless-text-table.csv");
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["row-missing-cells", 7]]);
});

test("trailingDelimiterColumn: a blank last name above records none of which reach it is dropped, though some records are shorter still", () => {
  const rows = recs([["1", "2"], ["3", "4"], ["5", "6"], ["7"]]);
  assert.deepEqual(trailingDelimiterColumn(["a", "b", ""], rows), ["a", "b"]);
});

test("trailingDelimiterColumn: refused when one record has a cell under the blank name, or most records are shorter than the named columns", () => {
  assert.equal(trailingDelimiterColumn(["a", "b", ""], recs([["1", "2"], ["3", "4"], ["5", "6", "x"], ["7"]])), null);
  assert.equal(trailingDelimiterColumn(["a", "b", "c", ""], recs([["1", "2", "3"], ["4", "5"], ["6", "7"], ["8", "9"]])), null);
  // exactly half one cell short: no majority
  assert.equal(trailingDelimiterColumn(["a", "b", ""], recs([["1", "2"], ["3"]])), null);
});

test("CLI: a TAB ending the header line only, some records a cell short besides: only those are row-missing-cells", () => {
  const r = runCli([join("fixtures", "schema", "header-trailing-tab-some-short-records.tsv"), "--format", "json", "-q"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["strand", "slot", "start", "stop", "type", "label"]);
  assert.deepEqual(f.byCode, { "row-missing-cells": 2 });
  assert.deepEqual(f.defects.map((d) => d.line), [9, 10]);
});

test("CLI: a value under the header's blank last name keeps header-blank", () => {
  const r = runCli([join("fixtures", "schema", "header-trailing-tab-one-value-beyond.tsv"), "--format", "json", "-q"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.columns.length, 7);
  assert.equal(f.byCode["header-blank"], 1);
});
