// dash-in-word.ts: an en dash inside a lower-case word with a piece of one or two letters beside a longer one costs more (Mac Roman `Coruña` is windows-1252 `Coru–a`); a dash joining two words, or two short pieces (`ma–vr`, `a–f`, `i–xv`), stays free.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { dashInWordCost, DASH_IN_WORD } from "../../src/encoding/dash-in-word.js";
import { chunked, fixture } from "./helpers.js";

const at = (s: string): number => dashInWordCost(s, s.indexOf("–"));

test("dashInWordCost: a piece of one or two lower-case letters beside a longer one costs DASH_IN_WORD", () => {
  for (const w of ["Coru–a", "Superpo–er", "ma–ana", "Espa–a", "br–ler", "e–mail", "dise–o"]) assert.equal(at(w), DASH_IN_WORD, w);
});

test("dashInWordCost refuses two short pieces (ranges of abbreviations and letters) and roman page ranges", () => {
  // why: Dutch `ma–vr`, `di–za`, Finnish `ma–pe`, Polish `pn–pt`, `a–f`, `ii–iv` are ranges, not a word split by ñ or û
  for (const w of ["ma–vr", "di–za", "ma–pe", "pn–pt", "po–pá", "a–f", "i–xv", "ii–iv", "xii–xv", "iii–vi", "pi–a", "Co–t", "из–за"]) assert.equal(at(w), 0, w);
});

test("dashInWordCost refuses a range closed by a short piece with no vowel (Polish hours `pon–pt`, `czw–pt`); a vowelless piece opening a word still pays", () => {
  // why: on main `pon–pt` paid DASH_IN_WORD (three letters and two), as a word split by a misread letter does
  for (const w of ["pon–pt", "czw–pt", "pon–wt", "sob–nd"]) assert.equal(at(w), 0, w);
  for (const w of ["br–ler", "pon–pa", "Espa–a", "czw–ty"]) assert.equal(at(w), DASH_IN_WORD, w);
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

test("windows-1252 Dutch opening hours `ma–vr`, `di–za`: windows-1252, never Mac Roman `mañvr`", async () => {
  // why: with two short pieces paying, Mac Roman won silently (0.69); the answer stays windows-1252 (warned, as on main)
  const d = (await sniffEncoding(chunked(fixture("1252-dutch-day-ranges.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
});

test("windows-1252 ranges `a–f`, `i–xv`, `ii–iv` and Finnish hours `ma–pe`, `ti–pe`: windows-1252, unwarned", async () => {
  for (const name of ["1252-letter-and-roman-ranges.csv", "1252-finnish-day-ranges.csv"]) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, "windows-1252", `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});

test("near miss: windows-1252 reports with en dashes joining words (`cost–benefit`, `video–audio`, `Paris–Berlin`, `1990–1995`) stay windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-en-dash-joining-words.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});
