// micro-as-index.ts: `µ` glued to a one- or two-letter symbol (`Tµµ`, `uµ`) is scored as a sign, so windows-1252 physics notes are no longer ISO-8859-16 `T””`; `µ` between lower-case letters or beside a longer word stays a letter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { microAsIndex, microIndexed } from "../../src/encoding/micro-as-index.js";
import { chunked, fixture } from "./helpers.js";

const decide = async (name: string) => (await sniffEncoding(chunked(fixture(name)))).decision;

test("microAsIndex: µ glued to one or two ASCII letters, or alone, becomes a sign", () => {
  assert.equal(microAsIndex("Tµµ\nuµ\nJµ\nµT\nµ\nsµ"), "T··\nu·\nJ·\n·T\n·\ns·");
  assert.equal(microAsIndex("(µ\nµs"), "(·\n·s");
});

test("microAsIndex refuses: µ between lower-case letters, beside three letters and more, beside another non-ASCII letter", () => {
  // cp850 Danish `være` (`vµre`), Slovak windows-1250 `veľmi` (`veµmi`), cp850 Icelandic `ættir` (`µttir`), `µudia`
  for (const t of ["vµre", "veµmi", "uµu", "µttir", "µudia", "soµa", "Øµ", "µé", "abcµ"]) assert.equal(microAsIndex(t), t, t);
});

test("microIndexed: only when a page reads a byte of the evidence as an indexed µ", () => {
  const pages = ["windows-1252", "iso-8859-16"];
  assert.equal(microIndexed(Buffer.from("T\xb5\xb5\n", "latin1"), pages), true);
  assert.equal(microIndexed(Buffer.from("ve\xb5mi\n", "latin1"), pages), false);
  assert.equal(microIndexed(Buffer.from("T\xb5\xb5\n", "latin1"), ["iso-8859-16"]), false);
});

test("sniffEncoding on windows-1252 physics notes with µ indexes: windows-1252, warned naming ISO-8859-16", async () => {
  // why: main answered ISO-8859-16 (`T””`, `u”`) with no warning; the indexes change the answer, so it is warned
  const d = await decide("1252-english-physics-notes-micro-sign-indexes.txt");
  assert.deepEqual([d.name, d.uncertain, d.alternative], ["windows-1252", true, "iso-8859-16"], JSON.stringify(d));
});

test("near miss: windows-1252 Danish notes with `være`, `læ` (cp850 `vµre`, `lµ`): windows-1252, unwarned, as on main", async () => {
  const d = await decide("1252-danish-notes-ae-after-short-words.csv");
  assert.deepEqual([d.name, d.uncertain], ["windows-1252", false], JSON.stringify(d));
});
