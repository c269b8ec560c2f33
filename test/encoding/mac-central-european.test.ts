// language.ts SERVES/PRIOR maccenteuro: Central European exports from Excel on the Mac, whose ő ű ą ż ř Mac Roman, cp852 and windows-1250 read as other signs or letters.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked } from "./helpers.js";

const decide = async (text: string, page: string) => (await sniffEncoding(chunked(iconv.encode(text, page)))).decision;

/** A usage log of `n` rows with descriptions from `words`, `;`-delimited with CR line ends as Excel on the Mac writes. */
function usage(words: string[], n = 14): string {
  let s = "class;pupil;label;uses;last used\r";
  for (let i = 0; i < n; i++) s += `${1 + (i % 6)}A;S${1000 + i * 37};${words[i % words.length]};${i * 7 + 3};${1 + (i % 28)}.0${1 + (i % 9)}.2016\r`;
  return s;
}

const HUNGARIAN = ["Egy zöld béka a kövön.", "Piros rózsa és fűzfa.", "Ház a tengerparton.", "Egy kőből készült híd.", "Szép virág a kertben.", "Őszi levelek."];
const POLISH = ["Para niebieskich dżinsów.", "Żaba na kamieniu.", "Czerwona róża w wazonie.", "Dom nad morzem.", "Ogień! Ogień!", "Piękny kwiat w ogrodzie."];
const CZECH = ["Zelená žába na kameni.", "Červená růže ve váze.", "Dům u moře.", "Řeka a most.", "Krásná květina na zahradě.", "Pes běží."];

test("a Hungarian list from Excel on the Mac (Mac Central European, `kőből`, `fűzfa`): maccenteuro (main: Mac Roman `kŒbŒl`, warned naming windows-1250)", async () => {
  const d = await decide(usage(HUNGARIAN), "maccenteuro");
  assert.equal(d.name, "maccenteuro", JSON.stringify(d));
});

test("a Polish list from Excel on the Mac (Mac Central European, `dżinsów`, `Żaba`): maccenteuro (main: windows-1252, warned naming cp852)", async () => {
  const d = await decide(usage(POLISH), "maccenteuro");
  assert.equal(d.name, "maccenteuro", JSON.stringify(d));
});

test("a Czech list from Excel on the Mac (Mac Central European, `žába`, `Řeka`): maccenteuro (main: Mac Roman, warned naming windows-1250)", async () => {
  const d = await decide(usage(CZECH), "maccenteuro");
  assert.equal(d.name, "maccenteuro", JSON.stringify(d));
});

test("near misses: the same lists in Mac Roman (German), windows-1250, cp852 and ISO-8859-2 keep their pages (or one that reads alike)", async () => {
  const german = ["Ein grüner Frosch.", "Rote Rose in der Vase.", "Haus am Meer.", "Schöne Blume im Garten.", "Über die Brücke.", "Größe und Maß."];
  assert.equal((await decide(usage(german), "macintosh")).name, "macintosh");
  assert.equal((await decide(usage(POLISH), "windows-1250")).name, "windows-1250");
  assert.equal((await decide(usage(CZECH), "cp852")).name, "cp852");
  // why by the text: ISO-8859-2 and windows-1250 write Hungarian's letters at the same bytes
  const bytes = iconv.encode(usage(HUNGARIAN), "iso-8859-2");
  assert.equal(iconv.decode(bytes, (await decide(usage(HUNGARIAN), "iso-8859-2")).name), usage(HUNGARIAN));
});
