// keyMetOnce (src/dialect/header.ts): a field list whose names include one of its own keys keeps its header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";

test("keyMetOnce: a name met once among the keys does not outweigh names above sparse columns", () => {
  const text = readFileSync("fixtures/dialect/field-list-naming-itself-sparse.csv", "utf8");
  assert.equal(sniffDialect(text, true).header, true);
});

test("keyMetOnce: near misses keep their reading as records", () => {
  // a headerless file whose first key recurs: a number under numbers votes it data
  assert.equal(sniffDialect("apple,3\npear,4\nfig,2\nplum,7\napple,5\n", true).header, false);
  // a headerless word list: no other name beside the one met again
  assert.equal(sniffDialect("apple\npear\nfig\nplum\napple\n", true).header, false);
  // a full all-text table whose first key recurs: no sparse column under a name
  assert.equal(sniffDialect("apple,red,crisp\npear,green,soft\nfig,purple,sweet\napple,yellow,tart\n", true).header, false);
});

test("keyMetOnce: a sparse headerless table whose first key (no column noun) recurs once keeps its first record", () => {
  const text = readFileSync("fixtures/dialect/sparse-headerless-table-first-key-recurs-once.csv", "utf8");
  assert.equal(sniffDialect(text, true).header, false);
});
