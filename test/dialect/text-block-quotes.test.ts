// textBlock (src/dialect/evidence.ts): a quoted field that opens and closes on a line break, the delimiter after it (a molfile block), is real quoting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { quoteEvidence } from "../../src/dialect/evidence.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/molfile-blocks-quoted-opening-on-empty-name-line.csv";

test("textBlock: molfile blocks quoted from their empty name line to `M  END` are fields of a comma table", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.quote, d.header], [",", '"', true]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["molecule", "id", "pIC50", "activity"], 4, 0]);
});

test("textBlock: a `\"` entry alone on its line, and a `\"` token before the delimiter, still quote nothing", () => {
  const list = quoteEvidence('"\n,\n.\n"\n!\n', ",", '"');
  assert.deepEqual([list.proper, list.alone], [0, 1]);
  const lexicon = quoteEvidence("\"\t''\nword\tNN\n\"\t''\n", "\t", '"');
  assert.equal(lexicon.proper, 0);
  assert.equal(sniffDialect('"\n,\n.\n"\n!\n?\n', true).quote, "");
});
