// Causes the encfeed set showed: a Hungarian cp852 value whose `ó` reads as a cent sign glued to a lower-case letter (`ors¢`) in windows-1252 was answered silently.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked } from "./helpers.js";

/** A glossary export of 300 English rows with one native value in row 5 (what a DOS program's dump of a word list looks like). */
function glossaryWith(value: string): string {
  const rows = ["id;term_en;term;updated"];
  for (let i = 1; i <= 300; i++) rows.push(`${i};${["Territorial", "legal holder", "past life"][i % 3]};${i === 5 ? value : ["border", "roof", "river"][i % 3]};2023-08-15`);
  return rows.join("\r\n") + "\r\n";
}

test("a cp852 value read as a currency sign after a lower-case letter is not answered silently", async () => {
  // why: `felvevô orsó` (Hungarian written with ô, as Latin-1 era text does) read as windows-1252 `felvev“ ors¢`, silently
  const bytes = iconv.encode(glossaryWith("felvevô orsó"), "cp852");
  const d = (await sniffEncoding(chunked(bytes))).decision;
  assert.ok(d.name === "cp852" || d.uncertain, `answered ${d.name} without a warning`);
});

test("a currency sign after a number or an upper-case code still reads as one", async () => {
  const text = glossaryWith("50¢ a piece, JP¥ 300, E£ 12, café");
  const d = (await sniffEncoding(chunked(iconv.encode(text, "windows-1252")))).decision;
  assert.equal(iconv.decode(iconv.encode(text, "windows-1252"), d.name), text);
});
