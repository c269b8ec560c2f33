// mixedBlanks (src/dialect/mixed-blanks.ts): values parted by spaces on some lines and by TABs on others are one table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { mixedBlanks } from "../../src/dialect/mixed-blanks.js";

const NAME = "fixtures/dialect/name-pairs-spaced-then-tabbed.txt";

test("mixedBlanks: name pairs padded with spaces above pairs padded with TABs read at runs of blanks", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.whitespace, true);
  assert.equal(d.header, false);
  assert.equal(mixedBlanks(readFileSync(NAME, "utf8")), true);
});

test("mixedBlanks refuses: several widths, TABs or spaces on one line only, one cell a line", () => {
  const spaced = ["a_1   b_1", "a_22  b_22", "a_3 b_3"];
  assert.equal(mixedBlanks([...spaced, "c_1\tdd_1", "c_2\t\tdd_2"].join("\n")), true);
  // a single TAB-parted line: a stray TAB
  assert.equal(mixedBlanks([...spaced, "c_1\tdd_1"].join("\n")), false);
  // a single space-parted line among TAB lines
  assert.equal(mixedBlanks(["a_1   b_1", "c_1\tdd_1", "c_2\tdd_2", "c_3\tdd_3"].join("\n")), false);
  // prose: runs of blanks give several widths
  assert.equal(mixedBlanks([...spaced, "c_1\tdd_1", "c_2\tdd_2", "and then some words here"].join("\n")), false);
  // one cell a line
  assert.equal(mixedBlanks(["a", "b", "c"].join("\n")), false);
  // lines holding spaces and TABs both (cells with spaces in a TSV) are neither kind
  assert.equal(mixedBlanks(["New York\t8", "Los Angeles\t4", "Chicago\t3"].join("\n")), false);
});

test("mixedBlanks leaves a TSV with spaces inside its cells at TAB", () => {
  const d = sniffDialect("city\tpeople\nNew York\t8\nLos Angeles\t4\nChicago\t3\nSan Diego\t1\n", true);
  assert.equal(d.delimiter, "\t");
  assert.notEqual(d.whitespace, true);
});
