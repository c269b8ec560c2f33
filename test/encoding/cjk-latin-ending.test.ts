// cjk-latin-ending.ts: a CJK character followed by one lowercase ASCII letter ending the word (`試n`) costs a CJK reading more; ASCII words, capitals and letters before more CJK do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { latinEndingCost, LATIN_ENDING } from "../../src/encoding/cjk-latin-ending.js";
import { chunked, fixture } from "./helpers.js";

test("latinEndingCost: a kanji, kana or hangul before one lowercase letter that ends the word; not words, capitals, figures or a CJK character after", () => {
  for (const [t, i] of [["試n", 0], [" 試n ", 1], ["ーs;", 0], ["한a.", 0]] as const) assert.equal(latinEndingCost(t, i), LATIN_ENDING, t);
  for (const [t, i] of [["新iPhone", 0], ["第n回", 0], ["ミンC", 1], ["X線", 1], ["用a1", 0], ["試", 0], ["ｂn", 0], ["é n", 0], ["タイプa", 2], ["方案b,", 1]] as const) assert.equal(latinEndingCost(t, i), 0, t);
});

test("sniffEncoding on a Dutch Mac Roman list whose only accented word is `één`: macintosh, not Shift_JIS `試n`", async () => {
  // why: Mac Roman `é` (8E) is a Shift_JIS lead byte and `n` a trail byte; main answered shift_jis, warned naming macintosh
  const d = (await sniffEncoding(chunked(fixture("macintosh-dutch-een-only-accented-word.csv")))).decision;
  assert.equal(d.name, "macintosh");
});

test("sniffEncoding near miss: Shift_JIS and GBK lists with ASCII beside kanji (`第n回`, `新iPhone用`, `ビタミンC`, `部品a`) keep their page, unwarned", async () => {
  const ja = (await sniffEncoding(chunked(fixture("shiftjis-ascii-letters-beside-kanji.csv")))).decision;
  assert.equal(ja.name, "shift_jis");
  assert.equal(ja.uncertain, false);
  const zh = (await sniffEncoding(chunked(fixture("gbk-ascii-letters-beside-hanzi.csv")))).decision;
  assert.equal(zh.name, "gb18030");
  assert.equal(zh.uncertain, false);
});

test("sniffEncoding near miss: CJK words ending in a variant or group letter (`タイプa`, `方案b`) keep their page, unwarned", async () => {
  // why: the audit (wqa28) found the cost charged to the last character of a CJK word: a Shift_JIS product list's
  // `タイプa`/`タイプc` was read macintosh `É^ÉCÉva`, silently, and a GBK sheet of `方案a`/`方案b` groups got warned
  const ja = (await sniffEncoding(chunked(fixture("shiftjis-katakana-words-ending-in-a-variant-letter.csv")))).decision;
  assert.equal(ja.name, "shift_jis");
  const zh = (await sniffEncoding(chunked(fixture("gbk-group-names-ending-in-a-letter.csv")))).decision;
  assert.equal(zh.name, "gb18030");
  assert.equal(zh.uncertain, false);
});
