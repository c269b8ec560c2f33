// utf8-far-letter.ts: a few legacy bytes that are valid UTF-8 by chance, far letters glued to ASCII ones (cp775 `šīs` read `Ռs`), are UTF-8 warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { farLettersGlued, readsAsLetters } from "../../src/encoding/utf8-far-letter.js";
import { chunked, fixture } from "./helpers.js";

test("farLettersGlued: an Armenian or Arabic letter glued to Latin ones; not Greek, Latin, words of the far script, lone letters or many", () => {
  for (const s of ["a,\u054cs\n", "x\u0628y", "\u054cs and \u0531b"]) assert.equal(farLettersGlued(s), true, s);
  for (const s of ["5 \u0394t", "12 \u03bcg", "\u03bbmax", "café", "Москва", "1 л", "plain", "\u054cs \u054ct \u054cu \u054cv", "\u054cs café"]) assert.equal(farLettersGlued(s), false, s);
});

test("sniffEncoding on a cp775 list whose one Latvian word (`šīs`, D5 8C 73) is valid UTF-8 (`Ռs`): UTF-8 warned, naming cp775", async () => {
  // why: on main the file was UTF-8 at confidence 1, silently (the answer stays UTF-8: two bytes tell a page too little)
  const d = (await sniffEncoding(chunked(fixture("cp775-latvian-word-valid-utf8-by-chance.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, true);
  assert.equal(d.alternative, "cp775");
});

test("sniffEncoding near misses: UTF-8 Greek units glued to letters and Russian words stay UTF-8, unwarned", async () => {
  for (const s of ["id,step\n1,5 \u0394t\n2,12 \u03bcg\n", "id,city\n1,Москва\n2,Омск\n", "id,name\n1,Zoë\n"]) {
    const d = (await sniffEncoding(chunked(Buffer.from(s, "utf8")))).decision;
    assert.equal(d.name, "utf-8", s);
    assert.equal(d.uncertain, false, s);
  }
});

test("farLettersGlued refuses Cyrillic letters that look like Latin ones (`Mоscow` with Cyrillic о, `Сafe`)", () => {
  // why: keyboard slips and homoglyphs put these inside Latin words in real UTF-8; a chance legacy pair seldom lands on one
  for (const s of ["M\u043escow", "\u0421afe", "Kyi\u0456v"]) assert.equal(farLettersGlued(s), false, s);
  assert.equal(farLettersGlued("Adapter \u0416K-2"), true);
});

test("readsAsLetters: the far letter's two bytes read as two letters in the guessed page (cp775 `šī`), not a letter and a sign (`Ð–`)", () => {
  assert.equal(readsAsLetters("\u054cs", "cp775"), true);
  assert.equal(readsAsLetters("Adapter \u0416K-2", "windows-1252"), false);
  assert.equal(readsAsLetters("Tovar\u044b", "windows-1252"), false);
  assert.equal(readsAsLetters("Adapter \u0416K-2", "shift_jis"), true, "a multi-byte page is not judged here");
});

test("sniffEncoding on real UTF-8 with one Cyrillic letter inside Latin text: UTF-8, unwarned", async () => {
  // why: wencfix26's first form warned both (confidence 0.4 naming macintosh and windows-1252)
  for (const f of ["utf8-cyrillic-o-homoglyph-in-latin-city.csv", "utf8-cyrillic-letter-in-model-code.csv"]) {
    const d = (await sniffEncoding(chunked(fixture(f)))).decision;
    assert.equal(d.name, "utf-8", f);
    assert.equal(d.uncertain, false, f);
    assert.equal(d.confidence, 1, f);
  }
});
