// `#` lines holding blanks above a one-column list of single words are notes (src/dialect/comment.ts wordColumn).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "prefixed-prose-notes-above-word-list.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `#!note: prose` lines above a list of single words make `#` the comment character, no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.header], ["#", false]);
});

test("the built CLI reads the 10 words as one column, no note among them", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns], [10, 0, ["field1"]]);
});

test("sniffDialect: a commented-out word above a list of single words is still read with the character as data", () => {
  const d = sniffDialect("#tango\nalpha\nbravo\ncharlie\ndelta\necho\n", true);
  assert.equal(d.comment, null);
});
