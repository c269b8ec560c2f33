// utf8-mixed-words.ts: legacy bytes valid UTF-8 by chance in every non-ASCII word, each word gluing unrelated scripts (TIS-620 `แปซิฟิก` = E1 BB AB D4 BF D4 A1, UTF-8 `ừԿԡ`), are UTF-8 warned naming the legacy page; words in one script each, or one such word beside a real one, are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { everyWordMixed } from "../../src/encoding/utf8-mixed-words.js";
import { chunked, fixture } from "./helpers.js";

const all = everyWordMixed;

test("everyWordMixed: each non-ASCII word glues letters of two scripts or more (Vietnamese with Armenian, Cyrillic with Hebrew)", () => {
  assert.equal(all("T-104,Time zone: \u1eeb\u053f\u0521/Fiji\n"), true);
  assert.equal(all("a,\u0416\u05d0\nb,x\u0561\u0431y\n"), true);
});

test("everyWordMixed refuses words of one script (Armenian and Ethiopic across two 128-code blocks), Latin with Greek, CJK with anything, sign-like letters, and one real word beside", () => {
  for (const s of ["\u0535\u0580\u0587\u0561\u0576", "\u1230\u120b\u121d \u12a0\u12f2\u1235", "\u1019\u103c\u1014\u103a\u1019\u102c", "H\u00e0 N\u1ed9i", "\u0415\u0440\u0435\u0432\u0430\u043d / \u0535\u0580\u0587\u0561\u0576", "\u03b2-blocker \u03bcg \u03a9meter \u00b5\u03a9", "\u6771\u4eac\u30aa\u30d5\u30a3\u30b9 \uc11c\uc6b8\uc9c0\uc0ac", "\u0411\u0438\u0440\u0430\u00aa", "plain ASCII", "\u1eeb\u053f\u0521/Fiji, caf\u00e9", "\u1eeb\u053f\u0521/Fiji, \u0645\u0631\u062d\u0628\u0627"]) {
    assert.equal(all(s), false, JSON.stringify(s));
  }
});

test("sniffEncoding on a TIS-620 task list whose one Thai word (`แปซิฟิก`) is valid UTF-8 by chance: UTF-8 warned, naming windows-874", async () => {
  // why: on main the file was UTF-8 at confidence 1, silently (Vietnamese, Armenian and Cyrillic letters in one word)
  const d = (await sniffEncoding(chunked(fixture("tis620-thai-word-valid-utf8-mixed-scripts.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, true);
  assert.equal(d.alternative, "windows-874");
});

test("sniffEncoding near miss: UTF-8 words each in one script (Thai, Vietnamese, Russian beside Armenian, Greek units, Japanese with Korean) stay UTF-8, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("utf8-words-each-in-one-script.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, false);
  assert.equal(d.confidence, 1);
});

test("everyWordMixed refuses: two alphabets joined by a no-break space, an arrow or a dash are two words; Greek on Cyrillic is a symbol", () => {
  for (const s of ["K\u00f6ln\u00a0\u041a\u0451\u043b\u044c\u043d", "\u0429\u2192\u0160\u010d", "Gen\u00e8ve\u2013\u0416\u0435\u043d\u0435\u0432\u0430", "\u0394\u0422"]) {
    assert.equal(all(s), false, JSON.stringify(s));
  }
});

test("sniffEncoding near miss: UTF-8 bilingual labels joined by a no-break space, arrow or dash (`Köln Кёльн`, `Щ→Šč`) stay UTF-8, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("utf8-bilingual-labels-joined-by-nbsp-arrow-dash.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, false);
  assert.equal(d.confidence, 1);
});
