// `#` lines of code above a one-column table of numbers are comments (src/dialect/comment.ts numberColumn).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "hash-script-lines-above-one-number-column.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `#x = load(…)` lines above one column of numbers make `#` the comment character, no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.header], ["#", false]);
});

test("the built CLI reads the 12 numbers as one number column", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.schema!.fields[0].type], [12, 0, "number"]);
});

test("sniffDialect: a commented-out number above one column of numbers is still read with the character as data", () => {
  const d = sniffDialect("#12\n13\n14\n15\n16\n", true);
  assert.equal(d.comment, null);
});
