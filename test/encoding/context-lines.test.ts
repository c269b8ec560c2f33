// context-lines.ts: when the whole sample's ASCII words tell no language (English rows), the words on the lines holding non-ASCII bytes may (Italian `mentre è attivo` is not windows-1250 `č`); a line of few or undecided words, a language the context does not score, and a reading none of whose languages it scores change nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { contextFit } from "../../src/encoding/context.js";
import { contextOfSample, contextOutsideLatin, linesWithHighBytes } from "../../src/encoding/context-lines.js";
import { chunked, fixture } from "./helpers.js";

const best = (fit: Map<string, number>): string => [...fit].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "none";

test("linesWithHighBytes: only the lines holding a byte >= 0x80, past the header, after an empty first line", () => {
  const sample = Buffer.concat([Buffer.from("id,text\n"), Buffer.from("1,plain\n2,caf"), Buffer.from([0xe9]), Buffer.from("\n3,again\n4,na"), Buffer.from([0xef, 0x0a])]);
  assert.equal(linesWithHighBytes(sample).toString("latin1"), "\n2,caf\xe9\n4,na\xef\n");
  assert.equal(linesWithHighBytes(Buffer.from("h\xe9ader\nplain\n", "latin1")).toString("latin1"), "\n");
});

test("an English ticket list whose one message is an Italian sentence with `è`, `menù`: windows-1252 (ISO-8859-15 reads alike), not windows-1250 `č`, `menů`", async () => {
  // why: on main windows-1250 won (0.28, warned): the sample's English words tell no language, and the reading that
  // merged windows-1252 with ISO-8859-3 chose Maltese, which the context does not score
  const bytes = fixture("iso-8859-15-italian-sentence-among-english.csv");
  assert.equal(best(contextFit(bytes)), "none", "the whole sample tells no language");
  assert.equal(best(contextOfSample(bytes)), "ita");
  const d = (await sniffEncoding(chunked(bytes))).decision;
  assert.equal(iconv.decode(bytes, d.name), iconv.decode(bytes, "iso-8859-15"), JSON.stringify(d));
});

test("refused: a line whose words lead by under LINE_LEAD, and names among English rows, tell nothing", () => {
  // Italian words that fit Portuguese and Spanish nearly as well (the lead is 2.5 nats)
  assert.equal(contextOfSample(fixture("iso-8859-15-italian-short-sentence-among-english.csv")).size, 0);
  const names = ["id,name,city", ...Array.from({ length: 80 }, (_, i) => (i === 40 ? "41,José Núñez,São Paulo" : `${i + 1},John Smith ${i},Springfield`))].join("\n");
  assert.equal(contextOfSample(iconv.encode(names, "windows-1252")).size, 0);
});

test("refused: a Czech sentence among English rows stays windows-1250, unwarned; Lithuanian windows-1257 and Turkish ISO-8859-9 too", async () => {
  for (const [name, page, lang] of [["1250-czech-sentence-among-english.csv", "windows-1250", null], ["1257-lithuanian-sentence-among-english.csv", "windows-1257", null], ["iso-8859-9-turkish-sentence-among-english.csv", "windows-1254", null]] as const) {
    const bytes = fixture(name);
    if (lang !== null) assert.equal(best(contextOfSample(bytes)), lang, name);
    const d = (await sniffEncoding(chunked(bytes))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});

test("contextOutsideLatin: a reading whose best language the context never scores (Maltese) pays for switching, at most CONTEXT_CAP; Latin-script languages it leaves out (Gaelic) and readings with no scored language stay out", () => {
  assert.equal(contextOutsideLatin("mlt", -3), -3);
  assert.equal(contextOutsideLatin("epo", -58), -8, "capped: a Gaelic list read as windows-1252 once paid 58 and went to windows-1257");
  assert.equal(contextOutsideLatin("mlt", 2), 0);
  assert.equal(contextOutsideLatin("gla", -3), null);
  assert.equal(contextOutsideLatin("ita", -3), null);
  assert.equal(contextOutsideLatin("epo", -Infinity), null);
});
