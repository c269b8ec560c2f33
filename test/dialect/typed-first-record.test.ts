// typedFirstRecord (src/dialect/typed-first-record.ts): a `#` note that splits into the table's width does not take the names of a header over numbers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { typedFirstRecord } from "../../src/dialect/typed-first-record.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/comma-note-above-typed-header.csv";

test("typedFirstRecord: `id,level,flow` over numbers under a `#` note of two commas stays the header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.header, d.commentNames ?? null], [true, null]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["id", "level", "flow"], 6, 0]);
});

test("typedFirstRecord: rows of text, a number in the first record, or too few rows leave the commented names", () => {
  const nums = [["1", "2.4"], ["2", "2.5"], ["3", "2.6"], ["4", "2.7"]];
  assert.equal(typedFirstRecord(["id", "level"], nums), true);
  assert.equal(typedFirstRecord(["0", "2.3"], nums), false);
  assert.equal(typedFirstRecord(["id", "level"], nums.slice(0, 3)), false);
  assert.equal(typedFirstRecord(["January", "Garnet"], [["February", "Amethyst"], ["March", "Aquamarine"], ["April", "Diamond"], ["May", "Emerald"]]), false);
  const months = "# Birthday : Birth Stone : Birth Flower\n# from the almanac\nJanuary:Garnet:Carnation\nFebruary:Amethyst:Violet\nMarch:Aquamarine:Daffodil\nApril:Diamond:Daisy\nMay:Emerald:Lily\nJune:Pearl:Rose\n";
  assert.deepEqual(sniffDialect(months, true).commentNames?.names, ["Birthday", "Birth Stone", "Birth Flower"]);
});
