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

const LEXICON = "fixtures/dialect/tagger-lexicon-quote-token-at-line-end.tsv";
const HEADLESS = "fixtures/dialect/tagger-lexicon-quote-token-at-line-end-no-header.tsv";

test("runOfRecords: a lexicon's `\"` token at a line's end and at a later line's start quotes none of the records between", () => {
  const d = sniffDialect(readFileSync(LEXICON, "utf8"), true);
  assert.deepEqual([d.delimiter, d.quote, d.header], ["\t", "", true]);
  const run = runCli([LEXICON, "--format", "json", "-q"]);
  const f = (JSON.parse(run.stdout) as Report).files[0];
  // every one of the 13 lines accounted for: the header and 12 records of 2 cells
  assert.deepEqual([run.code, f.columns, f.rows.total, f.errors], [0, ["word", "tag"], 12, 0]);
  // why ragged too: a lexicon line may list several tags (`run<TAB>VB<TAB>NN`); every line still holds the delimiter
  const ragged = quoteEvidence("''\t\"\nrun\tVB\tNN\nfast\tRB\n\"\t''\n", "\t", '"');
  assert.deepEqual([ragged.proper, ragged.alone], [0, 1]);
});

test("runOfRecords: without its header line, the lexicon's first record stays a record (header false)", () => {
  const d = sniffDialect(readFileSync(HEADLESS, "utf8"), true);
  assert.deepEqual([d.delimiter, d.quote, d.header], ["\t", "", false]);
  const f = (JSON.parse(runCli([HEADLESS, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 12, 0]);
});

test("runOfRecords: a block with some lines free of the delimiter (a molfile, a pretty-printed object) is still one quoted field", () => {
  const mol = quoteEvidence('id\tmol\n1\t"\n  RDKit\n\nM  END\n"\tC\n', "\t", '"');
  assert.deepEqual([mol.proper, mol.alone], [1, 0]);
  const object = quoteEvidence('id,doc,n\n1,"\n{\n  a: 1,\n  b: 2\n}\n",3\n', ",", '"');
  assert.deepEqual([object.proper, object.alone], [1, 0]);
});
