// countedRecord (src/dialect/counted-record.ts): a first line whose number equals the count of the lines below, typed as they are, is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { countedRecord } from "../../src/dialect/counted-record.js";

const NAME = "fixtures/dialect/first-number-equal-to-rows-below-number-word-pairs.txt";

test("countedRecord: `7    seven` above seven `number word` rows is the first record, no count line", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.skipRows, 0);
  assert.equal(d.header, false);
});

test("countedRecord takes a first line typed as the rows below", () => {
  const rows = [["14", "fourteen"], ["21", "twenty-one"], ["28", "twenty-eight"], ["35", "thirty-five"]];
  assert.equal(countedRecord(["7", "seven"], rows), true);
});

test("countedRecord refuses: another width, a cell of another kind than its column, ragged rows, no word column, few rows", () => {
  const rows = [["14", "fourteen"], ["21", "twenty-one"], ["28", "twenty-eight"], ["35", "thirty-five"]];
  assert.equal(countedRecord(["7", "seven", ""], rows), false);
  // PHYLIP's `5 13` over names and sequences: a number over words
  assert.equal(countedRecord(["5", "13"], [["Alpha", "AACG"], ["Beta", "AAGG"], ["Gamma", "CAGT"], ["Delta", "GAGA"]]), false);
  // a word over numbers (`6 grains` above sizes)
  assert.equal(countedRecord(["6", "grains"], [["1", "0.10"], ["2", "0.25"], ["3", "0.50"], ["4", "1.00"]]), false);
  // fixed columns that hold several numbers are no words
  assert.equal(countedRecord(["6", "grains"], [["1", "0.10 512.5"], ["2", "0.25 128.0"], ["3", "0.50 32.25"], ["4", "1.00 8.1"]]), false);
  assert.equal(countedRecord(["7", "seven"], [...rows.slice(0, 3), ["35", "thirty-five", "x"]]), false);
  assert.equal(countedRecord(["4", "5"], [["1", "2"], ["3", "4"], ["5", "6"], ["7", "8"]]), false);
  assert.equal(countedRecord(["3", "three"], rows.slice(0, 3)), false);
});

test("countedRecord refuses in the sniffer: the count line above sizes (`6 grains `) stays a preamble", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/count-line-above-rows.dat", "utf8"), true);
  assert.deepEqual([d.skipRows, d.header], [1, false]);
});

test("countedRecord refuses: `5 colours` above five `255 red` rows, its number outside their run, stays a count line", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/count-line-naming-colours-above-number-name-rows.txt", "utf8"), true);
  assert.deepEqual([d.skipRows, d.header], [1, false]);
  const rows = [["101", "apple"], ["102", "pear"], ["103", "plum"], ["104", "fig"]];
  assert.equal(countedRecord(["4", "entries"], rows), false);
  assert.equal(countedRecord(["100", "lime"], rows), true);
  assert.equal(countedRecord(["4", "entries"], [["9", "apple"], ["2", "pear"], ["7", "plum"], ["3", "fig"]]), false);
});
