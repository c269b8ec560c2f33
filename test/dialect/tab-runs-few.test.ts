// A few short keys padded with TABs to the tab stop of long ones align the columns (src/dialect/tab-runs.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { tabRunsAlign } from "../../src/dialect/tab-runs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "tab-padded-short-keys.tsv");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("tabRunsAlign: runs on 4 lines of 19, of two lengths, that read as one make every line 2 cells wide", () => {
  assert.equal(tabRunsAlign(text), true);
  assert.equal(sniffDialect(text, true).tabRuns, true);
});

test("the built CLI reads the padded lines as 2 cells, with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.columns.length], [0, 2]);
});

test("tabRunsAlign: stray empty cells, runs of one length, are no alignment (they stay row-extra-cells)", () => {
  assert.equal(tabRunsAlign(text.replace(/\t{3}/g, "\t\t")), false);
});
