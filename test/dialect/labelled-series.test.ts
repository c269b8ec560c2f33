// Ragged rows of a label and numbers under a `#` title (src/dialect/labelled-series.ts): read at blanks, the title a note.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { labelledSeries, raggedSeries, series, seriesFirstRowIsRecord } from "../../src/dialect/labelled-series.js";
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

test("the built CLI reads every value as a cell: 12 rows, read as series of varying length (series-records), said once", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, f.byCode["series-records"]], [24, 12, 0, 1]);
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

const widest = join("fixtures", "dialect", "title-above-ragged-series-first-row-widest.txt");

test("seriesFirstRowIsRecord: the widest first series is a record, not the header; every row is kept", () => {
  const d = sniffDialect(readFileSync(join(here, "..", "..", widest), "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.skipRows], [" ", "#", false, 0]);
  const f = (JSON.parse(runCli([widest, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.columns.length], [5, 9]);
  // without a title too: the first row was read as the header (or skipped) before
  assert.deepEqual([sniffDialect("Jan 1.5 2.5 3.5 4.5 5.5\nFeb 1.5 2.5 3.5\nMar 1.5 2.5 3.5 4.5\n", true).header], [false]);
  assert.equal(seriesFirstRowIsRecord("Jan 1.5 2.5 3.5 4.5 5.5\nFeb 1.5 2.5 3.5\nMar 1.5 2.5 3.5 4.5\n"), true);
});

test("seriesFirstRowIsRecord refuses: a first row counting up by one (years, ordinals), series of one width, words", () => {
  const years = "Station 2019 2020 2021 2022\nOslo 1.5 2.5 3.5 4.5\nBergen 2.5 3.5 4.5\nBodo 1.1 2.2 3.3\n";
  assert.equal(seriesFirstRowIsRecord(years), false);
  assert.deepEqual([sniffDialect(years, true).header], [true]);
  assert.equal(seriesFirstRowIsRecord("id 1 2 3 4\na 1.5 2.5 3.5 4.5\nb 2.5 3.5 4.5\nc 1.1 2.2 3.3\n"), false);
  assert.equal(seriesFirstRowIsRecord("a 1 2 3\nb 4 5 6\nc 7 8 9\n"), false);
  assert.equal(seriesFirstRowIsRecord("Month d1 d2 d3\nJan 1.5 2.5 3.5 4.5\nFeb 2.5 3.5 4.5\nMar 1.1 2.2 3.3\n"), false);
});
