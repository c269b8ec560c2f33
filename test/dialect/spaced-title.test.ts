// spacedTitleAboveTabHeader: a spaced line above a TAB header of names is a title, not a header spaced above rows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spacedTitleAboveTabHeader } from "../../src/dialect/spaced-title.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/r-warning-line-above-quoted-tab-header.txt";
const lines = (p: string): string[] => readFileSync(p, "utf8").split("\n").filter((l) => l.trim() !== "");

test("spacedTitleAboveTabHeader: R's 6-word warning above a quoted 6-name TAB header and number records", () => {
  assert.equal(spacedTitleAboveTabHeader(lines(FIXTURE)), true);
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.delimiter, d.whitespace ?? false, d.header, d.skipRows], ["\t", false, true, 1]);
});

test("the built CLI: the fixture reads the quoted names as the header and 5 records (was the warning's words, 6 records, silent)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["sample", "chrom", "start", "end", "probes", "mean"]);
  assert.deepEqual([f.rows.total, f.errors, f.defects.map((d) => d.code)], [5, 0, ["preamble-skipped"]]);
});

test("near miss: a spaced header above TAB records (a number under it), or a TAB line holding spaces, is left to the alignment rule", () => {
  assert.equal(spacedTitleAboveTabHeader(lines("fixtures/dialect/header-spaced-rows-tabbed.tsv")), false);
  assert.equal(spacedTitleAboveTabHeader(lines("fixtures/dialect/spaced-header-above-tabbed-row-names.txt")), false);
  const spaced = lines(FIXTURE).map((l, i) => (i === 2 ? l.replace("10400", "10 400") : l));
  assert.equal(spacedTitleAboveTabHeader(spaced), false);
});

const NA = "fixtures/dialect/spaced-header-over-tab-records-first-holding-na.tsv";

test("spacedTitleAboveTabHeader: a first TAB record holding `NA`, or a cell met again in its column, is a record, not a header", () => {
  assert.equal(spacedTitleAboveTabHeader(lines(NA)), false);
  // without the NA, `up` is met again under it (EGFR, KRAS): still a record
  assert.equal(spacedTitleAboveTabHeader(lines(NA).map((l) => l.replace("\tNA", "\tlow"))), false);
  const f = (JSON.parse(runCli([NA, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.defects.length], [["gene", "status", "count"], 5, 0]);
});

test("near miss: the cnvkit header with a name that only starts like a null token (`NAs`) is still under a title", () => {
  assert.equal(spacedTitleAboveTabHeader(lines(FIXTURE).map((l, i) => (i === 1 ? l.replace('"probes"', '"NAs"') : l))), true);
});
