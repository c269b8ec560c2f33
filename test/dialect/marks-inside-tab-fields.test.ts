// marksInsideTabFields (src/dialect/marks-inside-tab-fields.ts): a `|` joining ids inside TAB fields is no delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { marksInsideTabFields } from "../../src/dialect/marks-inside-tab-fields.js";

const NAME = "fixtures/dialect/pipe-joined-ids-in-two-tab-fields.tsv";

test("marksInsideTabFields: ids `id|101|ref|AB_0001.1|` of varying parts in two TAB fields are read at TABs, not at `|`", () => {
  const text = readFileSync(NAME, "utf8");
  assert.equal(marksInsideTabFields(text, "|"), true);
  const d = sniffDialect(text, true);
  assert.equal(d.delimiter, "\t");
  assert.equal(d.header, false);
});

test("marksInsideTabFields refuses: the mark in one TAB field, unequal TAB counts, one width at the mark, blanks, few lines", () => {
  const rows = ["a|1|x\tb|2", "a|1\tb|2|y", "a|1|x\tb|2", "a|1\tb|2", "a|1|x|z\tb|2", "a|1\tb|3"];
  assert.equal(marksInsideTabFields(rows.join("\n"), "|"), true);
  // a `|` table with a TAB-joined tail keeps its `|` (the mark in the first TAB field only)
  const piped = ["K3110|AC_91|595348|415\tEntero\t10", "K3110|AC_91|212804\tEntero\t10", "K3110|AC_91|3010180|449\tEntero\t10", "K3110|AC_91|1|2\tEntero\t10", "K3110|AC_91|5\tEntero\t10"];
  assert.equal(marksInsideTabFields(piped.join("\n"), "|"), false);
  assert.equal(marksInsideTabFields([...rows, "a|1\tb|2\tc|3"].join("\n"), "|"), false);
  // every line at one width at `|`: a `|` table whose cells hold a TAB stays a `|` table
  const even = ["a|1\tb|2", "c|3\td|4", "e|5\tf|6", "g|7\th|8", "i|9\tj|0"];
  assert.equal(marksInsideTabFields(even.join("\n"), "|"), false);
  assert.equal(marksInsideTabFields(rows.join("\n"), " "), false);
  assert.equal(marksInsideTabFields(rows.slice(0, 4).join("\n"), "|"), false);
  // a plain `|` table holding no TAB stays a `|` table
  assert.equal(sniffDialect("a|1|x\nb|2|y\nc|3|z\nd|4|w\ne|5|v\n", true).delimiter, "|");
});
