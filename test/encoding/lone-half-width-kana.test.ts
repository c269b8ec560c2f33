// lone-half-width-kana.ts: a Shift_JIS reading of lone half-width katakana only is Latin signs; the single-byte answer stands, warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { loneHalfWidthKana } from "../../src/encoding/lone-half-width-kana.js";
import { chunked, fixture } from "./helpers.js";

test("loneHalfWidthKana: lone half-width katakana between figures and letters, and runs of one repeated character", () => {
  // `[4­8]`, `3 × 10`, `5 ± 1` and `···` read in Shift_JIS
  assert.equal(loneHalfWidthKana("[4ｭ8] 3 ﾗ 10, 5 ｱ 1 and ｷｷｷ"), true);
  assert.equal(loneHalfWidthKana("page ｭ1ｭ, ｯｯ"), true);
});

test("loneHalfWidthKana refuses: a katakana word, a double-byte character, U+FFFD, no katakana at all", () => {
  assert.equal(loneHalfWidthKana("ｺｰﾋｰ 298"), false);
  assert.equal(loneHalfWidthKana("[4ｭ8] ｱﾗ"), false);
  assert.equal(loneHalfWidthKana("[4ｭ8] 新宿"), false);
  assert.equal(loneHalfWidthKana("[4ｭ8] \ufffd"), false);
  assert.equal(loneHalfWidthKana("plain ASCII"), false);
});

test("windows-1252 measurements with ±, × and soft hyphens between figures: windows-1252, warned (main: shift_jis silently)", async () => {
  const d = (await sniffEncoding(chunked(fixture("windows-1252-measurements-plus-minus-times-soft-hyphens.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.equal(d.uncertain, true, JSON.stringify(d));
});

test("Shift_JIS half-width katakana product names with kanji store names: shift_jis, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("shiftjis-half-width-katakana-pos-product-names.csv")))).decision;
  assert.equal(d.name, "shift_jis", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("Shift_JIS kanji names with a lone half-width grade letter (`ｱ`): shift_jis, unwarned (near miss)", async () => {
  for (const f of ["shiftjis-kanji-names-with-lone-half-width-grade.csv", "shiftjis-japanese.csv"]) {
    const d = (await sniffEncoding(chunked(fixture(f)))).decision;
    assert.equal(d.name, "shift_jis", f + " " + JSON.stringify(d));
    assert.equal(d.uncertain, false, f + " " + JSON.stringify(d));
  }
});
