// The number abbreviation `Nº` scored as the sign №: a cp850 Spanish mailbox with `Pedido de compra Nº:` is cp850, not cp852 `Nž`; º inside a word, after another letter, and Czech cp852 files stay as they were.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { numeroAsSign } from "../../src/encoding/numero-sign.js";
import { segmentScoresByLanguage } from "../../src/encoding/language.js";
import { chunked, fixture } from "./helpers.js";

const best = (text: string, page: string): number => Math.max(...segmentScoresByLanguage(numeroAsSign(text), page).rows.map((r) => r[0]));

test("Nº and nº standing alone become the number sign", () => {
  assert.equal(numeroAsSign("Pedido de compra Nº:"), "Pedido de compra №:");
  assert.equal(numeroAsSign("nº cliente\nNº123"), "№ cliente\n№123");
});

test("refused: º inside or before a word, after another letter or a figure, and ª", () => {
  for (const t of ["Nºvo", "uº", "jiº", "ANº", "3º", "Nª", "1Nº"]) assert.equal(numeroAsSign(t), t);
});

test("scored as the sign, Spanish Nº outscores the Czech reading of the same bytes (cp852 Nž)", () => {
  // why: as a two-letter word `Nº` cost about −14 (Portuguese) against `Nž` −10 in Czech
  assert.ok(best("Nº:", "cp850") > best("Nž:", "cp852"));
});

test("a cp850 Spanish mailbox with `Pedido de compra Nº:`: cp850, unwarned", async () => {
  // why: on main cp852 won (0.13, warned `"Nž" (cp852) or "Nº" (cp850)`): the words with ó read alike in both pages
  const d = (await sniffEncoding(chunked(fixture("cp850-spanish-numero-sign-mailbox.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("refused: a Czech cp852 mailbox with `už` (cp850 `uº`) stays cp852, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("cp852-czech-mailbox-with-uz.csv")))).decision;
  assert.equal(d.name, "cp852", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
