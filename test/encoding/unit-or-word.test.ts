// unit-or-word.ts: a unit sign glued to letters (cp850 `µg`) that windows-1252 reads as a Danish word (`æg`, egg) is warned when no figure or unit column says unit; real units keep cp850 unwarned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { unitOrWord } from "../../src/encoding/unit-or-word.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;
const bytes = (t: string) => Buffer.from(t, "latin1");

test("unitOrWord: a glued unit read as a word of letters, nothing around it telling a unit", () => {
  assert.equal(unitOrWord("µg\n", "æg\n", bytes("vare,antal\n\xe6g,12\n"), 0), true);
  assert.equal(unitOrWord("µg\n", "æg\n", bytes("vare;antal;enhed\n\xe6g;10;stk\nmel;2;kg\n"), 0), true);
});

test("unitOrWord refuses: a figure beside the unit, a unit column, a letters reading with a capital inside, a lone sign", () => {
  assert.equal(unitOrWord("µg\n", "æg\n", bytes("a;5 \xe6g\n"), 0), false);
  assert.equal(unitOrWord("µg\n", "æg\n", bytes("a;5\xe6g\n"), 0), false);
  assert.equal(unitOrWord("µg\n", "æg\n", bytes("t,v,u\nlead,5,\xe6g\nzinc,12,mg\n"), 0), false);
  assert.equal(unitOrWord("µg/l\n", "æg/l\n", bytes("t;u\nlead;\xe6g/l\nzinc;mg/l\n"), 0), false);
  // cp850 `°C` is windows-1252 `øC`: no word's shape
  assert.equal(unitOrWord("°C\n", "øC\n", bytes("t,u\nx,\xf8C\n"), 0), false);
  assert.equal(unitOrWord("µ\n", "æ\n", bytes("t,u\nx, \xe6 \n"), 0), false);
});

test("sniffEncoding on a windows-1252 Danish list whose only accent is `æg`: warned naming windows-1252", async () => {
  // why: main answered cp850 (`µg`, a microgram) at 0.5 with no warning
  const d = await decide("1252-danish-shopping-list-only-accent-in-aeg.csv");
  assert.deepEqual([d.uncertain, d.alternative], [true, "windows-1252"], JSON.stringify(d));
});

test("near miss: cp850 lab results with `µg` in a unit column beside `mg`: cp850, unwarned, as on main", async () => {
  const d = await decide("850-lab-results-micro-gram-in-unit-column.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", false], JSON.stringify(d));
});

test("near miss: cp850 lab results with `5 µg/l` beside a figure: cp850, unwarned, as on main", async () => {
  const d = await decide("850-lab-results-micro-gram-beside-figure.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", false], JSON.stringify(d));
});

test("near miss: windows-1252 lab results whose `µg` the pick reads itself (cp850 `Ág`): windows-1252, unwarned, as on main", async () => {
  // why: the rule asks only when the signs reading overrules the letters' pick, not when the pick reads the unit
  const d = await decide("1252-lab-results-micro-gram-read-by-the-pick.csv");
  assert.deepEqual([d.name, d.uncertain], ["windows-1252", false], JSON.stringify(d));
});

test("unitOrWord refuses a quotation glued to letters (Mac Roman `“minutes”`, cp775 `ęminutesė`)", () => {
  assert.equal(unitOrWord("“minutes”\n", "ęminutesė\n", bytes("rule,unit\nx,\xd2minutes\xd3\n"), 0), false);
});
