// keyedNumberLikeBody (src/dialect/keyed-number.ts): a first `key number;` line above lines like it is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { keyedNumberLikeBody } from "../../src/dialect/keyed-number.js";

const NAME = "fixtures/dialect/settings-key-number-lines-ending-in-semicolon.txt";

test("keyedNumberLikeBody: the first `Gain_L-1 0.25;` setting of a list read at `;` is a record, not the header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ";");
  assert.equal(d.header, false);
});

test("keyedNumberLikeBody refuses: words before the number, a number first, a key of digits, fewer than 5 values", () => {
  const values = ["Gain_R-1 -0.5", "Pan_L-1 0", "Pan_R-1 0", "Mix_A-1 1.75", "Mix_B-1 12"];
  assert.equal(keyedNumberLikeBody("Gain_L-1 0.25", values), true);
  assert.equal(keyedNumberLikeBody("Room 12 north", values), false);
  assert.equal(keyedNumberLikeBody("Gain_L-1 0.25", [...values, "Room 12 north"]), false);
  assert.equal(keyedNumberLikeBody("0.25 Gain_L-1", values.map((v) => v.split(" ").reverse().join(" "))), false);
  assert.equal(keyedNumberLikeBody("17 0.25", ["18 0.5", "19 0", "20 1", "21 2", "22 3"]), false);
  assert.equal(keyedNumberLikeBody("Gain_L-1 0.25", values.slice(0, 4)), false);
  assert.equal(keyedNumberLikeBody("Gain level", values), false);
  // a name above such lines keeps its header
  const named = ["setting value;", ...values.map((v) => `${v};`)].join("\n");
  assert.equal(sniffDialect(named, true).header, true);
});
