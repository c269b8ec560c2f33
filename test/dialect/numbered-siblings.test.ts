// numberedSiblings (src/dialect/numbered-siblings.ts): a first row numbered like the rows under it is a record, not the header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { numberedSiblings } from "../../src/dialect/numbered-siblings.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/numbered-records-without-header.tsv";
const rows = (text: string) => text.trim().split("\n").map((l) => ({ cells: l.split("\t") }));

test("numberedSiblings: `sample1 … lib1 … run 1` above `sample2 … lib2 … run 2` is the first record", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2", "field3", "field4"], 3, 0]);
});

test("numberedSiblings: two lines of two numbered pairs read as two records", () => {
  assert.equal(sniffDialect("original1\tariba1\noriginal2\tariba2\n", true).header, false);
  assert.equal(numberedSiblings(rows("gene1_1\tgene1_2\ngene2_1\tgene2_2"), 0), true);
});

test("numberedSiblings: numbered names above values, one numbered column, ragged or unnumbered rows are refused", () => {
  assert.equal(numberedSiblings(rows("ST\tgene1\tgene2\n2*\t1*\t2"), 0), false);
  assert.equal(numberedSiblings(rows("x1\ty1\n0.5\t1.2\n0.7\t1.9"), 0), false);
  assert.equal(numberedSiblings(rows("name\tid\nseq1\tid1\nseq2\tid2"), 0), false);
  assert.equal(numberedSiblings(rows("seq1\tA42B\nseq2\tC43D"), 0), false);
  assert.equal(numberedSiblings(rows("seq1\tid1\tx\nseq2\tid2"), 0), false);
  assert.equal(numberedSiblings(rows("seq1\tid1\nseq2\tid2\nother\tid3"), 0), false);
  assert.equal(numberedSiblings(rows("seq1\tid1"), 0), false);
  assert.equal(sniffDialect("gene\tcount\tbatch\nseq1\t4\tb1\nseq2\t5\tb2\n", true).header, true);
});
