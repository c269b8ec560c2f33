// signs-for-lone-letters.ts: an answer that reads as box drawing or a soft hyphen the bytes its runner-up reads as letters standing alone (`2d1š`) is warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { oddSignRivals } from "../../src/encoding/signs-for-lone-letters.js";
import { chunked } from "./helpers.js";

// why written here: Serbian Latin hyphenation patterns as LibreOffice's hyph_sr-Latn_RS.dic write them, ž š đ ć č after figures
function serbianLatinPatterns(): string {
  let text = "ISO8859-2\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\nt2j\nt2l\nd2j\nd2l\n";
  for (const a of ["d", "g", "h", "k", "t"]) {
    for (const b of ["b", "c", "d", "f", "g", "h", "k", "m", "n", "p", "s", "t", "z"]) text += `2${a}1${b}\n`;
    text += `2${a}1d2ž\n`;
    for (const l of ["ž", "š", "đ", "ć", "č"]) text += `2${a}1${l}\n`;
  }
  return text;
}

test("oddSignRivals: cp857's box drawing and soft hyphen where windows-1252 reads lone letters; not an answer reading letters", () => {
  const buf = iconv.encode(serbianLatinPatterns(), "iso-8859-2");
  const candidates = [{ name: "cp857", score: -10 }, { name: "windows-1252", score: -11 }, { name: "windows-1257", score: -12 }];
  assert.deepEqual(oddSignRivals(buf, "cp857", candidates, [], 3), ["windows-1252", "windows-1257"]);
  // windows-1252 reads ¾ ¹ ð æ è: signs and letters, nothing no export writes
  assert.deepEqual(oddSignRivals(buf, "windows-1252", [{ name: "windows-1252", score: -10 }, { name: "iso-8859-2", score: -11 }], [], 3), []);
  // a multi-byte answer is refused
  assert.deepEqual(oddSignRivals(buf, "gb18030", candidates, ["gb18030"], 3), []);
});

test("oddSignRivals: words do not stand alone, so a runner-up reading them as letters names nothing", () => {
  const buf = iconv.encode("mesto;kraj\nČačak;Šumadija\nNiš;Južna Srbija\nĐakovica;Kosovo\nŽabalj;Bačka\n", "iso-8859-2");
  assert.deepEqual(oddSignRivals(buf, "cp857", [{ name: "cp857", score: -10 }, { name: "windows-1250", score: -11 }], [], 3), []);
});

test("legacyGuess on Serbian Latin ISO-8859-2 patterns: no silent cp857", async () => {
  // why: on main cp857 stood at 0.88, silently (`2d1¥`, `2d1╣`)
  const d = (await sniffEncoding(chunked(iconv.encode(serbianLatinPatterns(), "iso-8859-2")))).decision;
  assert.ok(d.name === "iso-8859-2" || d.name === "windows-1250" || d.uncertain, JSON.stringify(d));
});
