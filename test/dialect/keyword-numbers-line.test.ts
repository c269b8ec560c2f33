// A line of keywords each followed by numbers (`N 25 R 1.0 3.4`) under a title is a preamble line, not the header (src/dialect/keyword-numbers-line.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { keywordNumbersLine } from "../../src/dialect/keyword-numbers-line.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "keyword-numbers-line-under-title.table");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("keywordNumbersLine: keywords each followed by numbers", () => {
  assert.equal(keywordNumbersLine(["N", "10000", "R", "0.0001", "1.0"]), true);
  assert.equal(keywordNumbersLine(["N", "181", "FP", "0", "0", "EQ", "110.1"]), true);
});

test("keywordNumbersLine: refuses one keyword, words side by side, a number first, a keyword last, NaN as a keyword", () => {
  assert.equal(keywordNumbersLine(["id", "2019", "2020", "2021", "2022"]), false);
  assert.equal(keywordNumbersLine(["name", "value", "3", "x", "4"]), false);
  assert.equal(keywordNumbersLine(["1", "N", "2", "R", "3"]), false);
  assert.equal(keywordNumbersLine(["N", "10", "R", "1.0", "end"]), false);
  assert.equal(keywordNumbersLine(["N", "10", "nan", "1.0"]), false);
});

test("sniffDialect: the title and the settings line above a table of numbers are skipped, no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.skipRows, d.header], ["#", 5, false]);
});

test("CLI: a LAMMPS-style table reads 4 columns clean, the title no one-name header", () => {
  const r = runCli([name, "--format", "json", "-q"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["field1", "field2", "field3", "field4"]);
  assert.equal(f.errors, 0, JSON.stringify(f.defects.slice(0, 3)));
  assert.equal(f.rows.total, 25);
});

test("sniffDialect: a settings line that a record below matches in width is no preamble line", () => {
  const wide = text.replace("\n1 1.0000", "\n0 0.9 1 2 3\n1 1.0000");
  const d = sniffDialect(wide, true);
  assert.notEqual(d.skipRows, 5);
});
