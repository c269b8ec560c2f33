// glued-signs.ts: a sign glued between two figures that a house number's letter of another page reads as (`15±2`, windows-1251 `15с2`) is warned, never answered silently; a number's own joins (`2019–2021`) are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { signGluedInFigures } from "../../src/encoding/glued-signs.js";
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
