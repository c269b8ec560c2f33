// The signs rule's lone-sign warning (loneSignAmbiguous) also when the default page itself reads the lone byte as a sign in its place.
import { test } from "node:test";
import assert from "node:assert/strict";
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
