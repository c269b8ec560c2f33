// trailingTextStart and endsInTextColumn (src/dialect/trailing-text-column.ts): names on a few lines of an aligned
// table, past its end, are a column of their own, not glued to the last fixed column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { endsInTextColumn, trailingTextStart } from "../../src/dialect/trailing-text-column.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { dialectParseOptions } from "../../src/pipeline/dialect-use.js";
import { tokenize } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/star-list-with-names-on-some-lines.dat";
const text = readFileSync(NAME, "utf8");
const lines = text.trimEnd().split("\n");

test("trailingTextStart: star names on 6 of 23 lines are a sixth column; the magnitudes stand alone", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.columns, d.maxFields, d.header], [[0, 9, 17, 24, 31, 37], 6, false]);
  const cells = tokenize(text, dialectParseOptions(d)).map((r) => r.cells);
  assert.deepEqual(cells[3], ["032447.0", "+254904", "-0.341", "+0.457", "1.24", "Polaris"]);
  assert.deepEqual(cells[19], ["192922.5", "+174517", "+0.238", "-0.478", "1.33", "Van Maanen Star"]);
  assert.deepEqual(cells[4], ["044901.4", "+003846", "+0.420", "-0.112", "5.33"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, f.warnings], [6, 23, 0, 0]);
});

test("endsInTextColumn: a line that does not fit the columns is read at runs, its name of two words one cell", () => {
  const opts = { delimiter: " ", quote: null, whitespace: true, columns: [0, 9, 17, 24, 32, 37], maxFields: 6 };
  const recs = tokenize("143935.9 -605007 -3.642 +0.699 -0.01 Rigel Kentaurus\n000509.9 +451345 -0.012 -0.018  6.70\n", opts);
  assert.deepEqual(recs.map((r) => r.cells), [["143935.9", "-605007", "-3.642", "+0.699", "-0.01", "Rigel Kentaurus"], ["000509.9", "+451345", "-0.012", "-0.018", "6.70"]]);
  assert.equal(endsInTextColumn(lines, [0, 9, 17, 24, 31, 37]), true);
  assert.equal(endsInTextColumn(lines, [0, 9, 17, 24, 31]), false);
});

test("trailingTextStart refuses: lines ending anywhere, no blank at the table's end, text at two positions or a number, few lines", () => {
  const starts = [0, 9, 17, 24, 31];
  assert.equal(trailingTextStart(lines, starts), 37);
  const bare = lines.map((l) => l.slice(0, 36));
  const named = (extra: string[]): string[] => [...bare, ...extra];
  // a ragged last column of text: the lines end at many positions
  assert.equal(trailingTextStart(bare.map((l, i) => l + " " + "x".repeat(i % 7)), starts), null);
  assert.equal(trailingTextStart(named(["001537.8 -442358 +0.104 +0.126  1.36Polaris", "001537.8 -442358 +0.104 +0.126  1.36 Vega", "001537.8 -442358 +0.104 +0.126  1.36 Deneb"]), starts), null);
  assert.equal(trailingTextStart(named(["001537.8 -442358 +0.104 +0.126  1.36  Polaris", "001537.8 -442358 +0.104 +0.126  1.36 Vega", "001537.8 -442358 +0.104 +0.126  1.36 Deneb"]), starts), null);
  assert.equal(trailingTextStart(named(["001537.8 -442358 +0.104 +0.126  1.36 12.5", "001537.8 -442358 +0.104 +0.126  1.36 -3", "001537.8 -442358 +0.104 +0.126  1.36 Deneb"]), starts), null);
  assert.equal(trailingTextStart(named(["001537.8 -442358 +0.104 +0.126  1.36 Vega", "001537.8 -442358 +0.104 +0.126  1.36 Deneb"]), starts), null);
});
