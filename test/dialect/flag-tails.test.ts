// A Hunspell list with numeric flag aliases (`abaila/1002,5,1`) is one column under its count line, not a `,` table (wlay22).
import { test } from "node:test";
import assert from "node:assert/strict";
import { commasInFlagTails } from "../../src/dialect/flag-tails.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/word-list-with-numeric-flag-aliases-under-count.dic";

test("the built CLI reads the 45 words as one column under a skipped count line (main: `,`, 40 row-extra-cells)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.delimiter, f.dialect?.skipRows, f.rows.total, f.errors], ["", 1, 45, 0]);
});

test("near misses: a date then a count, tails of one width, a table of text, few tails: still `,`", () => {
  const many = (f: (i: number) => string) => Array.from({ length: 30 }, (_, i) => f(i)).join("\n");
  assert.equal(commasInFlagTails("month,count\n" + many((i) => `${(i % 12) + 1}/2020,${i}${i % 3 ? "" : ",7"}`)), false);
  assert.equal(commasInFlagTails("30\n" + many((i) => `word${i}/${i},1`)), false);
  assert.equal(commasInFlagTails("30\n" + many((i) => (i % 4 ? `word${i}/${i},1${i % 2 ? ",2" : ""}` : `two words,${i}`))), false);
  assert.equal(commasInFlagTails("5\nab/1,2\ncd/1,2,3\nef\ngh/4,5\nij/9,9,9\n"), false);
  assert.equal(commasInFlagTails("30\n" + many((i) => `word${i}/${i},1${i % 2 ? ",2" : ""}`)), true);
});
