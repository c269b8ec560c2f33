// Fixed-width columns are learned again under a skipped preamble (src/dialect/columns-under-preamble.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { columnsUnderPreamble } from "../../src/dialect/columns-under-preamble.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "aligned-rows-under-title-crossing-a-boundary.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: a title above aligned rows no longer hides the boundary after the row's number", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.skipRows, d.columns], [3, [0, 3, 20]]);
});

test("the built CLI reads 3 columns: the number, the pattern, the name with its space", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [3, 5, 0]);
});

test("columnsUnderPreamble: the starts the lines under the preamble give, when they add to the whole text's", () => {
  assert.deepEqual(columnsUnderPreamble(text, 3, [0, 20]), [0, 3, 20]);
});

test("columnsUnderPreamble refuses: no preamble, no starts, starts the rows drop, rows that read by runs of spaces", () => {
  assert.deepEqual(columnsUnderPreamble(text, 0, [0, 20]), [0, 20]);
  assert.equal(columnsUnderPreamble(text, 3, null), null);
  // under the preamble the rows give [0, 3, 20]: a start at 10 they do not keep is another table, left alone
  assert.deepEqual(columnsUnderPreamble(text, 3, [0, 10]), [0, 10]);
  const plain = "Title of the table here\nnote line\n1 2 3\n4 5 6\n7 8 9\n";
  assert.deepEqual(columnsUnderPreamble(plain, 2, [0, 5]), [0, 5]);
});

test("sniffDialect refuses a `#` comment block: notes taken as comments leave the columns as the rows give them", () => {
  const d = sniffDialect("# note one\n# note two\n1  Ann Lee   5\n2  Bo Day    6\n3  Cy Fox    7\n4  Di Roe    8\n", true);
  assert.equal(d.skipRows ?? 0, 0);
});
