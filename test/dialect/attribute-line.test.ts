// A `key=value` declaration line above a few records is a preamble, not their header (src/dialect/attribute-line.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { attributeLine } from "../../src/dialect/attribute-line.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "attribute-line-above-few-records.tsv");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: a `track name=… visibility=2` line above 3 TAB records is a preamble, and the records have no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 1, false]);
});

test("the built CLI reads the 3 records of 4 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [3, 0, 4]);
});

test("attributeLine: a keyword with `key=value` attributes only, quoted values holding spaces or commas", () => {
  assert.equal(attributeLine(['track name="Probe peaks" visibility=2']), true);
  assert.equal(attributeLine(["track type=bedGraph", ""]), true);
  assert.equal(attributeLine(["track"]), false);
  assert.equal(attributeLine(["DATE TIME Qty"]), false);
  assert.equal(attributeLine(["browser position chr7:127471196-127495720"]), false);
  assert.equal(attributeLine(["track name=x", "b=2"]), false);
});

test("sniffDialect: a lone line of names above the same records is still read as their header (delimiters lost)", () => {
  const d = sniffDialect(["chrom start end name", ...text.split("\n").slice(1)].join("\n"), true);
  assert.deepEqual([d.skipRows, d.header], [0, true]);
});
