// legacy.ts figuresOnce: in a word of figures and high bytes only (`1م`…`9م`), a single figure folds too, so a sign or unit glued to numbers counts once, not once a row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { gatherEvidence } from "../../src/encoding/legacy.js";
import { chunked, fixture } from "./helpers.js";

test("gatherEvidence: `1ã`…`9ã` is one word with `10ã`; a word with ASCII letters keeps its figure (near miss)", () => {
  const words = (s: string) => gatherEvidence(Buffer.from(s, "latin1"), 0).toString("latin1").split("\n").filter(Boolean);
  assert.deepEqual(words("1\xe3\n2\xe3\n3\xe3\n10\xe3\n"), ["1\xe3", "10\xe3"]);
  assert.deepEqual(words("2\xe8me\n3\xe8me\n"), ["2\xe8me", "3\xe8me"]);
});

test("legacyGuess on windows-1256 `1م` on every row: warned naming windows-1256 (Mac Roman reads `1„`)", async () => {
  // why: on main Mac Roman stood silent (confidence 0.68), each row's figure making `ã` one more word
  const d = (await sniffEncoding(chunked(fixture("1256-letter-glued-after-figures.csv")))).decision;
  assert.ok(d.name === "windows-1256" || (d.uncertain && d.alternatives?.includes("windows-1256")), JSON.stringify(d));
});

test("legacyGuess on windows-1253 `1χλμ` on every row: never another page silently", async () => {
  // why: on main windows-1255 `1קכל` stood silent (confidence 0.52)
  const d = (await sniffEncoding(chunked(fixture("1253-km-letters-glued-after-figures.csv")))).decision;
  assert.ok(d.name === "windows-1253" || d.uncertain, JSON.stringify(d));
});
