// loneSentence (src/dialect/lone-sentence.ts): a file that is one sentence is read as one cell, not a header of its words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { loneSentence } from "../../src/dialect/lone-sentence.js";

const NAME = "fixtures/dialect/one-line-sentence-with-repeated-words.txt";

test("loneSentence: a one-line file that is a sentence is one column, not names split at its spaces", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, "");
});

test("loneSentence refuses: a line of names, a short line, a line led by a number, two lines, a sample cut short", () => {
  const line = readFileSync(NAME, "utf8");
  assert.equal(loneSentence(line, true), true);
  assert.equal(loneSentence(line, false), false);
  assert.equal(loneSentence("id name id\n", true), false);
  assert.equal(loneSentence("the cat and the dog\n", true), false);
  assert.equal(loneSentence(line + line, true), false);
  assert.equal(loneSentence("alpha beta gamma delta epsilon zeta eta\n", true), false);
  assert.equal(loneSentence("22 archive of 3 0 0 51 and the 15 names\n", true), false);
});

test("loneSentence refuses: a lone line of names keeps its split at spaces", () => {
  assert.equal(sniffDialect("id name size id\n", true).delimiter, " ");
});
