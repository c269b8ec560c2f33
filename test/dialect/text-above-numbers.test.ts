// textAboveNumbers (src/dialect/text-above-numbers.ts): a program's lines of text above number rows are a preamble.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { textAboveNumbers } from "../../src/dialect/text-above-numbers.js";
import type { Row } from "../../src/dialect/header.js";

const NAME = "fixtures/dialect/program-header-lines-above-number-rows.dat";
const rows = (cells: string[][]): Row[] => cells.map((c) => ({ cells: c, start: 0 }));
const numbers = (n: number): string[][] => Array.from({ length: n }, (_, i) => [String(i), "1.5E+00", "-2"]);
const none = (): boolean => false;

test("textAboveNumbers: a title wider than the table, settings and a column line above 40 number rows are skipped", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.whitespace, true);
  assert.equal(d.header, false);
  // the 8 lines of text and the rule line: the first record is line 10
  assert.equal(d.skipRows, 9);
});

test("textAboveNumbers: a line of the table's width right above the numbers is left to the header sniffer", () => {
  const lead = [["run:", "test", "of", "a", "salt", "crystal"], ["formula:", "NaCl"]];
  assert.equal(textAboveNumbers(rows([...lead, ["e", "re", "im"], ...numbers(20)]), 3, none), 2);
  assert.equal(textAboveNumbers(rows([...lead, ["e", "re", "im", "amp ratio"], ...numbers(20)]), 3, none), 3);
});

test("textAboveNumbers refuses: numbers above the block, too few rows, too long a lead, one column, no lead", () => {
  const lead = [["run:", "test", "of", "a", "salt", "crystal"], ["formula:", "NaCl"]];
  assert.equal(textAboveNumbers(rows([...lead, ["1", "2", "3", "4"], ...numbers(20)]), 3, none), 0);
  assert.equal(textAboveNumbers(rows([...lead, ...numbers(19)]), 3, none), 0);
  assert.equal(textAboveNumbers(rows([...Array.from({ length: 31 }, () => ["a", "b"]), ...numbers(20)]), 3, none), 0);
  assert.equal(textAboveNumbers(rows([["title", "x"], ["t"], ...numbers(20).map((r) => [r[0]])]), 1, none), 0);
  assert.equal(textAboveNumbers(rows([["title", "of", "it", "all"], ...numbers(20)]), 3, none), 0);
  assert.equal(textAboveNumbers(rows(numbers(20)), 3, none), 0);
  // a text cell inside the block ends it: the rows under it are too few
  assert.equal(textAboveNumbers(rows([...lead, ...numbers(10), ["x", "y", "z"], ...numbers(10)]), 3, none), 0);
});

test("textAboveNumbers refuses: a header of names over a units row above 25 number rows keeps its names as the header", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/names-over-units-above-number-rows.csv", "utf8"), true);
  assert.equal(d.skipRows, 0);
  assert.equal(d.header, true);
});

test("textAboveNumbers refuses: names of the table's width above a blank and a `Source:` line stay the header's business", () => {
  const rows = Array.from({ length: 22 }, (_, i) => `${2000 + i};${i % 5};${i * 7}`);
  const d = sniffDialect(["year;region;value", "", "Source: Eurostat", ...rows].join("\n") + "\n", true);
  assert.notEqual(d.skipRows, 3);
});
