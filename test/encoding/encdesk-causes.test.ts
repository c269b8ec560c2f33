// Causes the encdesk set showed: Breton exports in windows-1252 (`Enrollañ`, `skeudennoù`) fit no modelled Western language and were read as Baltic or Mac Roman; words opening with two capitals, one not ASCII, then lower case (`MÙrtawel`) are another page's lower-case letter.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked } from "./helpers.js";

async function answer(text: string, page: string): Promise<{ name: string; uncertain: boolean }> {
  return (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
}

const SUBJECTS = ["Enrollañ ar restr", "Digeriñ ar skeudennoù", "Kemmañ ar yezh"];
const rows = (subjects: string[]) => ["ticket;subject;amount", ...subjects.map((s, i) => `${i + 1};${s};${(i + 2) * 3},50`)].join("\r\n") + "\r\n";

test("a Breton windows-1252 export reads as windows-1252, unwarned (`ñ` and `ù` ending words)", async () => {
  // why: on main the upper-cased one was Mac Roman `ENROLLA— AR RESTR`, silently, and the other warned naming windows-1257 `Enrollań`
  for (const text of [rows(SUBJECTS), rows(SUBJECTS.map((s) => s.toUpperCase()))]) {
    const d = await answer(text, "windows-1252");
    assert.equal(d.name, "windows-1252", text);
    assert.equal(d.uncertain, false, text);
  }
});

test("Polish and Lithuanian words that windows-1252 reads with ñ still read in their own pages", async () => {
  // guard: Breton's word-final ñ must not pull windows-1250 `ń` or windows-1257 `ń` into windows-1252
  assert.equal((await answer(rows(["Poznań i Gdańsk", "Koń", "Toruń"]), "windows-1250")).name, "windows-1250");
  assert.equal((await answer(rows(["Kaunas ir Šiauliai", "Klaipėda", "Panevėžys"]), "windows-1257")).name, "windows-1257");
});

/** A 4-row export of English rows with one native value in row 2. */
const oneIn = (v: string) => ["id;name;note", "1;Green tea;shipped", `2;${v};on hold`, "3;Fresh milk;returned", "4;Black bread;shipped"].join("\r\n") + "\r\n";

test("a word opening with two capitals, one not ASCII, then lower case is another page's lower-case letter (`MÙrtawel`, `TĄmi`)", async () => {
  // why: on main Welsh windows-1252 `Môrtawel` was answered Mac Roman `MÙrtawel`, Icelandic cp850 `Tími` ISO-8859-2 `TĄmi` (both warned)
  assert.equal((await answer(oneIn("Môrtawel"), "windows-1252")).name, "windows-1252");
  assert.equal((await answer(oneIn("Tími"), "cp850")).name, "cp850");
});

test("ALL-CAPS words with non-ASCII capitals still read in their page, unwarned", async () => {
  for (const v of ["ÖSTERREICH", "ÉLÉPHANT ROSE", "ÅRSTIDER"]) {
    const d = await answer(oneIn(v), "windows-1252");
    assert.equal(d.name, "windows-1252", v);
  }
  assert.equal((await answer(oneIn("ÖSTERREICH"), "windows-1252")).uncertain, false);
});
