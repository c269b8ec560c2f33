// mergedValuesCell (src/dialect/merged-values-cell.ts): fixed columns whose cells hold numbers and a flag word are refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { fixedColumns } from "../../src/dialect/columns.js";
import { mergedValuesCell } from "../../src/dialect/merged-values-cell.js";

const NAME = "fixtures/dialect/sprite-atlas-names-of-one-length-then-values.txt";

test("mergedValuesCell: an atlas of names of one length is read at its spaces, not cut after the names", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.columns ?? null, null);
  assert.equal(d.delimiter, " ");
  // why no preamble: the `* sheetwalk12 size 256 256` section line is a note since wlay30 (star-sections.ts)
  assert.deepEqual([d.skipRows, d.comment], [0, "*"]);
  assert.equal(d.header, false);
});

test("mergedValuesCell: 3 numbers or more and at most one other word", () => {
  assert.equal(mergedValuesCell("0 0 39 56 off -41 -56"), true);
  assert.equal(mergedValuesCell("255 255 0"), true);
});

test("mergedValuesCell refuses: two numbers or fewer, two words or more", () => {
  assert.equal(mergedValuesCell("12 Main St"), false);
  assert.equal(mergedValuesCell("Route 66 North 2"), false);
  assert.equal(mergedValuesCell("Canes Venatici 12 4 1"), false);
  assert.equal(mergedValuesCell("off"), false);
});

test("fixedColumns near miss: names holding spaces above aligned values keep their fixed columns", () => {
  const lines = ["Canes Venatici   12.5  CVn", "Cygnus           10.9  Cyg", "Coma Berenices   12.7  Com", "Lyra             10.4  Lyr"];
  assert.deepEqual(fixedColumns(lines), [0, 17, 23]);
});
