// restOfLineWidth, restOfLineNotes (src/dialect/rest-of-line.ts) and the parser's maxFields in whitespace mode:
// an aligned list whose last column is free text holding spaces is read with that text whole, as the last cell.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { restAfterRuns, restOfLineNotes, restOfLineWidth } from "../../src/dialect/rest-of-line.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { dialectParseOptions } from "../../src/pipeline/dialect-use.js";
import { tokenize } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/aligned-codes-then-names-with-spaces.txt";

const ROWS = ["bal     1   analytical balance", "cen     2   benchtop centrifuge", "fh      1   fume hood", "inc     3   incubator",
  "mic     2   light microscope", "spec    1   spectrophotometer"];

test("restOfLineWidth: codes and levels parted by runs, then names holding spaces: 3 columns, the names whole", () => {
  const text = readFileSync(NAME, "utf8");
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.whitespace, d.maxFields, d.comment, d.header], [" ", true, 3, "#", false]);
  const cells = tokenize(text, dialectParseOptions(d)).filter((r) => r.cells.length > 1).map((r) => r.cells);
  assert.deepEqual(cells.slice(0, 3), [["bal", "1", "analytical balance"], ["cen", "2", "benchtop centrifuge"], ["fh", "1", "fume hood"]]);
  // why: a TAB parts the values as a run of spaces does
  assert.deepEqual(cells[5], ["osc", "2", "orbital shaker"]);
  assert.deepEqual(cells[cells.length - 1], ["cr", "3", "walk-in cold room"]);
  // why: the last cell is cut from the parser's buffer, which holds the record whole however the text comes in chunks
  const chunked = tokenize(text.replace(/\n/g, "\r\n"), dialectParseOptions(d), [7, 3, 11]).filter((r) => r.cells.length > 1).map((r) => r.cells);
  assert.deepEqual(chunked, cells);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  // every line accounted for: 10 rows, the blank line between the sections, the two `#` titles skipped as comments
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [3, 11, 0]);
});

test("restOfLineWidth: a `code  level  name` header names the columns above such rows", () => {
  const text = ["code    level   name", ...ROWS].join("\n") + "\n";
  const d = sniffDialect(text, true);
  assert.deepEqual([d.maxFields, d.header], [3, true]);
  const recs = tokenize(text, dialectParseOptions(d));
  assert.deepEqual(recs.map((r) => r.cells[2]), ["name", "analytical balance", "benchtop centrifuge", "fume hood", "incubator", "light microscope", "spectrophotometer"]);
});

test("restOfLineWidth: near misses keep the reading at runs (a cell lost or one too many stays loud)", () => {
  assert.equal(restOfLineWidth(ROWS.join("\n")), 3);
  const with_ = (line: string): string => [...ROWS, line].join("\n");
  assert.equal(restOfLineWidth(with_("mic     light microscope")), null, "a value lost");
  assert.equal(restOfLineWidth(with_("bal  1  old  analytical balance")), null, "a value too many after a wide gap");
  assert.equal(restOfLineWidth(with_("x  1  2 3")), null, "text opening with a number (narrow number columns)");
  assert.equal(restOfLineWidth(with_("bal  1  analytical balance 2")), null, "text ending in a number (a value column)");
  assert.equal(restOfLineWidth(with_("bal 1 analytical balance")), null, "a line of single spaces only");
  assert.equal(restOfLineWidth(with_('bal  1  "analytical balance"')), null, "quotes");
  assert.equal(restOfLineWidth(ROWS.slice(0, 4).join("\n")), null, "fewer than 5 lines");
  assert.equal(restOfLineWidth(ROWS.map((l) => l.replace(/ (\S+)$/, "-$1")).join("\n")), null, "no text holds a space: one width");
  assert.equal(restOfLineWidth([...ROWS.slice(2, 4), ROWS[5], "ref     2   refrigerator", "osc     2   shaker"].join("\n")), null, "one phrase only");
  assert.equal(restOfLineWidth(ROWS.map((l) => l.replace(/^\S+ +/, "")).join("\n")), null, "one value before the text (a key and prose)");
  assert.equal(restOfLineWidth(ROWS.map((l) => l.replace(/ (\S+)$/, "-$1") + " unit").join("\n")), null, "texts all of two words: one width at runs");
  assert.equal(sniffDialect(with_("mic     light microscope") + "\n", true).maxFields, undefined);
});

test("restOfLineNotes: `#` titles among such rows are notes; a marked line of the rows' shape is not", () => {
  const rows = ROWS.map((text) => ({ text }));
  assert.equal(restOfLineNotes("#", [{ text: "# Cold storage" }, { text: "# Bench equipment, by room" }], rows), true);
  assert.equal(restOfLineNotes("#", [{ text: "#code    level   name" }], rows), false);
  assert.equal(restOfLineNotes(";", [{ text: "; Cold storage" }], rows), false);
  assert.equal(restOfLineNotes("#", [{ text: "# Cold storage" }], rows.slice(0, 4)), false);
});

test("the parser's maxFields in whitespace mode: a line with one value more past the sample stays loud", () => {
  const opts = { delimiter: " ", quote: null, whitespace: true, maxFields: 3 };
  const recs = tokenize("bal     1   analytical balance\nold  1  x  analytical balance\n", opts);
  assert.deepEqual(recs.map((r) => r.cells), [["bal", "1", "analytical balance"], ["old", "1", "x", "analytical", "balance"]]);
});

test("restAfterRuns: the last cell is the line's own text, its double spaces kept", () => {
  assert.equal(restAfterRuns("int     2   kansainväliset  järjestöt  ", 2), "kansainväliset  järjestöt");
  assert.equal(restAfterRuns("a b", 2), "");
});
