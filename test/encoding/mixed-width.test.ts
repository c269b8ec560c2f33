// mixed-width.ts: a full-width Latin letter glued to a half-width one (`ｂn`) costs a CJK reading more; full-width runs and kanji do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { mixedWidthCost, MIXED_WIDTH } from "../../src/encoding/mixed-width.js";
import { chunked } from "./helpers.js";

test("mixedWidthCost: a full-width letter beside an ASCII letter; not full-width runs, figures, spaces, kanji or kana", () => {
  assert.equal(mixedWidthCost("ｂn", 0), MIXED_WIDTH);
  assert.equal(mixedWidthCost("xＡ", 1), MIXED_WIDTH);
  for (const [t, i] of [["ＡＢＣ", 1], ["ＯＳ 10", 1], ["Ｗ10", 0], ["Tシャツ", 1], ["X線", 1]] as const) assert.equal(mixedWidthCost(t, i), 0, t);
});

test("sniffEncoding on a cp437 Dutch list whose only accented word is `één`: cp850 or cp437's reading, not Shift_JIS `ｂn` nor windows-1252", async () => {
  // why: with `‚‚n` costing its doubled quotes (doubled-low-quote.ts), Shift_JIS `ｂn` read cheaper than `één`
  const rows = ["code;omschrijving", "A1;Gebruik één sleutel per gebruiker", "A2;Kies een toetsenbord", "A3;Sla de instellingen op", "A4;Start de computer opnieuw"];
  const d = (await sniffEncoding(chunked(iconv.encode(rows.join("\n") + "\n", "cp437")))).decision;
  assert.equal(d.name, "cp850");
});

test("sniffEncoding near miss: a Shift_JIS product list with full-width letter runs and kanji stays Shift_JIS", async () => {
  const rows = ["品番;品名;価格", "1;ＡＢＣ株式会社の製品;1200", "2;東京タワーの模型;800", "3;ＬＥＤライト（白）;450", "4;新型ノートＰＣ;98000", "5;Tシャツ（黒）;1500"];
  const d = (await sniffEncoding(chunked(iconv.encode(rows.join("\r\n") + "\r\n", "shift_jis")))).decision;
  assert.equal(d.name, "shift_jis");
  assert.equal(d.uncertain, false);
});
