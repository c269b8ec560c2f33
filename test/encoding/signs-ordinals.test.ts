// signs.ts: an ordinal indicator closing a figure (`1ª`), a division or a Swiss ’ glued between figures (`1÷2`, `1’037`) are the default page's signs; alone they are letters of another page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { allSignsInPlace } from "../../src/encoding/signs.js";
import { chunked, fixture } from "./helpers.js";

test("allSignsInPlace: ª and º closing a figure, ÷ and ’ between figures; not after a letter, not alone", () => {
  for (const t of ["1ª\n10ª", "2º", "1÷2", "1’037.50"]) assert.ok(allSignsInPlace(t), t);
  for (const t of ["Nº 5", "1ªa", "08:00º12:30", "1 ÷", "÷ 2", "l’eau", "1’"]) assert.ok(!allSignsInPlace(t), t);
});

test("legacyGuess on windows-1252 Spanish ordinals `1ª` on every row: windows-1252 (windows-1255 reads `1×`)", async () => {
  // why: on main windows-1255 `1×` stood silent (confidence 0.5)
  const d = (await sniffEncoding(chunked(fixture("1252-ordinal-indicator-after-figures.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
});

test("legacyGuess on windows-1252 `1÷2` on every row: windows-1252, warned (cp775 reads `1„2`)", async () => {
  // why: on main cp775 stood silent (confidence 0.72)
  const d = (await sniffEncoding(chunked(fixture("1252-division-sign-between-figures.csv")))).decision;
  assert.equal(d.name, "windows-1252", JSON.stringify(d));
  assert.equal(d.uncertain, true);
});

test("legacyGuess on a windows-1252 Swiss price list `1’037.50`: windows-1252, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-swiss-apostrophe-thousands.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("legacyGuess on windows-1251 hours `1 ч` beside `°C` and `µg`: warned naming windows-1251 (÷ standing alone is no sign; near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("1251-hours-letter-after-figure.csv")))).decision;
  assert.ok(d.name === "windows-1251" || (d.uncertain && d.alternatives?.includes("windows-1251")), JSON.stringify(d));
});
