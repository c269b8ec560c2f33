// Causes the encrows set showed: UTF-8 rows appended to a legacy export outside the Western pages went unflagged (or drew the file to a wrong page), and windows-1252 quotes pasted into an ISO-8859 dump were warned without naming a row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { splitUtf8Words, utf8Word, cellIsUtf8 } from "../../src/encoding/utf8words.js";
import { FIXTURES } from "./helpers.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");
type Report = Awaited<ReturnType<typeof check>>;
const errors = (r: Report) => r.files[0].defects.filter((d) => d.code === "encoding-error").map((d) => `${d.row}:${d.column}`);

test("utf8Word: UTF-8 words are found; legacy words that form valid UTF-8 by chance in capitals are not", () => {
  assert.equal(utf8Word(Buffer.from("Kołodziej", "utf8")), "Kołodziej");
  assert.equal(utf8Word(Buffer.from("plain", "utf8")), null);
  // ISO-8859-16 `PĂȘUNE` (C3 AA) is valid UTF-8 `PêUNE`: a lower-case letter between capitals
  assert.equal(utf8Word(Buffer.from([0x50, 0xc3, 0xaa, 0x55, 0x4e, 0x45])), null);
  // a lone windows-1250 `ł` (0xB3) is no UTF-8
  assert.equal(utf8Word(Buffer.from([0x62, 0xb3, 0x6f])), null);
});

test("splitUtf8Words: the UTF-8 words of the evidence are set aside, the rest kept one a line", () => {
  const evidence = Buffer.concat([Buffer.from([0xb3, 0xf3, 0x64, 0x9f, 0x0a]), Buffer.from("Kołodziej\n", "utf8")]);
  const { legacy, utf8 } = splitUtf8Words(evidence);
  assert.deepEqual(utf8, ["Kołodziej"]);
  assert.deepEqual([...legacy], [0xb3, 0xf3, 0x64, 0x9f, 0x0a]);
});

test("cellIsUtf8: a windows-1250 cell holding UTF-8 bytes is found; real windows-1250 text and Polish capitals are not", () => {
  assert.equal(cellIsUtf8("PaweĹ‚", "windows-1250"), true);
  assert.equal(cellIsUtf8("Paweł", "windows-1250"), false);
  // `STÓŁ` is D3 A3 in windows-1250, valid UTF-8 for Cyrillic `ӣ`, which windows-1250 cannot write
  assert.equal(cellIsUtf8("STÓŁ", "windows-1250"), false);
});

test("encoding-error: the UTF-8 rows of a windows-1250 export are errors on their cells, the same in one pass and in parts", async () => {
  const file = join(FIXTURES, "1250-then-utf8-rows.csv");
  const one = await check(file, { jobs: 1 });
  const split = await check(file, { jobs: 2, split: { minBytes: 1, partBytes: 256 } });
  assert.equal(one.files[0].encoding?.name, "windows-1250");
  assert.deepEqual(errors(one), ["13:name", "13:city", "14:name", "14:city"]);
  assert.deepEqual(errors(split), errors(one));
});

test("a windows-1252 export with UTF-8 rows is read in windows-1252 (not ISO-8859-2) and the UTF-8 rows are named", async () => {
  const r = await check(join(FIXTURES, "1252-then-utf8-rows-german.csv"), { jobs: 1 });
  assert.equal(r.files[0].encoding?.name, "windows-1252");
  assert.deepEqual(errors(r), ["5:name", "5:city", "6:name", "6:city"]);
});

test("encoding-error: a windows-1252 quote pasted into an ISO-8859-2 dump (a C1 control there) names its cell", async () => {
  const r = await check(join(FIXTURES, "iso-8859-2-dump-with-1252-quotes.csv"), { jobs: 1 });
  assert.equal(r.files[0].encoding?.name, "iso-8859-2");
  assert.deepEqual(errors(r), ["4:name"]);
  assert.match(r.files[0].defects.find((d) => d.code === "encoding-error")!.message, /quote, dash or € pasted/);
});

test("an ISO-8859-2 dump whose letters read best there once its pasted windows-1252 quotes are left out is read ISO-8859-2, warned, the quotes named", async () => {
  // why: the two quoted values' C1 bytes drew it to windows-1250, whose reading of `Š` is `©`, silently
  const r = await check(join(FIXTURES, "iso-8859-2-slovene-with-1252-quotes.csv"), { jobs: 1 });
  assert.equal(r.files[0].encoding?.name, "iso-8859-2");
  assert.ok(r.files[0].defects.some((d) => d.code === "encoding-uncertain" && /windows-1250/.test(d.message)));
  assert.deepEqual(errors(r), ["4:item", "5:item"]);
});

test("withoutEdgeC1: bytes 0x80–0x9F at a word's edges go, inside a word they stay; null when no word has one", async () => {
  const { withoutEdgeC1 } = await import("../../src/encoding/legacy.js");
  assert.deepEqual([...withoutEdgeC1(Buffer.from([0x93, 0x41, 0xa9, 0x94, 0x0a, 0x96, 0x0a, 0x42, 0x9a, 0x43, 0x0a]))!], [0x41, 0xa9, 0x0a, 0x42, 0x9a, 0x43, 0x0a]);
  assert.equal(withoutEdgeC1(Buffer.from([0x42, 0x9a, 0x43, 0x0a])), null);
});
