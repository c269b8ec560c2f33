// foreign-letter-inside-word.ts: a thin rare page that leads answers, warned, where the commoner reading writes a letter its language lacks right after a lower-case letter (cp850 `aî`, Mac Roman `gyıjtemény`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { foreignLetterInsideWord } from "../../src/encoding/foreign-letter-inside-word.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

test("foreignLetterInsideWord: a letter the commoner reading's language lacks, after a lower-case letter, where the rare one reads its own", () => {
  assert.equal(foreignLetterInsideWord({ words: ["aî", "skrá"], lang: "ces" }, { words: ["að", "skrá"], lang: "isl" }), true);
  assert.equal(foreignLetterInsideWord({ words: ["gyıjtemény"], lang: "glg" }, { words: ["gyűjtemény"], lang: "hun" }), true);
  // refused: the letter is the commoner reading's language's own (French `maître` in a French file)
  assert.equal(foreignLetterInsideWord({ words: ["maître"], lang: "fra" }, { words: ["maðtre"], lang: "isl" }), false);
  // refused: at a word's start (a foreign name opens with its own letter), after a capital, or a capital itself
  assert.equal(foreignLetterInsideWord({ words: ["ırlap"], lang: "fra" }, { words: ["űrlap"], lang: "hun" }), false);
  assert.equal(foreignLetterInsideWord({ words: ["Ïádné"], lang: "isl" }, { words: ["žádné"], lang: "ces" }), false);
  // refused: a sign, not a letter (windows-1252 `s’uheiti`), and a rare reading whose letter its own language lacks
  assert.equal(foreignLetterInsideWord({ words: ["s’uheiti"], lang: "isl" }, { words: ["síuheiti"], lang: "isl" }), false);
  assert.equal(foreignLetterInsideWord({ words: ["aî"], lang: "ces" }, { words: ["aň"], lang: "isl" }), false);
});

test("sniffEncoding on an English research log whose one Icelandic note is `Opna skrá til að breyta` (cp861): cp861, warned naming cp850", async () => {
  // why: main answered cp850 `aî` (0.4, naming cp861): one word sets the pages apart and the gate asks three
  const d = await decide("cp861-icelandic-note-eth-read-as-i-circumflex.csv");
  assert.deepEqual([d.name, d.uncertain, d.alternatives?.includes("cp850")], ["cp861", true, true], JSON.stringify(d));
});

test("sniffEncoding on an English log whose one Hungarian note is `A betűméret túl kicsi` (Mac Central European): maccenteuro, warned", async () => {
  // why: main answered Mac Roman `betıméret` (0.4): `ı` is a letter of no language Mac Roman serves
  const d = await decide("maccenteuro-hungarian-note-u-double-acute-read-as-dotless-i.csv");
  assert.deepEqual([d.name, d.uncertain, d.alternatives?.includes("macintosh")], ["maccenteuro", true, true], JSON.stringify(d));
});

test("refused: the same log whose Hungarian note opens a word with `ű` (`Az űrlap mentve`) keeps main's answer, warned", async () => {
  const d = await decide("maccenteuro-hungarian-note-u-double-acute-opening-word.csv");
  assert.deepEqual([d.name, d.uncertain], ["windows-1252", true], JSON.stringify(d));
});

test("refused: a French cp850 log with `île`, `maître`, `aîné` (cp861 reads `ð`) stays cp850, unwarned", async () => {
  const d = await decide("cp850-french-log-i-circumflex-inside-words.csv");
  assert.deepEqual([d.name, d.uncertain], ["cp850", false], JSON.stringify(d));
});
