// levelNames (src/dialect/level-names.ts): rising numbers beside words over number columns are the header's names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { levelNames } from "../../src/dialect/level-names.js";

const NAME = "fixtures/dialect/quantile-levels-beside-names-over-numbers.tsv";
const body = [["1", "4210", "0.81", "1.07", "1.35"], ["2", "8832", "1.02", "1.31", "1.66"], ["3", "12006", "1.25", "1.60", "1.97"]];
const tsv = (head: string[]) => [head, ...body].map((r) => r.join("\t")).join("\n") + "\n";

test("levelNames: `Bin<TAB>Count<TAB>0.5<TAB>0.75<TAB>0.9<TAB>0.99` above numbers is the header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, true);
  assert.deepEqual([...levelNames(["Bin", "Count", "0.5", "0.75", "0.9"], body)], [2, 3, 4]);
});

test("levelNames refuses: one word, levels not rising, a word above a column holding text, fewer than 3 levels or rows", () => {
  assert.equal(levelNames(["1", "Count", "0.5", "0.75", "0.9"], body).size, 0);
  assert.equal(sniffDialect(tsv(["1", "Count", "0.5", "0.75", "0.9"]), true).header, false);
  assert.equal(levelNames(["Bin", "Count", "0.9", "0.75", "0.5"], body).size, 0);
  assert.equal(sniffDialect(tsv(["Bin", "Count", "0.9", "0.75", "0.5"]), true).header, false);
  const texts = body.map((r) => [r[0], "site" + r[0], ...r.slice(2)]);
  assert.equal(levelNames(["Bin", "Site", "0.5", "0.75", "0.9"], texts).size, 0);
  assert.equal(levelNames(["Bin", "Count", "Mid", "0.75", "0.9"], body).size, 0);
  assert.equal(levelNames(["Bin", "Count", "0.5", "0.75", "0.9"], body.slice(0, 2)).size, 0);
});

test("levelNames refuses: non-finite numbers (`Inf`) over number columns are a record's values, not names", () => {
  const text = readFileSync("fixtures/dialect/headerless-first-record-with-infinities-then-rising-numbers.tsv", "utf8");
  // main: `Inf Inf 1 2 3` read as names (levels 1 2 3 beside two words), the record lost
  assert.equal(sniffDialect(text, true).header, false);
  assert.equal(levelNames(["Infinity", "inf", "1", "2", "3"], body).size, 0);
});
