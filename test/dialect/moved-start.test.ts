// A preamble's word over the blank padding of right-aligned numbers moves a column start left (src/dialect/moved-start.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { keepsEveryStart } from "../../src/dialect/moved-start.js";
import { columnsUnderPreamble } from "../../src/dialect/columns-under-preamble.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "listing-title-over-right-aligned-sizes.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const rows = text.split("\n").slice(1).filter((l) => l.trim() !== "");

test("sniffDialect: a title over the sizes' padding no longer glues each size to the hash after it", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.skipRows, d.columns], [1, [0, 7, 11, 32, 34, 54]]);
});

test("the built CLI reads 6 columns, the sizes as integers, every row kept and none in error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [6, 5, 0]);
  assert.equal(f.schema?.fields[1].type, "integer");
});

test("keepsEveryStart: a start over the rows' blanks stands for the rows' start past them", () => {
  assert.equal(keepsEveryStart(rows, [0, 2, 32, 34, 54], [0, 7, 11, 32, 34, 54]), true);
  assert.deepEqual(columnsUnderPreamble(text, 1, [0, 2, 32, 34, 54]), [0, 7, 11, 32, 34, 54]);
});

test("keepsEveryStart refuses: a start over the rows' text, two starts moved onto one, a start past the rows' last", () => {
  // 20 lies inside the hashes: the rows drop that start, so theirs is another table
  assert.equal(keepsEveryStart(rows, [0, 20, 32], [0, 7, 11, 32]), false);
  assert.deepEqual(columnsUnderPreamble(text, 1, [0, 20, 32]), [0, 20, 32]);
  // 2 and 4 both sit in the padding before 7: two columns cannot become one
  assert.equal(keepsEveryStart(rows, [0, 2, 4, 32], [0, 7, 11, 32]), false);
  assert.equal(keepsEveryStart(["ab   cd", "ef   gh", "ij   kl"], [0, 6], [0, 5]), false);
});
