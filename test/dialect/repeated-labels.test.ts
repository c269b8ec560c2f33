// repeatedLabels (src/dialect/repeated-labels.ts): a `:` that ends the same labels on every line is text; blanks split the table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { repeatedLabels } from "../../src/dialect/repeated-labels.js";

const NAME = "fixtures/dialect/status-rows-with-repeated-labels.txt";

test("repeatedLabels: `de.po      Found: 118 Missing: 0` rows under a notice read at blanks, 5 columns, the notice skipped", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 3);
});

test("repeatedLabels refuses: other labels from line to line, one label a line, a glued `:`, ragged blanks, a long lead", () => {
  const rows = (f: (i: number) => string): string => Array.from({ length: 6 }, (_, i) => f(i)).join("\n");
  assert.equal(repeatedLabels(rows((i) => `f${i}.po  Found: ${i} Missing: 0`), ":"), true);
  // a `key: value` list: the labels differ
  assert.equal(repeatedLabels(rows((i) => `key${i}: ${i} other${i}: 0`), ":"), false);
  // one label a line
  assert.equal(repeatedLabels(rows((i) => `f${i}.po  Found: ${i}`), ":"), false);
  // a time: the `:` glued to what follows
  assert.equal(repeatedLabels(rows((i) => `run ${i} at 12:30 end: 13:45`), ":"), false);
  // ragged widths at blanks
  assert.equal(repeatedLabels(rows((i) => `f${i}.po  Found: ${i} Missing: 0` + (i === 3 ? " late" : "")), ":"), false);
  // more than 2 other lines above
  assert.equal(repeatedLabels(["a", "b", "c", rows((i) => `f${i}.po  Found: ${i} Missing: 0`)].join("\n"), ":"), false);
  // another pick
  assert.equal(repeatedLabels(rows((i) => `f${i}.po  Found: ${i} Missing: 0`), ","), false);
});
