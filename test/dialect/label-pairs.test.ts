// labelPairsEntry (src/dialect/label-pairs.ts): a `label:<TAB>value` list keeps its first pair as a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { labelPairsEntry } from "../../src/dialect/label-pairs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/labelled-settings-key-colon-tab-value.tsv";

test("labelPairsEntry: `input fasta file:<TAB>genes.fa` above `input tsv file:<TAB>…`, `genetic_code<TAB>11` is a record", () => {
  assert.deepEqual([sniffDialect(readFileSync(NAME, "utf8"), true).header, sniffDialect(readFileSync(NAME, "utf8"), true).delimiter], [false, "\t"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 3, 0]);
  assert.equal(labelPairsEntry(["input fasta file:", "genes.fa"], ["input tsv file:", "genetic_code"]), true);
});

test("labelPairsEntry refuses: no colon on the first key, a value written as a label, keys mostly unlabelled, a colon inside", () => {
  assert.equal(labelPairsEntry(["name", "path"], ["input fasta file:", "input tsv file:"]), false);
  assert.equal(sniffDialect("name\tpath\ninput fasta file:\tgenes.fa\ninput tsv file:\tmeta.tsv\n", true).header, true);
  assert.equal(labelPairsEntry(["Key:", "Value:"], ["input fasta file:", "input tsv file:"]), false);
  assert.equal(labelPairsEntry(["input fasta file:", "genes.fa"], ["genetic_code", "translation_table", "x:"]), false);
  assert.equal(sniffDialect("input fasta file:\tgenes.fa\ngenetic_code\t11\ntranslation_table\t1\n", true).header, true);
  assert.equal(labelPairsEntry(["time:utc:", "x"], ["a:", "b:"]), false);
  assert.equal(labelPairsEntry(["Host:", "x", "y"], ["a:", "b:"]), false);
});
