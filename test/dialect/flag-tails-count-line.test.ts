// A count line above a `,` table keyed by `group/number` codes with a short row keeps the table's columns (src/dialect/flag-tails.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { commasInFlagTails } from "../../src/dialect/flag-tails.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/count-line-above-slash-keyed-table-with-a-short-row.csv";

test("the built CLI reads the bins under their count line as 3 columns with the short row's row-missing-cells (was 1 column, silently)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.delimiter, f.columns.length, f.rows.total, f.errors], [",", 3, 25, 1]);
});

test("commasInFlagTails: stems met once are a dictionary's words; a repeated group before the `/` is a table's key", () => {
  const words = Array.from({ length: 30 }, (_, i) => `word${i}/${i},1${i % 2 ? ",2" : ""}`).join("\n");
  assert.equal(commasInFlagTails("30\n" + words), true);
  const keys = Array.from({ length: 30 }, (_, i) => `WX/${i},${i}${i % 7 ? `,${i + 1}` : ""}`).join("\n");
  assert.equal(commasInFlagTails("30\n" + keys), false);
});
