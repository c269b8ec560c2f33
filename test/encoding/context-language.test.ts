// context-language.ts: where the ASCII words tell a language, a reading's file language is the one its words (foreign ones switched) and those ASCII words fit best together, not its raw totals' best.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { CONTEXT_CAP } from "../../src/encoding/context.js";
import { languageWithContext } from "../../src/encoding/context-language.js";
import { chunked, fixture } from "./helpers.js";

test("kept: a French quiz in ISO-8859-15 with `Nariño`, `João Pessoa`, `Põlva` among French names stays windows-1252's text, unwarned, not ISO-8859-16 `Narińo`", async () => {
  // why: the line context of round 26 sent such a quiz (encgeo's) to ISO-8859-16 silently; this one is right on main
  // too and must stay so with the French words choosing the windows-1252 reading's language
  const bytes = fixture("iso-8859-15-french-quiz-with-foreign-names.csv");
  const d = (await sniffEncoding(chunked(bytes))).decision;
  assert.equal(iconv.decode(bytes, d.name), iconv.decode(bytes, "iso-8859-15"), JSON.stringify(d));
  assert.ok(!d.uncertain, JSON.stringify(d));
});

test("languageWithContext: the words and the context together choose; a language the context does not score pays its cap", () => {
  const ctx = new Map([["fra", 0], ["glg", -CONTEXT_CAP]]);
  // Galician fits the words better by 3, French the context by 8: French
  const rows: Record<string, number[]> = { glg: [-10, -12], fra: [-11, -14], mlt: [-10, -12] };
  assert.deepEqual(languageWithContext(["glg", "fra"], ctx, (l) => rows[l]), ["fra", 0]);
  // refused: words that favour Galician by more than the context's cap keep Galician, at the cap's cost
  rows.fra = [-20, -20];
  assert.deepEqual(languageWithContext(["glg", "fra"], ctx, (l) => rows[l]), ["glg", -CONTEXT_CAP]);
  // Maltese, which the context never scores, pays the cap: fitting the words as Galician does, it loses to French
  rows.fra = [-11, -14];
  assert.deepEqual(languageWithContext(["mlt", "fra"], ctx, (l) => rows[l]), ["fra", 0]);
  rows.mlt = [-1, -1];
  assert.deepEqual(languageWithContext(["mlt", "fra"], ctx, (l) => rows[l]), ["mlt", -CONTEXT_CAP]);
});
