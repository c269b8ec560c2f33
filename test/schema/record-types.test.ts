// Header/detail record layouts (src/schema/record-types.ts): recognised from the first cells and widths, read by the built CLI with one warning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordTypeWidths } from "../../src/schema/record-types.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

test("recordTypeWidths: codes with a width each, repeated, are a layout", () => {
  const rows = [["H", "x", "y"], ...Array.from({ length: 5 }, (_, i) => ["D", String(i), "2", "3", "4"]), ["T", "3"]];
  assert.deepEqual(recordTypeWidths(rows), { widths: { H: 3, D: 5, T: 2 } });
});

test("recordTypeWidths: one code with two widths, long first cells, or one width are not", () => {
  assert.equal(recordTypeWidths([["H", "x"], ["D", "1", "2"], ["D", "1"], ["D", "1", "2"]]), null);
  assert.equal(recordTypeWidths([["name", "x"], ["Alice Smith", "1", "2"], ["Bob Jones", "1", "2"], ["Carl", "1", "2"]]), null);
  assert.equal(recordTypeWidths([["A", "1"], ["B", "2"], ["A", "3"], ["B", "4"]]), null);
});

const json = (path: string) => JSON.parse(runCli([path, "--format", "json"]).stdout).files[0] as { rows: { total: number }; defects: { code: string; severity: string; line: number | null }[] };

test("CLI: a header/detail file gives one record-types warning, every line a record", () => {
  const f = json("fixtures/realworld-kinds/record-types-header-detail.csv");
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity]), [["record-types", "warning"]]);
  assert.equal(f.rows.total, readFileSync("fixtures/realworld-kinds/record-types-header-detail.csv", "utf8").trim().split("\n").length);
});

test("CLI: past the sample, a detail record short of its type's width is still row-missing-cells", () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-rt-"));
  try {
    const lines = readFileSync("fixtures/realworld-kinds/record-types-header-detail.csv", "utf8").trim().split("\n");
    const body = Array.from({ length: 10_050 }, (_, i) => `D,2000,${i},ACC1,1.00,x`);
    body[10_020] = "D,2000,oops,ACC1,1.00";
    const path = join(dir, "hd.csv");
    writeFileSync(path, [...lines.slice(0, -1), ...body, lines[lines.length - 1]].join("\n") + "\n");
    const f = json(path);
    assert.deepEqual(f.defects.filter((d) => d.severity === "error").map((d) => [d.code, d.line]), [["row-missing-cells", lines.length + 10_020]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a lone one-cell record (a count line, `8` above two 8-column matrices) is no record type: the count is a preamble", () => {
  const f = JSON.parse(runCli(["fixtures/dialect/count-line-above-two-matrices.dat", "--format", "json"]).stdout).files[0] as Report["files"][0];
  assert.equal(f.byCode["record-types"], undefined);
  assert.equal(f.dialect?.skipRows, 2);
  assert.deepEqual([f.rows.invalid, f.errors], [0, 0]);
  assert.deepEqual([...new Set(f.stats!.slice(0, 8).map((s) => s.type))], ["integer"]);
  // a code of one cell that repeats is a record type of its own (`T` trailer lines)
  const rows = [["H", "x", "y"], ...Array.from({ length: 5 }, (_, i) => ["D", String(i), "2", "3", "4"]), ["T"], ["T"]];
  assert.deepEqual(recordTypeWidths(rows), { widths: { H: 3, D: 5, T: 1 } });
});
