// capital-between-figures.ts: a capital letter standing alone between figures, where another page reads its byte as `×`, is a size's sign misread (cp850 `2048 × 1536` as cp857 `2048 Ş 1536`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { CAPITAL_BETWEEN_FIGURES, capitalBetweenFiguresCosts, timesBetweenFigures } from "../../src/encoding/capital-between-figures.js";
import { chunked, fixture } from "./helpers.js";

const bytes = (s: string) => Buffer.from(s, "latin1");

test("timesBetweenFigures: a `×` byte between figures every time (a space on either side or none); not one inside a word or by a letter", () => {
  assert.deepEqual([...timesBetweenFigures(bytes("a;2048 \x9e 1536;b\r\n10\x9e15"), 0)], [0x9e]);
  assert.deepEqual([...timesBetweenFigures(bytes("8.5 \xd7 11"), 0)], [0xd7]);
  assert.equal(timesBetweenFigures(bytes("2 \x9e 3;\x9eubat"), 0).size, 0, "also inside a word: a letter");
  assert.equal(timesBetweenFigures(bytes("A4 \x9e B"), 0).size, 0, "a letter after it");
  assert.equal(timesBetweenFigures(bytes("2 \x82 3"), 0).size, 0, "no page reads 82 as `×`");
  assert.equal(timesBetweenFigures(bytes("2 \x9e 3"), 4).size, 0, "before `from`");
});

test("capitalBetweenFiguresCosts: a one-byte word of `times` read as a capital; not lower case, x-like capitals, signs or uncased letters", () => {
  const ev = bytes("Zur\x81cknehmen\n\x9e\n");
  assert.deepEqual(capitalBetweenFiguresCosts("Zurücknehmen\nŞ\n", ev, new Set([0x9e])), [0, CAPITAL_BETWEEN_FIGURES, 0]);
  for (const read of ["×", "в", "Χ", "Х", "ח", "ž"]) assert.equal(capitalBetweenFiguresCosts(`Zurücknehmen\n${read}\n`, ev, new Set([0x9e])), null, read);
  assert.equal(capitalBetweenFiguresCosts("Zurücknehmen\nŞ\n", ev, new Set()), null, "no byte between figures");
  assert.equal(capitalBetweenFiguresCosts("ŞŞ\n", bytes("\x9e\x9e\n"), new Set([0x9e])), null, "a word of two bytes");
});

test("sniffEncoding on a cp850 German tag list with picture sizes (`2048 × 1536`): cp850, unwarned (main: warned naming cp857 `Ş`)", async () => {
  // why: on main cp850 led cp857 by 9.6 nats, under the one-word margin (10): every cp850 list holding a size was warned
  const d = (await sniffEncoding(chunked(fixture("cp850-german-tags-picture-sizes-times-sign.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("refused: sizes written with the Cyrillic `Х` (KOI8-R) or the Greek `Χ` (windows-1253) stay in their page, unwarned", async () => {
  for (const [name, page] of [["koi8r-russian-sizes-cyrillic-kha.csv", "koi8-r"], ["1253-greek-sizes-greek-chi.csv", "windows-1253"]]) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
