// context-lines.ts: when the whole sample's ASCII words tell no language (English rows), the words on the lines holding non-ASCII bytes may (Italian `mentre è attivo` is not windows-1250 `č`); a line of few or undecided words changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { contextFit } from "../../src/encoding/context.js";
import { contextOfSample, linesWithHighBytes } from "../../src/encoding/context-lines.js";
import { chunked, fixture } from "./helpers.js";

const best = (fit: Map<string, number>): string => [...fit].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "none";

test("linesWithHighBytes: only the lines holding a byte >= 0x80, past the header, after an empty first line", () => {
  const sample = Buffer.concat([Buffer.from("id,text\n"), Buffer.from("1,plain\n2,caf"), Buffer.from([0xe9]), Buffer.from("\n3,again\n4,na"), Buffer.from([0xef, 0x0a])]);
  assert.equal(linesWithHighBytes(sample).toString("latin1"), "\n2,caf\xe9\n4,na\xef\n");
  assert.equal(linesWithHighBytes(Buffer.from("h\xe9ader\nplain\n", "latin1")).toString("latin1"), "\n");
});

test("refused: when most lines hold a non-ASCII byte (a DOS price list's `ÿ` before every `EUR`), their English words give no context", () => {
  const rows = ["sku;item;size;price", ...Array.from({ length: 40 }, (_, i) => `SKU${i};${["Floor tiles", "Copy paper", "Desk lamp", "Olive oil", "Green tea"][i % 5]};${i % 3 === 0 ? "\xbc kg" : "4 l"};${i},35\xffEUR;${i % 4 === 0 ? "\xab price" : ""}`)];
  const sample = Buffer.from(rows.join("\n"), "latin1");
  assert.equal(linesWithHighBytes(sample).toString("latin1"), "\n");
  assert.equal(contextOfSample(sample).size, 0);
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

test("refused: a line whose words lead by under LINE_LEAD, and names among English rows, tell nothing", async () => {
  // Italian words that fit Portuguese and Spanish nearly as well (the lead is 2.5 nats): the answer stays main's, warned
  const bytes = fixture("iso-8859-15-italian-short-sentence-among-english.csv");
  assert.equal(contextOfSample(bytes).size, 0);
  assert.ok((await sniffEncoding(chunked(bytes))).decision.uncertain);
  const names = ["id,name,city", ...Array.from({ length: 80 }, (_, i) => (i === 40 ? "41,José Núñez,São Paulo" : `${i + 1},John Smith ${i},Springfield`))].join("\n");
  assert.equal(contextOfSample(iconv.encode(names, "windows-1252")).size, 0);
});

test("refused: a Czech sentence among English rows stays windows-1250, unwarned; Lithuanian windows-1257 and Turkish ISO-8859-9 too", async () => {
  for (const [name, page] of [["1250-czech-sentence-among-english.csv", "windows-1250"], ["1257-lithuanian-sentence-among-english.csv", "windows-1257"], ["iso-8859-9-turkish-sentence-among-english.csv", "windows-1254"]] as const) {
    const d = (await sniffEncoding(chunked(fixture(name)))).decision;
    assert.equal(d.name, page, `${name}: ${JSON.stringify(d)}`);
    assert.ok(!d.uncertain, `${name}: ${JSON.stringify(d)}`);
  }
});
