// insideFirstTabField (src/dialect/first-tab-field.ts): a delimiter found only inside the first TAB field is no delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { insideFirstTabField } from "../../src/dialect/first-tab-field.js";

const NAME = "fixtures/dialect/read-names-with-colons-in-ragged-tab-rows.txt";

test("insideFirstTabField: read names `>LIVER_7:1:1:112:735` before ragged TAB fields are read at TABs, not at `:`", () => {
  const text = readFileSync(NAME, "utf8");
  assert.equal(sniffDialect(text, true).delimiter, "\t");
  assert.equal(insideFirstTabField(text, ":"), true);
});

test("insideFirstTabField refuses: a line without two TABs, the mark after a TAB, `,` or `|`, fewer than 3 lines", () => {
  const rows = ["a:1\tx\ty", "b:2\tx\ty", "c:3\tx\ty"];
  assert.equal(insideFirstTabField(rows.join("\n"), ":"), true);
  assert.equal(insideFirstTabField([...rows, "d:4\tx"].join("\n"), ":"), false);
  assert.equal(insideFirstTabField([...rows, "d:4\tx:5\ty"].join("\n"), ":"), false);
  assert.equal(insideFirstTabField(rows.map((r) => r.replace(":", ",")).join("\n"), ","), false);
  // a `|` table with a TAB-joined tail keeps its `|` (CleverCSV's human label for such a file)
  const piped = ["ECSKW3110|AC_000091|595348|415\tEnterobacteriaceae\t10", "ECSKW3110|AC_000091|212804|468\tEnterobacteriaceae\t10", "ECSKW3110|AC_000091|3010180|449\tEnterobacteriaceae\t10"];
  assert.equal(insideFirstTabField(piped.join("\n"), "|"), false);
  assert.equal(insideFirstTabField(rows.slice(0, 2).join("\n"), ":"), false);
  // a `:` table holding no TAB stays a `:` table
  assert.equal(sniffDialect("a:1:x\nb:2:y\nc:3:z\nd:4:w\n", true).delimiter, ":");
});
