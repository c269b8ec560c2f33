// Causes the encnation set showed: DOS cp850 exports read as windows-1252 where cp850's letters became punctuation glued to a word (`Jos‚` for José, `f‘dreland` for fædreland).
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

/** A 40-row export of English rows with one native value in row 7 (a DOS program's list with one local word). */
function rowsWith(value: string): string {
  const rows = ["id;name;note;updated"];
  for (let i = 1; i <= 40; i++) rows.push(`${i};${["Green tea", "Black bread", "Fresh milk"][i % 3]};${i === 7 ? value : ["shipped", "on hold", "returned"][i % 3]};2024-03-0${1 + (i % 9)}`);
  return rows.join("\r\n") + "\r\n";
}

async function answer(text: string, page: string): Promise<{ name: string; uncertain: boolean }> {
  return (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;
}

test("a cp850 é ending a word is no windows-1252 low quote closing it (`fermé`, not `ferm‚`)", async () => {
  // why: „ and ‚ open words; closing one they cost as much as ” opening one
  assert.equal((await answer(rowsWith("fermé"), "cp850")).name, "cp850");
  assert.equal((await answer(rowsWith("René"), "cp850")).name, "cp850");
});

test("a cp850 æ between lower-case letters is no windows-1252 ‘ (`fædreland`, not `f‘dreland`)", async () => {
  assert.equal((await answer(rowsWith("fædreland"), "cp850")).name, "cp850");
});

test("windows-1252 quotes where text puts them still read as windows-1252, unwarned", async () => {
  for (const v of ["O‘Brien", "‚quoted‘ text", "„Zitat“ hier", "l’été", "»Datei« konnte nicht geöffnet werden"]) {
    const d = await answer(rowsWith(v), "windows-1252");
    assert.equal(d.name, "windows-1252", v);
    assert.equal(d.uncertain, false, v);
  }
});

test("an ISO-8859-3 Ħ opening a word is no windows-1252 ¡ that nothing closes, nor a Mac Roman ° (`Ħamrun`)", async () => {
  // why: on main windows-1252 read `¡amrun` (warned); with ¡ priced, Mac Roman read `°amrun`
  const d = (await sniffEncoding(chunked(fixture("iso-8859-3-maltese-h-bar-opening-word.csv")))).decision;
  assert.equal(d.name, "iso-8859-3");
  assert.equal((await answer(rowsWith("Ħal Qormi"), "iso-8859-3")).name, "iso-8859-3");
});

test("Spanish ¡…! and ¿…?, and ° after a number, still read as windows-1252, unwarned", async () => {
  for (const v of ["¿Qué tal?", "¡qué bien!", "25°C", "n°5"]) {
    const d = await answer(rowsWith(v), "windows-1252");
    assert.equal(d.name, "windows-1252", v);
    assert.equal(d.uncertain, false, v);
  }
  // a lone ¡ before ASCII letters is the file's only evidence (Mac Roman °, ISO-8859-3 Ħ): warned, as on main
  assert.equal((await answer(rowsWith("¡Hola amigos!"), "windows-1252")).name, "windows-1252");
});

test("a Big5 dash between numbers (`32¡V57` in windows-1252) is not handed silently to Mac Roman `32°V57`", async () => {
  // why: the price of an unclosed ¡ is for one opening a word; after a digit both readings are wrong, and stay warned
  const text = "id,station,range,count\n" + Array.from({ length: 30 }, (_, i) => `${i + 1},S${300 + i * 7},${20 + (i % 13)}–${40 + (i % 17)},${1000 + i * 37}\n`).join("");
  const d = await answer(text, "big5");
  assert.ok(d.name === "big5" || d.uncertain, `${d.name}, silent`);
});
