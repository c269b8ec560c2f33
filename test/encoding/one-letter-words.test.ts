// one-letter-words.ts: the non-ASCII letters a language writes as words of their own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writesAsWord } from "../../src/encoding/one-letter-words.js";

test("writesAsWord: French `à`, Irish `á`, Portuguese `é`, Russian `в`, in either case", () => {
  assert.equal(writesAsWord("fra", "À"), true);
  assert.equal(writesAsWord("gle", "á"), true);
  assert.equal(writesAsWord("por", "É"), true);
  assert.equal(writesAsWord("rus", "в"), true);
});

test("writesAsWord refuses letters the language writes only inside words, and languages with no entry", () => {
  // Kurdish `î` ends words, Polish `ś` starts them: neither is a word; Irish writes no `à`
  assert.equal(writesAsWord("kmr", "Î"), false);
  assert.equal(writesAsWord("pol", "Ś"), false);
  assert.equal(writesAsWord("gle", "À"), false);
  assert.equal(writesAsWord("eng", "á"), false);
  assert.equal(writesAsWord("", "à"), false);
});
