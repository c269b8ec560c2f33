// paddedTitle (src/dialect/padded-title.ts): a spreadsheet's title row beside a code or two, padded to the table's width, is a preamble.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { paddedTitle } from "../../src/dialect/padded-title.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/padded-title-with-codes-above-header.csv";
const text = readFileSync(NAME, "utf8");
const TITLE = "Monthly Mean Ocean Fields,,,,,Omon,mon,,";

test("paddedTitle: `Monthly Mean Ocean Fields,,,,,Omon,mon,,` above a note, blank rows and the names is a preamble", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], [",", true, 4]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns.slice(0, 3), ["priority", "long name", "units"]);
  assert.deepEqual([f.rows.total, f.errors, Object.keys(f.byCode)], [5, 0, ["preamble-skipped"]]);
});

test("paddedTitle: the row's own shape", () => {
  const cells = TITLE.split(",");
  assert.equal(paddedTitle(cells, 9), true);
  // a title of one or two words, a blank first cell, a phrase in a later cell, a row of another width, too many cells filled
  assert.equal(paddedTitle("Ocean Fields,,,,,Omon,mon,,".split(","), 9), false);
  assert.equal(paddedTitle(",Monthly Mean Ocean Fields,,,,Omon,mon,,".split(","), 9), false);
  assert.equal(paddedTitle("Monthly Mean Ocean Fields,,,,,on the ocean grid,mon,,".split(","), 9), false);
  assert.equal(paddedTitle("Monthly Mean Ocean Fields,,,,,Omon,mon,".split(","), 9), false);
  assert.equal(paddedTitle("Monthly Mean Ocean Fields,,,,,Omon,mon,x,y".split(","), 9), false);
  // one filled cell is preambleLike's plain padded title, not this rule's
  assert.equal(paddedTitle("Monthly Mean Ocean Fields,,,,,,,,".split(","), 9), false);
});

test("paddedTitle: a sparse first row above records (no names under it) stays the header", () => {
  // the title row right above the records: a header with blank names, reported as such
  const body = text.split("\n").slice(5).join("\n");
  assert.deepEqual([sniffDialect(`${TITLE}\n${body}`, true).skipRows, sniffDialect(`${TITLE}\n${body}`, true).header], [0, true]);
  // a title of two words above the same names is left as it was (the title row read as the header)
  const two = text.replace("Monthly Mean Ocean Fields", "Ocean Fields");
  assert.equal(sniffDialect(two, true).skipRows, 0);
});

test("paddedTitle: a sparse header whose names stand over the cells its records fill stays the header", () => {
  const NAME2 = "fixtures/dialect/sparse-header-with-spacer-columns-over-text.csv";
  const d = sniffDialect(readFileSync(NAME2, "utf8"), true);
  assert.deepEqual([d.header, d.skipRows], [true, 0]);
  const f = (JSON.parse(runCli([NAME2, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns[0], f.columns[3], f.rows.total, f.errors], ["Country or area", "Capital", 4, 0]);
  // the row below fills only cells under the title's: refused; a one-cell note below (CMOR's) is no such row
  const head = "Country or area,,,Capital,,,Continent,,".split(",");
  assert.equal(paddedTitle(head, 9, "France,,,Paris,,,Europe,,".split(",")), false);
  assert.equal(paddedTitle(head, 9, "France,,,,,,Europe,,".split(",")), false);
  assert.equal(paddedTitle(head, 9, "(a note),,,,,,,,".split(",")), true);
  assert.equal(paddedTitle(head, 9, "France,Paris,,,,,Europe,,".split(",")), true);
});
