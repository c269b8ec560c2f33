// numbersAndTitleLine (src/dialect/numbers-and-title-line.ts): a scan's numbers and title on one line above a grid are a preamble.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { numbersAndTitleLine } from "../../src/dialect/numbers-and-title-line.js";
import type { Row } from "../../src/dialect/header.js";

const NAME = "fixtures/dialect/scan-range-and-title-line-above-count-grid.dat";
const rows = (cells: string[][]): Row[] => cells.map((c) => ({ cells: c, start: 0 }));
const grid = (n: number): string[][] => Array.from({ length: n }, (_, i) => [String(100 + i), "212", "98", "143"]);
const none = (): boolean => false;
const TITLE = "5.000 0.050 30.000 NaCl XrayDif (made-up scan)";
const head = (line: string): string[] => line.split(" ");

test("numbersAndTitleLine: a scan's start, step, end and title above 24 lines of 8 counts are skipped, no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.whitespace, true);
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 1);
});

test("numbersAndTitleLine: the grid's last row may be short (a series wrapped at the grid's width)", () => {
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...grid(20)]), 4, none, TITLE), 1);
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...grid(20), ["7", "8"]]), 4, none, TITLE), 1);
});

test("numbersAndTitleLine refuses: numbers only, a word first, one part wider, no line (another delimiter)", () => {
  const body = grid(20);
  const numbersOnly = "5.000 0.050 30.000 1 2 3";
  assert.equal(numbersAndTitleLine(rows([head(numbersOnly), ...body]), 4, none, numbersOnly), 0);
  const named = "scan 0.050 30.000 NaCl XrayDif (made-up scan)";
  assert.equal(numbersAndTitleLine(rows([head(named), ...body]), 4, none, named), 0);
  // a header with one name more than the rows (a total column) is the header sniffer's business
  const oneMore = "2019 2020 2021 2022 Total";
  assert.equal(numbersAndTitleLine(rows([head(oneMore), ...body]), 4, none, oneMore), 0);
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...body]), 4, none, null), 0);
});

test("numbersAndTitleLine refuses: a text cell in the grid, a short row above the last, 19 rows, a width of 1", () => {
  const withText = [...grid(10), ["a", "b", "c", "d"], ...grid(10)];
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...withText]), 4, none, TITLE), 0);
  const shortInside = [...grid(10), ["1", "2"], ...grid(10)];
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...shortInside]), 4, none, TITLE), 0);
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...grid(19)]), 4, none, TITLE), 0);
  assert.equal(numbersAndTitleLine(rows([head(TITLE), ...grid(20).map((r) => [r[0]])]), 1, none, TITLE), 0);
});

test("numbersAndTitleLine refuses: a header of names over the grid stays the header; a wider first record of numbers stays a record", () => {
  const lines = grid(22).map((r) => r.join(" "));
  const named = sniffDialect(["id count_a count_b count_c", ...lines].join("\n") + "\n", true);
  assert.equal(named.header, true);
  assert.equal(named.skipRows, 0);
  const ragged = sniffDialect(["1.5 2.5 3.5 4.5 5.5 6.5", ...lines].join("\n") + "\n", true);
  assert.equal(ragged.header, false);
  assert.equal(ragged.skipRows, 0);
});
