// fullwidth.ts spanishOpeners: a doubled `¡¡` opening a Latin word, closed by `!` in the file, is Spanish punctuation, not the EUC pages' ideographic space.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { fullWidthPunctuationPages, spanishOpeners } from "../../src/encoding/fullwidth.js";
import { chunked, fixture } from "./helpers.js";

test("spanishOpeners: every high byte in `¡¡` opening a word before a letter; not between words, not alone", () => {
  assert.ok(spanishOpeners(Buffer.from("\xa1\xa1Oferta\n\xa1\xa1Hola\n", "latin1")));
  for (const t of ["Toray\xa1\xa1Medical\n", "\xa1Hola\n", "\xa1\xa1 3\n", "\xa1\xa1Oferta\nMen\xfc\n"]) assert.ok(!spanishOpeners(Buffer.from(t, "latin1")), t);
});

test("fullWidthPunctuationPages: `¡¡Oferta` names the EUC pages only when the sample has no `!` (near miss)", () => {
  const ev = Buffer.from("\xa1\xa1Oferta\n", "latin1");
  assert.ok(fullWidthPunctuationPages(ev, false).includes("euc-jp"));
  assert.deepEqual(fullWidthPunctuationPages(ev, true), []);
});

test("legacyGuess on windows-1252 Spanish `¡¡Oferta 1!!` rows: windows-1252, the warning names no CJK page", async () => {
  // why: on main the warning named euc-jp, gb18030 and euc-kr (`　Oferta`)
  const d = (await sniffEncoding(chunked(fixture("1252-spanish-doubled-exclamation.csv")))).decision;
  assert.equal(d.name, "windows-1252");
  for (const n of d.alternatives ?? []) assert.ok(!/euc|gb|big5|shift/.test(n), JSON.stringify(d));
});
