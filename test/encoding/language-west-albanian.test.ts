// language.ts WEST: Albanian among the languages of the Western pages (windows-1252, ISO-8859-15, Mac Roman, cp850), which write its `ë` `ç` at the same bytes as windows-1250.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { SERVES } from "../../src/encoding/language.js";
import { chunked, fixture } from "./helpers.js";

test("a gazetteer in ISO-8859-15 whose Albanian names (`Lushnjë`, `Përmet`) sit among Spanish, Catalan and Dutch ones is read as Latin-1, unwarned", async () => {
  // why: on main no Western language wrote `ë` often, so the Baltic reading (`Lushnjė`, `Përmet` as `Pėrmet`) came within
  // the margin and the file was warned naming windows-1257; a Dutch one with more `-ië` names went to windows-1257 silently
  const d = (await sniffEncoding(chunked(fixture("iso-8859-15-albanian-names-among-world-divisions.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("near miss: a Lithuanian windows-1257 list whose only letter beside ASCII is `ė` (`Kėdainiai`, `Plungė`) stays windows-1257, unwarned", async () => {
  const names = ["Kėdainiai;Kaunas", "Klaipėda;Klaipėda", "Marijampolė;Marijampolė", "Plungė;Telšiai", "Vilnius;Vilnius", "Utena;Utena", "Kretinga;Klaipėda", "Jurbarkas;Tauragė"];
  const text = ["id;miestas;apskritis", ...names.map((n, i) => `${i + 1};${n}`)].join("\r\n") + "\r\n";
  const d = (await sniffEncoding(chunked(iconv.encode(text, "windows-1257")))).decision;
  assert.equal(d.name, "windows-1257", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("near miss: an Albanian windows-1250 list with `ë` and `ç` only reads as windows-1252 (the same text), unwarned", async () => {
  const text = "id;qyteti\r\n1;Korçë\r\n2;Lezhë\r\n3;Sarandë\r\n4;Shkodër\r\n5;Gjirokastër\r\n";
  const d = (await sniffEncoding(chunked(iconv.encode(text, "windows-1250")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.equal(d.uncertain, false, JSON.stringify(d));
});

test("SERVES: Albanian is a language of the Latin-1 pages, not of Mac Roman or cp850 (where `ë` is windows-1252's `‘` or `‰`)", () => {
  for (const p of ["windows-1252", "iso-8859-15"]) assert.ok(SERVES[p].includes("sqi"), p);
  for (const p of ["macintosh", "cp850"]) assert.ok(!SERVES[p].includes("sqi"), p);
});
