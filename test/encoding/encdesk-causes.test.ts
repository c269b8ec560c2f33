// Causes the encdesk set showed: Breton exports in windows-1252 (`Enrollañ`, `skeudennoù`) fit no modelled Western language and were read as Baltic or Mac Roman.
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
