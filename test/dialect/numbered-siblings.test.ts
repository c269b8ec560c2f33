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

test("numberedSiblings: names whose numbers count their columns, over ids of the same stem, stay the header", () => {
  const teams = "team1,team2,score1,score2\nteam4,team9,3,1\nteam2,team7,0,0\nteam5,team1,2,2\n";
  const d = sniffDialect(teams, true);
  assert.deepEqual([d.header, d.delimiter], [true, ","]);
  const csv = (text: string) => text.trim().split("\n").map((l) => ({ cells: l.split(",") }));
  const items = "item1,item2,support,confidence\nitem12,item7,0.031,0.42\nitem3,item9,0.02,0.5\n";
  assert.equal(sniffDialect(items, true).header, true);
  assert.equal(numberedSiblings(csv(items), 0), false);
  assert.equal(numberedSiblings(csv("node0,node1,w\nnode12,node7,x\nnode3,node4,y"), 0), false);
});

test("numberedSiblings: a plain word over a column of numbers or ids keeps the header", () => {
  assert.equal(numberedSiblings(rows("item_a1\tlist7\tsupport\nitem_a12\tlist3\t0.031\nitem_a5\tlist2\t0.2"), 0), false);
  assert.equal(numberedSiblings(rows("seq1\tid1\tlabel\nseq5\tid2\tA2D"), 0), false);
});

test("numberedSiblings: records whose numbers do not count columns and whose words sit over words stay records", () => {
  assert.equal(numberedSiblings(rows("seq1\tA2D\tid1\tdescription 1\nseq5\tF2E\tid2\tdescription 2"), 0), true);
  assert.equal(numberedSiblings(rows("seq1\tid1\tyes\nseq5\tid2\tno\nseq7\tid3\tyes"), 0), true);
  assert.equal(numberedSiblings(rows("seq3\tseq4\nseq5\tseq6"), 0), true);
});
