// hyphenationPattern (src/dialect/hyphenation-patterns.ts): a one-column list of Liang patterns has no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { hyphenationPattern } from "../../src/dialect/hyphenation-patterns.js";

const NAME = "fixtures/dialect/hyphenation-patterns-one-a-line.txt";
const PATTERNS = readFileSync(NAME, "utf8").trim().split("\n");

test("hyphenationPattern: the first pattern of a one-a-line pattern list is an entry, not the header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.header, false);
});

test("hyphenationPattern: dots at word edges, apostrophes, letters with single digits", () => {
  assert.equal(hyphenationPattern(".ab4i", PATTERNS), true);
  assert.equal(hyphenationPattern("2'2", PATTERNS), true);
  assert.equal(hyphenationPattern("ac5tiva", PATTERNS), true);
});

test("hyphenationPattern refuses: no digit, two digits together, under 20 entries, entries mostly plain words", () => {
  assert.equal(hyphenationPattern("pattern", PATTERNS), false);
  assert.equal(hyphenationPattern("a10b", PATTERNS), false);
  assert.equal(hyphenationPattern(".ab4i", PATTERNS.slice(0, 19)), false);
  const words = ["b2b", ...Array.from({ length: 24 }, (_, i) => `word${"abcdefghijklmnopqrstuvwxy"[i]}`.replace(/\d/g, ""))];
  assert.equal(hyphenationPattern(".ab4i", words), false);
  // a name above the patterns keeps its header
  assert.equal(sniffDialect(["pattern", ...PATTERNS].join("\n") + "\n", true).header, true);
});
