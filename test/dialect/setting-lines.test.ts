// Setting lines (`max 255`, `amb 1.0`) parted from a table of numbers by notes are a preamble (src/dialect/setting-lines.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { settingBlock } from "../../src/dialect/setting-lines.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "setting-lines-above-notes-and-numbers.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: the settings and notes above the numbers are skipped, and no line is the header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.skipRows, d.header], ["#", 12, false]);
});

test("the built CLI reads 6 records of two number columns, the settings named in a preamble warning", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.rows.total, f.schema.fields.map((x) => x.type)], [0, 6, ["integer", "number"]]);
  assert.equal(f.byCode["preamble-skipped"], 1);
});

test("settingBlock: `year 2024` right above numbers (no note between) may name them, and is left to the header sniffer", () => {
  const rows = [["year", "2024"], ["1", "5.5"], ["2", "6.5"], ["3", "7.5"]];
  assert.equal(settingBlock(rows, rows.map(() => false)), 0);
  assert.equal(sniffDialect("# counts\nyear 2024\n1 5.5\n2 6.5\n3 7.5\n", true).header, true);
});

test("settingBlock: records that are not all numbers keep the line above them as it is read", () => {
  const rows = [["max", "255"], ["# note"], ["a", "5.5"], ["b", "6.5"], ["c", "7.5"]];
  assert.equal(settingBlock(rows, rows.map((r) => r[0].startsWith("#"))), 0);
});

test("settingBlock: a first record led by a null or non-finite spelling (`nan 0.5`, `NA 3`, `inf 1`) is no setting", () => {
  for (const lead of ["nan", "NA", "inf", "null"]) {
    const rows = [[lead, "0.5"], ["# calibrated below"], ["1", "2"], ["3", "4"], ["5", "6"]];
    assert.equal(settingBlock(rows, rows.map((r) => r[0].startsWith("#"))), 0, lead);
  }
  assert.equal(sniffDialect("# run 7\nnan 0.5\n# calibrated below\n1 2\n3 4\n5 6\n7 8\n", true).skipRows, 0);
});
