// numberedStem (src/dialect/numbered-stem.ts), asked by wordList in body-like-row.ts: a one-column list's head that
// is the bare stem of its numbered entries (`sample` above `sample01`…) names the column; it is no first entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { numberedStem } from "../../src/dialect/numbered-stem.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/stem-above-numbered-sample-ids.txt";
const IDS = ["sample01", "sample02", "sample03", "sample04", "sample05", "sample06"];
const header = (lines: string[]): boolean => sniffDialect(lines.join("\n") + "\n", true).header;

test("numberedStem: `sample` above sorted `sample01` … `sample08` is the header, the 8 ids the records", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], ["", true, 0]);
  assert.equal(header(["run", "run_1", "run_2", "run_3", "run_4", "run_5"]), true);
});

test("numberedStem: near misses stay entries or keep their reading (a word among the ids, a numbered head, few ids)", () => {
  assert.equal(numberedStem("sample", IDS), true);
  assert.equal(numberedStem("sample", [...IDS.slice(0, 5), "sampler"]), false, "an entry of another shape");
  assert.equal(numberedStem("sample0", IDS), false, "a head holding a digit is one more id");
  assert.equal(numberedStem("sample", IDS.slice(0, 4)), false, "fewer than 5 entries");
  assert.equal(numberedStem("Sample", IDS), false, "another case");
  // a sorted word list opening with a stem of some entries stays a list with no header (opensSortedList)
  assert.equal(header(["pass", "pass1", "pass12", "passage", "passion", "passport", "password"]), false);
  assert.equal(header(["0001", "0002", "0003", "0004", "0005", "0006"]), false);
});
