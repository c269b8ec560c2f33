// Sentences and notes split at single spaces above a space-separated table are its preamble (src/dialect/spaced-prose-lead.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { spacedProseLead } from "../../src/dialect/spaced-prose-lead.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "sentence-notes-above-space-table.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const rows = (lines: string[]) => lines.map((l, i) => ({ cells: l.split(" "), start: i }));
const body = Array.from({ length: 25 }, (_, i) => `${i + 1} ${(100 / (i + 1)).toFixed(2)} w${i}`);

test("sniffDialect: four lines of notes above `rank frequency word` rows are a preamble, and the table has no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [" ", 4, false]);
});

test("the built CLI reads the 20 rows of 3 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [20, 0, 3]);
});

test("spacedProseLead: a line of names one wider than the rows is no lead (a header with an extra name)", () => {
  assert.equal(spacedProseLead(rows(["rank freq word note", ...body]), 3, " "), 0);
});

test("spacedProseLead: wide lines with no sentence among them are no lead (ragged records)", () => {
  assert.equal(spacedProseLead(rows(["1 2 3 4 5 6 7 8", ...body]), 3, " "), 0);
  assert.equal(spacedProseLead(rows(["a list of the words in use for the sample", ...body]), 3, " "), 1);
  assert.equal(spacedProseLead(rows(["a list of the words in use for the sample", ...body]), 3, ","), 0);
});

test("sniffDialect: the notes are skipped above a header too (`rank freq word`), and a blank line under them is skipped with them", () => {
  const lines = text.split("\r\n");
  const named = sniffDialect([...lines.slice(0, 4), "rank freq word", ...lines.slice(4)].join("\r\n"), true);
  assert.deepEqual([named.skipRows, named.header], [4, true]);
  const spaced = sniffDialect([...lines.slice(0, 4), "", ...lines.slice(4)].join("\r\n"), true);
  assert.deepEqual([spaced.skipRows, spaced.header], [5, false]);
});
