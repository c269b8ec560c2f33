// power-inside-word.ts: a superscript ² or ³ inside a word where a rare page reads a letter (cp850 `Mê²` for Mac Central European `Mąż`) warns a silent answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { powersInsideWords } from "../../src/encoding/capital-inside-word.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

test("powersInsideWords counts distinct words with ² or ³ before a letter or after a non-ASCII letter where the rare reading has a letter", () => {
  assert.equal(powersInsideWords(["Mê²", "²ona", "mo²e", "Mê²", "³ód"], ["Mąż", "żona", "może", "Mąż", "Łód"]), 4);
  // refused: a unit's or a symbol's power (ASCII before, nothing after), a power the rare page reads as a sign too
  assert.equal(powersInsideWords(["m²", "km³", "x²", "Mê²"], ["mż", "kmŁ", "xż", "Mê²"]), 0);
  assert.equal(powersInsideWords(["Mê²"], ["Mą˝"]), 0);
});

test("sniffEncoding on a Polish Mac Central European log whose one note is `Mąż i żona`: cp850 `Mê² i ²ona` is warned naming maccenteuro", async () => {
  // why: main answered cp850 at 0.55, silently: cp850 leads by its prior, the gate dropped Mac Central European, and
  // cp850's `²` is a sign its language model counts as ordinary
  const d = await decide("maccenteuro-polish-note-z-dot-read-as-superscript-two.csv");
  assert.deepEqual([d.name, d.uncertain, d.alternatives?.includes("maccenteuro")], ["cp850", true, true], JSON.stringify(d));
});

test("refused: a French cp850 list of flats (`40 m²`, `rénové`, `à côté`) stays cp850, unwarned", async () => {
  const d = await decide("cp850-french-flats-square-metres.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", false], JSON.stringify(d));
});
