// dash-in-word.ts: an en dash inside a lower-case word with a piece of one or two letters beside it costs more (Mac Roman `Coruña` is windows-1252 `Coru–a`, cp850 `Coût` is `Co–t`); a dash joining two words stays free.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { dashInWordCost, DASH_IN_WORD } from "../../src/encoding/dash-in-word.js";
import { chunked, fixture } from "./helpers.js";

const at = (s: string): number => dashInWordCost(s, s.indexOf("–"));

test("dashInWordCost: a piece of one or two lower-case letters on either side costs DASH_IN_WORD", () => {
  for (const w of ["pi–a", "Coru–a", "Co–t", "s–re", "Superpo–er", "ma–ana", "e–mail"]) assert.equal(at(w), DASH_IN_WORD, w);
});

test("dashInWordCost refuses: words on both sides, a capital or digit beside it, a space, another dash", () => {
  for (const w of ["cost–benefit", "north–south", "video–audio", "Paris–Berlin", "1990–1995", "A–Z", "pi – a", "pi–", "–a", "pi—a", "pi-a"]) assert.equal(at(w), 0, w);
  assert.equal(dashInWordCost("pi—a", 2), 0);
});

test("an English customer list in Mac Roman whose only non-ASCII is `A Coruña`: macintosh, not windows-1252 `Coru–a`", async () => {
  // why: on main windows-1252 won (0.15, warned): an en dash inside a word cost what any common symbol does
  const d = (await sniffEncoding(chunked(fixture("macintosh-n-tilde-read-as-dash-among-english.csv")))).decision;
  assert.equal(d.name, "macintosh", JSON.stringify(d));
});

test("a French DOS price list whose only non-ASCII is `Coût`: cp850, not windows-1252 `Co–t`", async () => {
  const d = (await sniffEncoding(chunked(fixture("cp850-u-circumflex-read-as-dash-among-french.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
});

test("near miss: windows-1252 reports with en dashes joining words (`cost–benefit`, `video–audio`, `Paris–Berlin`, `1990–1995`) stay windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-en-dash-joining-words.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
