// cjk-close-behind.ts: a single-byte answer on a word or two of high bytes that a CJK page reads about as well is warned naming the CJK page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { cjkCloseBehind } from "../../src/encoding/cjk-close-behind.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;
const bytes = (text: string) => Buffer.from(text, "latin1");

test("cjkCloseBehind: a CJK reading a hair behind on two double-byte characters", () => {
  // EUC-KR `복사` (BA B9 BB E7) read by windows-874 as `บนป็` at -16.4, EUC-KR at -17
  const euc = { name: "euc-kr", text: "복사", score: -17 };
  assert.deepEqual(cjkCloseBehind([euc], -16.4, bytes("\xba\xb9\xbb\xe7"), 8), [euc]);
});

test("cjkCloseBehind refuses more high bytes, high bytes read one by one or glued to Latin letters, and readings far behind or ahead", () => {
  const evidence = bytes("\xba\xb9\xbb\xe7");
  // three characters (6 high bytes): cp855 Serbian `Копија`, which GB18030 reads as three hanzi, carries its own letter pairs
  assert.deepEqual(cjkCloseBehind([{ text: "复祉嗒", score: -25 }], -20, bytes("\xb7\xd6\xa7\xf7\xd2\xa0"), 8), []);
  // Shift_JIS half-width `ｭ` for one soft hyphen: a lone sign, no CJK word
  assert.deepEqual(cjkCloseBehind([{ text: "ｭL", score: -7 }], -6, bytes("\xadL"), 8), []);
  // Dutch `één` (E9 E9) read by Big5 as one hanzi glued to `n`: a Latin word
  assert.deepEqual(cjkCloseBehind([{ text: "\u95a9n", score: -20 }], -16, bytes("\xe9\xe9n"), 8), []);
  // 8 nats behind, or ahead (unseenCjk's case)
  assert.deepEqual(cjkCloseBehind([{ text: "복사", score: -25 }], -17, evidence, 8), []);
  assert.deepEqual(cjkCloseBehind([{ text: "복사", score: -10 }], -17, evidence, 8), []);
});

test("sniffEncoding on one EUC-KR word among English podcast rows: warned, naming EUC-KR first", async () => {
  // why: main answered windows-874 (`บนป็`) at 0.60, silently
  const d = await decide("euc-kr-one-korean-word-among-english-podcasts.csv");
  assert.equal(d.uncertain, true, JSON.stringify(d));
  assert.equal(d.name === "euc-kr" ? d.name : d.alternatives?.[0], "euc-kr", JSON.stringify(d));
});

test("refused: a windows-874 Thai product list of several words stays windows-874, unwarned", async () => {
  const d = await decide("874-thai-short-product-words.csv");
  assert.deepEqual([d.name, d.uncertain], ["windows-874", false], JSON.stringify(d));
});

test("refused: one windows-1256 Persian word (`شرکت`) that GB18030 reads a few nats behind stays windows-1256, unwarned, as jschardet sees no CJK", async () => {
  const d = await decide("1256-persian-one-word-among-latin-names.csv");
  assert.deepEqual([d.name, d.uncertain], ["windows-1256", false], JSON.stringify(d));
});
