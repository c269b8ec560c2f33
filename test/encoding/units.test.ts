// units.ts: a units export's signs (`°C`, `µg/m³`, `±0,5`) go to the signs rule although they are more than two distinct high bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { unitSignWords } from "../../src/encoding/units.js";
import { chunked, fixture } from "./helpers.js";

const words = (ws: string[], page = "windows-1252") => iconv.encode(ws.map((w) => w + "\n").join(""), page);

test("unitSignWords: short words of one sign each; not a word of text, two high bytes in a word, or more byte values than an export's signs", () => {
  assert.ok(unitSignWords(words(["°C", "µg", "m³", "±0"])));
  assert.ok(unitSignWords(words(["km²", "×2"])));
  assert.ok(!unitSignWords(words(["°C", "młody"], "windows-1250")), "a word of text");
  assert.ok(!unitSignWords(words(["°C", "ĄŁ"], "windows-1250")), "two high bytes in a word");
  assert.ok(!unitSignWords(words(["á", "é", "í", "ó", "ú", "ñ", "ü", "ç", "è"])), "nine byte values");
  assert.ok(!unitSignWords(Buffer.alloc(0)));
});

test("legacyGuess on a sensor log whose only high bytes are unit signs: windows-1252, unwarned (not warned naming windows-1250 `mł`)", async () => {
  // why: on main the four signs were too many for the signs rule, and windows-1250's `mł` came within the margin
  const d = (await sniffEncoding(chunked(fixture("1252-sensor-units-only.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("legacyGuess near miss: Polish words beside the same signs stay windows-1250 (`są`, `młody` are words, not units)", async () => {
  const rows = Array.from({ length: 12 }, (_, i) => `${i};${["są", "µg/m³", "młody", "±0,5"][i % 4]};${i * 3}\n`).join("");
  const d = (await sniffEncoding(chunked(iconv.encode("id;unit;v\n" + rows, "windows-1250")))).decision;
  assert.equal(d.name, "windows-1250");
});
