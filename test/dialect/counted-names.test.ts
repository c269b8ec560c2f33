// countedNames (src/dialect/counted-names.ts): names numbered by their columns beside a word over numbers stay the header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { countedNames, countsColumns } from "../../src/dialect/counted-names.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/edge-list-numbered-node-names-over-weights.csv";
const csv = (text: string) => text.trim().split("\n").map((l) => l.split(","));

test("countedNames: `node1,node2,weight` above `node12,node7,0.5` is the header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, true);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["node1", "node2", "weight"], 5, 0]);
  const rows = csv(readFileSync(NAME, "utf8"));
  assert.deepEqual([...countedNames(rows[0], rows.slice(1))], [0, 1]);
});

test("countedNames: the names may recur as ids below (a graph of node1 … nodeN)", () => {
  assert.equal(sniffDialect("node1,node2,weight\nnode2,node7,0.5\nnode1,node4,0.25\nnode5,node1,1.0\n", true).header, true);
});

test("countedNames refuses: no word over numbers, numbers not counting columns, a word over words", () => {
  // the first edge of a list, a weight beside it
  assert.equal(sniffDialect("node1,node2,0.5\nnode12,node7,0.25\nnode3,node4,0.25\nnode5,node9,1.0\n", true).header, false);
  assert.equal(countedNames(["node1", "node2", "0.5"], [["node12", "node7", "0.25"]]).size, 0);
  // a numbered pair alone may be the first edge
  assert.equal(sniffDialect("node1,node2\nnode12,node7\nnode3,node4\nnode5,node9\n", true).header, false);
  // node1, node3: numbers that count nothing
  assert.equal(sniffDialect("node1,node3,weight\nnode12,node7,0.5\nnode3,node4,0.25\nnode5,node9,1.0\n", true).header, false);
  assert.equal(countsColumns(["node1", "node3", "weight"]), false);
  // a word over words is a record's word
  assert.equal(sniffDialect("node1,node2,heavy\nnode12,node7,light\nnode3,node4,heavy\nnode5,node9,light\n", true).header, false);
  assert.equal(countedNames(["node1", "node2", "heavy"], [["node12", "node7", "light"]]).size, 0);
});

test("countedNames refuses: a value word over numbers (`Inf`, `ND`, `unknown`, `x`) in a headerless pairwise list", () => {
  const NAME2 = "fixtures/dialect/headerless-pairs-first-value-inf.csv";
  assert.equal(sniffDialect(readFileSync(NAME2, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME2, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.equal(f.rows.total, 6);
  const rest = [["sample1", "sample3", "0.93"], ["sample2", "sample4", "0.79"]];
  for (const w of ["Inf", "-Inf", "ND", "NR", "unknown", "missing", "undefined", "x"]) {
    assert.equal(countedNames(["sample1", "sample2", w], rest).size, 0, w);
  }
  assert.deepEqual([...countedNames(["sample1", "sample2", "distance"], rest)], [0, 1]);
});
