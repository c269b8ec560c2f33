// delimiterLedNotes (src/dialect/delimiter-led-notes.ts), asked by preambleRows in header.ts: `; ` notes above rows
// split at `;` (`10.16.0.0/20 ; BR25689`) are a preamble, not a header of a blank name and records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { delimiterLedNotes } from "../../src/dialect/delimiter-led-notes.js";
import { readRows } from "../../src/dialect/header.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/semicolon-notes-above-semicolon-rows.txt";
const RECORDS = ["10.16.0.0/20 ; BR1", "10.19.0.0/16 ; BR2", "10.32.0.0/18 ; BR3", "10.58.0.0/23 ; BR4", "10.59.0.0/22 ; BR5"];
const notes = (lines: string[]): number => {
  const text = lines.join("\n") + "\n";
  return delimiterLedNotes(readRows(text, { delimiter: ";", quote: "", escape: "" }), text, ";");
};

test("delimiterLedNotes: 3 `; ` notes above 6 `address ; code` rows are skipped as a preamble; the rows are records", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header, d.comment], [";", 3, false, null]);
});

test("delimiterLedNotes: near misses are no notes (glued, two cells, short, a sparse first column, few records)", () => {
  assert.equal(notes(["; Blocked ranges of 2024", "; https://example.net", ...RECORDS]), 2);
  assert.equal(notes([";Blocked ranges of 2024", ...RECORDS]), 0, "glued to the delimiter (a row-names header)");
  assert.equal(notes(["; Blocked ranges ; of 2024", ...RECORDS]), 0, "two filled cells: a record with an empty first cell");
  assert.equal(notes(["; Blocked ranges", "; https://example.net", ...RECORDS]), 0, "no note of 3 words");
  assert.equal(notes(["; Blocked ranges of 2024", ...RECORDS, "; 10.60.0.0/22 ; BR6"]), 0, "a record below opening with the delimiter");
  assert.equal(notes(["; Blocked ranges of 2024", ...RECORDS.slice(0, 4)]), 0, "fewer than 5 records");
});
