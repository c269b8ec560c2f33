// countAndTitleLines (src/dialect/count-and-title.ts): an XYZ file's atom count and title line are a preamble above its atoms.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { countAndTitleLines } from "../../src/dialect/count-and-title.js";

const NAME = "fixtures/dialect/atom-count-and-title-above-atom-lines.xyz";
const atoms = (n: number): string[][] => Array.from({ length: n }, (_, i) => ["C", String(i), "0.5", "-1.25"]);
const TITLE = ["water", "dimer", "test"];

test("countAndTitleLines: a count of 5, a title of 7 words and 5 atom lines read as 2 preamble lines, no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 2);
});

test("countAndTitleLines: a one-word title and a blank line at the end are fine", () => {
  assert.equal(countAndTitleLines([["3"], ["formaldehyde"], ...atoms(3)]), true);
  assert.equal(countAndTitleLines([["3"], TITLE, ...atoms(3), [""]]), true);
  const d = sniffDialect("4\nformaldehyde\nH 0.0 0.93 -0.58\nH 0.0 -0.93 -0.58\nC 0.0 0.0 0.0\nO 0.0 0.0 1.22\n", true);
  assert.equal(d.skipRows, 2);
  assert.equal(d.header, false);
});

test("countAndTitleLines refuses: a count other than the records, no whole number, a count line of two cells", () => {
  assert.equal(countAndTitleLines([["4"], TITLE, ...atoms(3)]), false);
  assert.equal(countAndTitleLines([["2"], TITLE, ...atoms(3)]), false);
  assert.equal(countAndTitleLines([["3.0"], TITLE, ...atoms(3)]), false);
  assert.equal(countAndTitleLines([["3", "atoms"], TITLE, ...atoms(3)]), false);
});

test("countAndTitleLines refuses: a blank line among the records, rows of several widths or of one cell, 1 record", () => {
  assert.equal(countAndTitleLines([["4"], TITLE, ...atoms(2), [""], ...atoms(1)]), false);
  assert.equal(countAndTitleLines([["3"], TITLE, ...atoms(2), ["C", "1"]]), false);
  assert.equal(countAndTitleLines([["3"], TITLE, ["a"], ["b"], ["c"]]), false);
  assert.equal(countAndTitleLines([["1"], TITLE, ...atoms(1)]), false);
});

test("countAndTitleLines refuses: a second line of the records' width may be their header", () => {
  assert.equal(countAndTitleLines([["3"], ["el", "x", "y", "z"], ...atoms(3)]), false);
  const d = sniffDialect("3\nel x y z\nC 0 0.5 -1.25\nC 1 0.5 -1.25\nC 2 0.5 -1.25\n", true);
  assert.notEqual(d.skipRows, 2);
});

test("countAndTitleLines: only over the whole text (a cut sample states no exact count)", () => {
  const text = readFileSync(NAME, "utf8");
  assert.notEqual(sniffDialect(text, false).skipRows, 2);
});
