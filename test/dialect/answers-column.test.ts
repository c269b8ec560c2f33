// nameOverAnswers (src/dialect/answers-column.ts): a one-column head met nowhere above answers that repeat is their name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { nameOverAnswers } from "../../src/dialect/answers-column.js";

const NAME = "fixtures/dialect/answers-column-name-over-repeated-answers.csv";
const list = (...lines: string[]) => lines.join("\n") + "\n";
const times = (n: number, ...values: string[]) => Array.from({ length: n }, () => values).flat();
const answers = times(6, "peanuts", "shellfish", "penicillin", "cat hair");

test("nameOverAnswers: `allergies` above repeated `peanuts`, `shellfish`, `penicillin`, `cat hair` is the header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, true);
  assert.equal(nameOverAnswers("allergies", answers), true);
  // an export in capitals, and a status column, the same
  assert.equal(sniffDialect(list("ALLERGIES", ...answers.map((a) => a.toUpperCase())), true).header, true);
  assert.equal(sniffDialect(list("answer", ...times(10, "yes", "no", "no")), true).header, true);
});

test("nameOverAnswers refuses: the head among the answers (the first answer), so the list stays headerless", () => {
  assert.equal(nameOverAnswers("yes", times(10, "no", "yes", "no")), false);
  assert.equal(sniffDialect(list("yes", ...times(10, "no", "yes", "no")), true).header, false);
  assert.equal(nameOverAnswers("Peanuts", answers), false);
});

test("nameOverAnswers refuses: entries met once each (a word list), a list with a few duplicates, too few values", () => {
  const words = ["apple", "banana", "cherry", "damson", "elder", "fig", "grape", "hazel", "kiwi", "lemon", "mango", "nectarine"];
  assert.equal(nameOverAnswers("apricot", words), false);
  assert.equal(sniffDialect(list("apricot", ...words), true).header, false);
  assert.equal(nameOverAnswers("apricot", [...words.slice(0, 8), "apple", "banana", "cherry", "damson"]), false);
  assert.equal(nameOverAnswers("allergies", answers.slice(0, 8)), false);
});

test("nameOverAnswers refuses: values of which more than one are met once (a rare first value is likely one more)", () => {
  const rare = [...times(4, "peanuts", "shellfish", "penicillin"), "latex", "dust"];
  assert.equal(nameOverAnswers("mould", rare), false);
});

test("nameOverAnswers refuses (kept a record before it is asked): a code of the codes' length and shape above them", () => {
  assert.equal(sniffDialect(list("WY", ...times(5, "CA", "NY", "TX", "CA")), true).header, false);
});
