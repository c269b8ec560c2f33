// glued-signs.ts: a sign glued between two figures that a house number's letter of another page reads as (`15±2`, windows-1251 `15с2`) is warned, never answered silently, naming first the page that reads a lower-case letter; a number's own joins (`2019–2021`) are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import iconv from "iconv-lite";
import { lowerGluedInFigures, signGluedInFigures } from "../../src/encoding/glued-signs.js";
import { chunked, fixture } from "./helpers.js";

test("signGluedInFigures: a sign glued between figures but a range dash, a thousands space, a product or degrees", () => {
  for (const t of ["15±2", "a\n3½4\n", "10²3"]) assert.ok(signGluedInFigures(t), t);
  for (const t of ["2019–2021", "08:00—12:30", "1\u00a0234", "2×6", "45°30", "15 ± 2", "± 9:00", "21 °C", "15с", "с2"]) assert.ok(!signGluedInFigures(t), t);
});

test("legacyGuess on a windows-1251 address list whose only non-ASCII letter is `с` in `15с2`: warned naming windows-1251 (cp850 reads `15±2`)", async () => {
  // why: on main the signs rule answered cp850 silently (confidence 0.5): `±` stood by figures, glued, not alone
  const d = (await sniffEncoding(chunked(fixture("1251-house-number-letter-between-figures.csv")))).decision;
  assert.ok(d.name === "windows-1251" || (d.uncertain && d.alternatives?.includes("windows-1251")), JSON.stringify(d));
});

test("legacyGuess on a windows-1252 timesheet whose only non-ASCII is the range dash in `08:00–12:30`: windows-1252, unwarned (near miss)", async () => {
  const d = (await sniffEncoding(chunked(fixture("1252-range-dash-between-figures.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("legacyGuess on a KOI8-R address list whose only non-ASCII letter is `с` in `15с2`: warned naming KOI8-R first (windows-1251 reads a capital `15У2`)", async () => {
  // why: on main the warning named windows-1251 alone, whose capital У the case-blind letter model liked as well
  const text = "id;addr\n" + Array.from({ length: 5 }, (_, i) => `${i + 1};${15 + i * 3}с${1 + (i % 3)}\n`).join("");
  const d = (await sniffEncoding(chunked(iconv.encode(text, "koi8-r")))).decision;
  assert.ok(d.name === "koi8-r" || (d.uncertain && d.alternatives?.[0] === "koi8-r"), JSON.stringify(d));
});

test("lowerGluedInFigures: a lower-case letter glued between figures; not a capital, not a sign, not a letter at a figure's edge", () => {
  assert.ok(lowerGluedInFigures("15с2"));
  for (const t of ["15У2", "15±2", "15с", "с2"]) assert.ok(!lowerGluedInFigures(t), t);
});
