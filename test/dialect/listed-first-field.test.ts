// A `,` that only joins a list of numbers in the first of `:`-parted fields is no delimiter (src/dialect/listed-first-field.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { listedFirstField } from "../../src/dialect/listed-first-field.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "number-lists-then-colon-fields.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: number lists, then a clue and an answer, read at `:`, with no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], [":", false]);
});

test("the built CLI reads 3 columns and 6 rows, with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.errors, f.columns.length, f.rows.total], [0, 3, 6]);
});

test("listedFirstField: a headerless CSV holding times, or one colon to a line, keeps its commas", () => {
  assert.equal(listedFirstField(text, ","), true);
  assert.equal(listedFirstField(["1,2,13:00:00,alice", "3,4,14:30:00,bob", "5,6,15:45:00,carol"].join("\n"), ","), false);
  assert.equal(listedFirstField(["1,2,3:note a", "4,5,6:note b", "7,8,9:note c"].join("\n"), ","), false);
});
