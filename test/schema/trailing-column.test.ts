// A trailing delimiter on every line (src/schema/trailing-column.ts): its blank last header name is not header-blank; a named-less column with values still is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { trailingDelimiterColumn } from "../../src/schema/trailing-column.js";
import { check } from "../../src/index.js";
import type { ParsedRecord } from "../../src/types.js";

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
