// smallAboveCapitals (src/dialect/header.ts): one small letter above a column of capitals names the column (`u,v` above `A,B`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";

const FIXTURE = "fixtures/dialect/edge-list-small-letter-names-over-capital-nodes.csv";

test("smallAboveCapitals: `u,v` above single capitals is the header (main read it as the first edge, silently)", () => {
  assert.equal(sniffDialect(readFileSync(FIXTURE, "utf8"), true).header, true);
});

test("smallAboveCapitals: keys in one case, and a small letter whose capital is a value, stay records", () => {
  // a key table keeps its keys in one case: its first key is one of them
  assert.equal(sniffDialect("Q,W\nA,S\nZ,X\nE,R\nD,F\n", true).header, false);
  assert.equal(sniffDialect("q,w\na,s\nz,x\ne,r\nd,f\n", true).header, false);
  // `a` above `A`, `B`, …: its own capital is a value, maybe a key written in the other case
  assert.equal(sniffDialect("a,b\nA,B\nB,C\nC,D\nD,A\n", true).header, false);
  // a keyboard map, small above capitals in one column only: the other column's `a` is one of its own values' case
  assert.equal(sniffDialect("a\tA\nb\tB\nc\tC\nd\tD\n", true).header, false);
});
