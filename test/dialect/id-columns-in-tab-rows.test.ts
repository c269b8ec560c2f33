// idColumnsInTabRows (src/dialect/id-columns-in-tab-rows.ts): ids joined by `|` in two TAB fields of every line, beside values: TABs split the table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { idColumnsInTabRows } from "../../src/dialect/id-columns-in-tab-rows.js";

const NAME = "fixtures/dialect/blast-tab-rows-with-gi-ids-of-one-shape.tab";

test("idColumnsInTabRows: BLAST rows whose two `gi|…|ref|…|` ids have the same parts on every line read at TAB, 12 columns", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, "\t");
  assert.equal(d.header, false);
});

test("idColumnsInTabRows takes the fixture at `|`", () => {
  assert.equal(idColumnsInTabRows(readFileSync(NAME, "utf8"), "|"), true);
});

test("idColumnsInTabRows refuses: one id field, other fields from line to line, as many holding as free, no number, ragged TABs", () => {
  const lines = (f: (i: number) => string): string => Array.from({ length: 6 }, (_, i) => f(i)).join("\n");
  // Blast2lca: the mark in the first field only (CleverCSV reads it at `|`)
  assert.equal(idColumnsInTabRows(lines((i) => `E|AC_1|${i}|4\tEnterobacteriaceae\t10\t3`), "|"), false);
  // the mark in the second field on one line, the third on the others
  assert.equal(idColumnsInTabRows(lines((i) => i === 0 ? `a|b\tc|d\t1\t2\t3\t4` : `a|b\t1\tc|d\t2\t3\t4`), "|"), false);
  // a `|` table whose cells hold TABs: the fields holding the mark are as many as the free ones
  assert.equal(idColumnsInTabRows(lines((i) => `a|b\tc|d|${i}\te\tf`), "|"), false);
  // no number among the free fields
  assert.equal(idColumnsInTabRows(lines(() => `a|b\tc|d\tx\ty\tz\tw`), "|"), false);
  // lines of other TAB counts
  assert.equal(idColumnsInTabRows(lines((i) => `a|b\tc|d\t1\t2\t3` + (i === 2 ? "\t4" : "")), "|"), false);
  // TAB or blank picks
  assert.equal(idColumnsInTabRows(lines(() => `a|b\tc|d\t1\t2\t3\t4`), "\t"), false);
});
