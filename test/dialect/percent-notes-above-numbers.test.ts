// notesAboveNumbers (src/dialect/percent-notes-above-numbers.ts): `%` notes of another width above a grid of numbers are comments, not a header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { notesAboveNumbers } from "../../src/dialect/percent-notes-above-numbers.js";
import type { Dialect } from "../../src/types.js";

const NAME = "fixtures/dialect/percent-notes-above-pose-grid.txt";
const ROW = "0.1 0.2 0.3 0.4";
const GRID = [ROW, ROW, ROW].join("\n");
const marked = (over: Partial<Dialect> = {}): Dialect => ({ ...sniffDialect(`% a note\n${GRID}\n`, true, { comment: "%" }), ...over });

test("notesAboveNumbers: 3 notes above 6 lines of 6 numbers read with `%` comments and no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.comment, "%");
  assert.equal(d.header, false);
  assert.equal(d.skipRows, 0);
});

test("notesAboveNumbers: notes wider or narrower than the grid, and blank notes, pass", () => {
  assert.equal(notesAboveNumbers(["% Columns are: a b c d e", "%", ROW], marked()), true);
  assert.equal(notesAboveNumbers(["%-------", ROW], marked()), true);
});

test("notesAboveNumbers refuses: a note of the grid's width may name the columns", () => {
  assert.equal(notesAboveNumbers(["% x y z w", ROW], marked()), false);
  assert.equal(notesAboveNumbers(["% made by a tool", "%x y z w", ROW], marked()), false);
});

test("notesAboveNumbers refuses: a word or one cell under the notes, a marked reading with a header or a preamble", () => {
  assert.equal(notesAboveNumbers(["% note of five words here", "id 0.2 0.3 0.4"], marked()), false);
  assert.equal(notesAboveNumbers(["% note of five words here", "0.1"], marked()), false);
  assert.equal(notesAboveNumbers(["% note of five words here", ROW], marked({ header: true })), false);
  assert.equal(notesAboveNumbers(["% note of five words here", ROW], marked({ skipRows: 1 })), false);
  assert.equal(notesAboveNumbers(["% note of five words here", ROW], marked({ comment: null })), false);
});

test("notesAboveNumbers refuses: a header under the notes keeps the header reading", () => {
  const d = sniffDialect(`% run of 2021, written by a tool\nx y z w\n${GRID}\n`, true);
  assert.equal(d.header, true);
});
