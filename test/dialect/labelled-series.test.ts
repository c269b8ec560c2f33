// Ragged rows of a label and numbers under a `#` title (src/dialect/labelled-series.ts): read at blanks, the title a note.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { labelledSeries, raggedSeries, series } from "../../src/dialect/labelled-series.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "title-above-ragged-monthly-series.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const rows = text.split("\n").slice(1).filter((l) => l !== "");
const at = (lines: string[], from = 0): { text: string; line: number }[] => lines.map((t, i) => ({ text: t, line: from + i }));

test("sniffDialect: a `#` title above monthly series of 16 to 23 values is a note, and the rows are read at blanks", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.columns, d.whitespace], [" ", "#", false, undefined, undefined]);
});

test("the built CLI reads every value as a cell: 12 rows, the rows of another width than the first reported", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.byCode["row-extra-cells"], f.byCode["row-missing-cells"]], [20, 12, 8, 2]);
});

test("labelledSeries: `#` lines of words above rows of a label and 3 numbers or more", () => {
  assert.equal(labelledSeries("#", at(["# Rainfall in 2025"]), at(rows, 1)), true);
  assert.equal(series("Jan 1.5 2 -3e2"), true);
});

test("labelledSeries refuses: another mark, a line below the first row, a one-word or commented-out series line, other rows", () => {
  assert.equal(labelledSeries(";", at(["; Rainfall in 2025"]), at(rows, 1)), false);
  assert.equal(labelledSeries("#", at(["# Rainfall in 2025", "# closing note here"]).map((m, i) => ({ ...m, line: i === 0 ? 0 : 99 })), at(rows, 1)), false);
  assert.equal(labelledSeries("#", at(["# Rainfall"]), at(rows, 1)), false);
  assert.equal(labelledSeries("#", at(["# Dec 1.2 3.4 5.6"]), at(rows, 1)), false);
  assert.equal(labelledSeries("#", at(["# Rainfall in 2025"]), at([...rows, "Sep 1.0 2.0 wet 3.0"], 1)), false);
  assert.equal(labelledSeries("#", at(["# Rainfall in 2025"]), at([...rows, "Sep 1.0 2.0"], 1)), false);
  assert.equal(labelledSeries("#", at(["# Rainfall in 2025"]), at(rows.slice(0, 2), 1)), false);
  assert.equal(series("12 1.0 2.0 3.0"), false);
});

test("raggedSeries: series of 2 widths or more; refused: one width, a line of words, fewer than 3 lines", () => {
  assert.equal(raggedSeries(rows.join("\n")), true);
  assert.equal(raggedSeries("a 1 2 3\nb 4 5 6\nc 7 8 9\n"), false);
  assert.equal(raggedSeries([...rows, "Sep the wet days"].join("\n")), false);
  assert.equal(raggedSeries(rows.slice(0, 2).join("\n")), false);
  // a list of phrases of different lengths stays one column
  assert.equal(sniffDialect("New York City\nLos Angeles\nSan Luis Obispo County\nBoston\nSalt Lake City\n", true).delimiter, "");
});
