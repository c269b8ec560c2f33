// fullwidth.ts: full-width punctuation typed between Latin words in a CJK page (`Toray　Medical`) makes a single-byte answer warned, naming that page; a Latin accent before letters (`Müller`) does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { fullWidthPunctuationPages } from "../../src/encoding/fullwidth.js";
import { chunked, fixture } from "./helpers.js";

test("fullWidthPunctuationPages: the pages reading every high byte as full-width punctuation with a trail that is no letter", () => {
  assert.deepEqual(fullWidthPunctuationPages(iconv.encode("Toray　Medical\n65　onoue\n", "shift_jis")), ["shift_jis"]);
  assert.ok(fullWidthPunctuationPages(iconv.encode("HongKong）Limited\n", "big5")).includes("big5"));
  assert.ok(fullWidthPunctuationPages(iconv.encode("building，Keyuan\n", "gbk")).includes("gb18030"));
  // near misses: a Latin accent before a letter, a blank or a figure; a hanzi
  for (const [t, page] of [["Müller\n", "cp850"], ["Menü 3\n", "cp850"], ["Åkerlund\n", "macintosh"], ["深圳\n", "gbk"]]) {
    assert.deepEqual(fullWidthPunctuationPages(iconv.encode(t, page)), [], t);
  }
});

test("legacyGuess on English rows whose only non-ASCII is the Shift_JIS ideographic space: never cp850 `Torayü@Medical` silently", async () => {
  // why: on main cp850 stood silent (confidence 0.73)
  const d = (await sniffEncoding(chunked(fixture("sjis-ideographic-space-between-latin-words.csv")))).decision;
  assert.ok(d.name === "shift_jis" || (d.uncertain && d.alternatives?.includes("shift_jis")), JSON.stringify(d));
});

test("legacyGuess on a cp850 address list whose only non-ASCII is `ü` before letters: cp850, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("cp850-u-umlaut-before-letters.csv")))).decision;
  assert.equal(d.name, "cp850");
  assert.equal(d.uncertain, false);
});
