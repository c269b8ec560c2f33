// lone-byte-language.ts: when every non-ASCII word is a lone byte, the lines around it are read in the file's language its ASCII words tell (cp850 Italian `è pronto`, not windows-1252 Galician `Š pronto`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { languageScore } from "../../src/encoding/language.js";
import { linesFitInFileLanguage } from "../../src/encoding/lone-byte-language.js";
import { chunked, fixture } from "./helpers.js";

const line = { "windows-1252": "flickr;164,60;Š esattamente\n", cp850: "flickr;164,60;è esattamente\n", ibm866: "flickr;164,60;К esattamente\n" } as Record<string, string>;
const read = (page: string) => line[page];

test("linesFitInFileLanguage: in the file's language with its context cost; the cp850 Italian line leads the windows-1252 one", () => {
  const w = linesFitInFileLanguage(read, { name: "windows-1252", names: ["windows-1252", "iso-8859-15"], lang: "ita", ctx: 0 });
  const c = linesFitInFileLanguage(read, { name: "cp850", names: ["cp850"], lang: "ita", ctx: 0 });
  assert.ok(c > w, `${c} > ${w}`);
  // why the test: each line in its likeliest language (Galician for `Š`), windows-1252 led by its prior
  assert.ok(languageScore(read("windows-1252"), "windows-1252") > languageScore(read("cp850"), "cp850"));
});

test("linesFitInFileLanguage refuses: no language told (ctx null) or a language the page does not serve keep languageScore", () => {
  assert.equal(linesFitInFileLanguage(read, { name: "cp850", names: ["cp850"], lang: "ita", ctx: null }), languageScore(read("cp850"), "cp850"));
  assert.equal(linesFitInFileLanguage(read, { name: "ibm866", names: ["ibm866"], lang: "ita", ctx: -8 }), languageScore(read("ibm866"), "ibm866"));
});

test("sniffEncoding on a cp850 Italian upload log whose only accent is a lone `è`: cp850 (main: windows-1252 `Š pronto`)", async () => {
  const d = (await sniffEncoding(chunked(fixture("cp850-italian-uploads-lone-e-grave.csv")))).decision;
  assert.equal(d.name, "cp850", JSON.stringify(d));
});

test("refused: the same log in windows-1252 stays windows-1252; with English words around (no language told) the old reading stands", async () => {
  const w = (await sniffEncoding(chunked(fixture("1252-italian-uploads-lone-e-grave.csv")))).decision;
  assert.equal(w.name, "windows-1252", JSON.stringify(w));
  const few = (await sniffEncoding(chunked(fixture("cp850-lone-e-grave-few-words.csv")))).decision;
  assert.equal(few.name, "windows-1252", JSON.stringify(few));
  assert.ok(few.uncertain, JSON.stringify(few));
});
