// soft-hyphen-inside.ts: a soft hyphen between lower-case ASCII letters is scored as a break hint inside one word (`co­operate` is `cooperate`, the sign still paid), so windows-1252 tasks are no longer cp852 `coşoperate` unwarned; Romanian cp852 towns stay cp852.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { HINT_COST, softHyphenInsideCosts, softHyphensJoined } from "../../src/encoding/soft-hyphen-inside.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

test("softHyphensJoined and its costs: a soft hyphen between lower-case ASCII letters joins the word and pays HINT_COST", () => {
  assert.equal(softHyphensJoined("co\u00adoperate\nre\u00adenter"), "cooperate\nreenter");
  assert.deepEqual(softHyphenInsideCosts("co\u00adoperate\nplain\nmulti\u00adlin\u00adgual"), [HINT_COST, 0, 2 * HINT_COST]);
});

test("refused: a soft hyphen beside a capital, a figure, a non-ASCII letter or a word's edge", () => {
  for (const t of ["NP\u00adhard", "19\u00ad34", "\u00e9\u00adt", "\u00adi", "Mure\u00ad", "a\u00adB"]) {
    assert.equal(softHyphensJoined(t), t, t);
    assert.equal(softHyphenInsideCosts(t), null, t);
  }
});

test("sniffEncoding on windows-1252 tasks with `co­operate` and `re­enter`: warned, naming windows-1252", async () => {
  // why: main answered cp852 (`coşoperate`) with no warning; two words cannot tell the pages apart, so it is warned
  const d = await decide("1252-tasks-soft-hyphens-inside-two-words.csv");
  assert.equal(d.uncertain, true, JSON.stringify(d));
  assert.ok(d.name === "windows-1252" || d.alternatives?.includes("windows-1252"), JSON.stringify(d));
});

test("near miss: Romanian DOS towns with ş inside words (cp852 `Braşov`, windows-1252 `Bra­ov`): cp852, unwarned, as on main", async () => {
  const d = await decide("cp852-romanian-towns-s-cedilla-inside-words.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp852", false], JSON.stringify(d));
});
