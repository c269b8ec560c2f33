// A `,` table keyed by a code holding a `/` (bins `A1/04`, stations `WX/12`, routes `bus3/1`) keeps its columns when a
// row is short: only a list under its count line is read as Hunspell flag tails (src/dialect/flag-tails.ts, wqa22 F2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { sniffDialect } from "../../src/dialect/index.js";
import { commasInFlagTails } from "../../src/dialect/flag-tails.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

/** 25 warehouse bins `A1/01,10017,38` …, row 13 without its qty (a true defect). */
function bins(): string {
  const rows: string[] = [];
  for (let k = 1; k <= 25; k++) {
    const bin = `${"ABCDE"[Math.floor((k - 1) / 5)]}${Math.floor((k - 1) / 5) + 1}/0${((k - 1) % 5) + 1}`;
    rows.push(k === 13 ? `${bin},${10000 + k * 17}` : `${bin},${10000 + k * 17},${((k * 37) % 90) + 1}`);
  }
  return "location,sku,qty\n" + rows.join("\n") + "\n";
}
/** Stations `WX/0` … `WX/24` by month, every third row without its last month. */
const stations = "station,jan,feb,mar\n" + Array.from({ length: 25 }, (_, i) => `WX/${i},${i},${i + 1}${i % 3 ? `,${i + 2}` : ""}`).join("\n") + "\n";
/** Headerless route stops of 2 to 6 stops (`bus1/0,100,103`). */
const routes = Array.from({ length: 25 }, (_, i) => `bus${(i % 6) + 1}/${i % 2},` + Array.from({ length: (i % 5) + 2 }, (_, j) => 100 + i + 3 * j).join(",")).join("\n") + "\n";

test("sniffDialect: bins, stations and routes keyed by a `/` code stay `,` tables (wlay22: one column)", () => {
  for (const [name, text, header] of [["bins", bins(), true], ["stations", stations, true], ["routes", routes, false]] as const) {
    const d = sniffDialect(text, true);
    assert.deepEqual([name, d.delimiter, d.skipRows, d.header], [name, ",", 0, header]);
  }
});

test("the built CLI keeps the bins' 3 columns and the short row's row-missing-cells (wlay22: 1 column, 0 errors)", () => {
  const dir = mkdtempSync(join(tmpdir(), "flag-tails-"));
  try {
    writeFileSync(join(dir, "bins.csv"), bins());
    const f = (JSON.parse(runCli([join(dir, "bins.csv"), "--format", "json"]).stdout) as Report).files[0];
    assert.deepEqual([f.columns.length, f.rows.total, f.errors], [3, 25, 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("commasInFlagTails: the tails need a first line counting the lines below, exactly in a whole file", () => {
  const words = Array.from({ length: 30 }, (_, i) => `word${i}/${i},1${i % 2 ? ",2" : ""}`).join("\n");
  assert.equal(commasInFlagTails("30\n" + words), true);
  assert.equal(commasInFlagTails("word,flags\n" + words), false);
  assert.equal(commasInFlagTails("90\n" + words), false);
  assert.equal(commasInFlagTails("90\n" + words, false), true);
  assert.equal(commasInFlagTails("12\n" + words, false), false);
});
