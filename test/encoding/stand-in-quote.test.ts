// stand-in-quote.ts: a `‘` inside a word, after a lower-case letter or after the capital that opens the word, is a DOS page's `æ` read in windows-1252 far more often than a stand-in for `’` (cp865 Danish `Kære` as `K‘re`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { STAND_IN, standInQuoteCost } from "../../src/encoding/stand-in-quote.js";
import { chunked, fixture } from "./helpers.js";

const lower = (c: number) => /\p{Ll}/u.test(String.fromCharCode(c));
const upper = (c: number) => /\p{Lu}/u.test(String.fromCharCode(c));
const letter = (c: number) => /\p{L}/u.test(String.fromCharCode(c));
const cost = (text: string) => standInQuoteCost(text, text.indexOf("‘"), lower, upper, letter);

test("standInQuoteCost: `‘` after a lower-case letter or a word's opening capital, before a lower-case letter", () => {
  assert.equal(cost("pr‘tendere"), STAND_IN);
  assert.equal(cost("K‘re"), STAND_IN, "the capital opens the word");
  assert.equal(cost("hej K‘re"), STAND_IN, "after a space too");
  assert.equal(cost("Hawai‘i"), STAND_IN, "the ʻokina pays as before");
});

test("standInQuoteCost refuses: before a capital, after a capital inside a word, at a word's edge, other marks", () => {
  assert.equal(cost("O‘Brien"), 0, "an elision before a capital");
  assert.equal(cost("MC‘s"), 0, "a capital inside a word");
  assert.equal(cost("O‘zbekiston"), 0, "Uzbek's `Oʻ` written with ‘");
  assert.equal(cost("G‘uzor"), 0, "Uzbek's `Gʻ` written with ‘");
  assert.equal(cost("‘tis"), 0, "opening a word");
  assert.equal(cost("K‘"), 0, "closing a word");
  assert.equal(cost("K‘9"), 0, "before a figure");
  assert.equal(standInQuoteCost("K’re", 1, lower, upper, letter), 0, "the right single quote is an apostrophe");
});

test("sniffEncoding on a cp865 Danish import log whose only accent is the `æ` of `Kære`: a page that reads `æ` (main: windows-1252 `K‘re`, warned)", async () => {
  // why: on main `‘` after a capital cost nothing more than a common sign, and windows-1252's prior outweighed cp850's `Kære`
  const d = (await sniffEncoding(chunked(fixture("cp865-danish-import-log-capital-ae.csv")))).decision;
  assert.ok(d.name === "cp850" || d.name === "cp865", JSON.stringify(d));
});

test("refused: a windows-1252 payee list with `O‘Brien` (a quote before a capital) stays windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-payees-quote-before-capital.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
