// The signs rule's lone-sign warning (loneSignAmbiguous) also when the default page itself reads the lone byte as a sign in its place.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { chunked, fixture } from "./helpers.js";

test("legacyGuess on a Mac Roman `3 ó 4` (0x97 between figures): windows-1252's em dash is warned, naming Mac Roman", async () => {
  // why: on main windows-1252 read `3 — 4` as a sign in its place and stood silent; a lone byte between figures is a word as well
  const d = (await sniffEncoding(chunked(fixture("mac-spanish-lone-o-between-figures.csv")))).decision;
  assert.ok(d.name === "macintosh" || d.uncertain, `${d.name} silent`);
  if (d.name !== "macintosh") assert.ok(d.alternatives?.includes("macintosh"), String(d.alternatives));
});

test("legacyGuess near miss: a € glued to its amount in the default page (`€ 3.00`) stays windows-1252, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-price-list-one-euro-sign.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("legacyGuess on a windows-1252 price list whose `×` stands alone in `12 × 24` beside `€`, `m²`, quotes: windows-1252, unwarned (windows-1255 reads a geresh touching no letter)", async () => {
  // why: on main windows-1255 `12 ׳ 24` came within one word's margin, a geresh costing no more than ×, and the file was warned
  const sizes = (i: number): string => [`${i} m³`, `${i} × ${i * 2}`, `${i} m²`, `${i},5 µg`, "½ kg"][i % 5];
  const notes = ["—", "“bestseller”", "", "§ 4", "…", "¼ off"];
  const text = "sku;item;size;price;note\n" + Array.from({ length: 30 }, (_, i) => `SKU${i * 6151};Vitamin D3;${sizes(i)};${1000 + i * 377},04 €;${notes[i % 6]}\n`).join("");
  const d = (await sniffEncoding(chunked(iconv.encode(text, "windows-1252")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false, JSON.stringify(d));
});
