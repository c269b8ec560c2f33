// gluedInAlignedCell (src/dialect/glued-in-aligned-cell.ts), asked by chooseDialect in choose.ts: a `#` glued inside
// the first word of every line (`index.html#install`) of a table aligned at blanks is an anchor, not the delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gluedInAlignedCell } from "../../src/dialect/glued-in-aligned-cell.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/anchored-pages-beside-aligned-titles.dat";
const text = (lines: string[]): string => lines.join("\n") + "\n";

test("gluedInAlignedCell: `index.html#install      Installing the Tool` reads at blanks in 2 aligned columns, not at `#`", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.columns, d.header], [" ", [0, 24], false]);
});

test("gluedInAlignedCell: near misses keep the picked delimiter (a blank by it, text beside it, a line without it, no alignment)", () => {
  const aligned = ["a.html#one    First Page", "a.html#two    The Second Page", "b.html#three  Third"];
  assert.equal(gluedInAlignedCell(text(aligned), "#"), true);
  assert.equal(gluedInAlignedCell(text(aligned), " "), false, "the blank delimiter itself");
  assert.equal(gluedInAlignedCell(text(["a.html #one   First Page", "a.html #two   The Second Page", "b.html #six   Third"]), "#"), false, "a blank before it");
  assert.equal(gluedInAlignedCell(text(["a#one x     First Page", "a#seven y   The Second Page", "b#six z     Third"]), "#"), false, "a cell holding it and a blank");
  assert.equal(gluedInAlignedCell(text([...aligned, "b.html        Fourth Page"]), "#"), false, "a line without it");
  assert.equal(gluedInAlignedCell(text(["a.html#one First Page", "a.html#two The Second Page", "b.html#three Third"]), "#"), false, "no column lines up");
  assert.equal(gluedInAlignedCell(text(aligned.slice(0, 2)), "#"), false, "fewer than 3 lines");
  // a `#` table whose fields hold blanks keeps `#`
  assert.equal(sniffDialect(text(["1#Ann Lee#Paris", "2#Bo Li#Rome", "3#Cy Ng#Oslo", "4#Di Wu#Bern"]), true).delimiter, "#");
});
