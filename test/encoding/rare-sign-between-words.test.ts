// rare-sign-between-words.ts: a rare sign standing alone between two lower-case words is another page's one-letter word (cp865 Nynorsk `Byrjar å lasta` read in windows-1252 as `Byrjar † lasta`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { languageScore } from "../../src/encoding/language.js";
import { RARE_SIGN_BETWEEN_WORDS, rareSignBetweenWordsCost } from "../../src/encoding/rare-sign-between-words.js";
import { chunked, fixture } from "./helpers.js";

const lower = (c: number) => String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase();

test("rareSignBetweenWordsCost: a sign between one space and a lower-case word on each side; not by a figure, a capital, a line's edge, glued or one-letter words", () => {
  assert.equal(rareSignBetweenWordsCost("Byrjar † lasta", 7, lower), RARE_SIGN_BETWEEN_WORDS);
  for (const [t, i] of [["Berg † 1890", 5], ["born † Anna", 5], ["† lasta", 0], ["lasta †", 6], ["Berg†", 4], ["ab  † cd", 4], ["a † cd", 2], ["ab † c", 3]] as [string, number][]) {
    assert.equal(rareSignBetweenWordsCost(t, i, lower), 0, t);
  }
});

test("languageScore: the windows-1252 Nynorsk line pays for its `†` between words, the cp850 line reads `å`", () => {
  // why the test: on main windows-1252 led by 2.2 nats on its prior; now cp850 leads
  assert.ok(languageScore("Byrjar å lasta opp bileta\n", "cp850") > languageScore("Byrjar † lasta opp bileta\n", "windows-1252"));
});

test("sniffEncoding on a cp865 Nynorsk photo list whose only accent is the word `å`: cp850 (cp865's letters), not windows-1252 `†`", async () => {
  const d = (await sniffEncoding(chunked(fixture("cp865-nynorsk-photos-lone-a-ring.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
});

test("refused: a windows-1252 list with daggers before years and a name (`† 1890`, `† Anna`) stays windows-1252", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-dagger-before-years-and-names.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
});
