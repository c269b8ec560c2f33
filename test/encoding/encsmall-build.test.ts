// The encsmall generator (scripts/corpus/encsmall/): translation words read, the halves split by source entry, every label decoding its file, few native words a file, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";

interface SmallFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer }
type Entry = { id: string; value: string | null; words: string[] };
type Build = { halfOf(id: string): number; generateSmallExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): SmallFile[] };
type Sources = { nativeWords(s: string): string[]; cellValue(s: string): string | null };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encsmall/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encsmall/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encsmall.mjs";

test("encsmall nativeWords: the words with a letter outside ASCII, without format strings or accelerators", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(s.nativeWords("_Mise à jour de %s terminée"), ["terminée"]);
  assert.deepEqual(s.nativeWords("Łódź i Kraków"), ["Łódź", "Kraków"]);
  assert.equal(s.cellValue("Zażółć %d"), null);
  assert.equal(s.cellValue("Glagolitisch"), "Glagolitisch");
});

const words = ["Łódź", "Żółtki", "Kraków", "Gdańsk", "źdźbło", "łąka", "już", "się", "też", "Bóg"];
const english = Array.from({ length: 30 }, (_, i) => `iso_15924|Script number ${i}`);
const polish = { lang: "pl", entries: words.map((w, i): Entry => ({ id: `iso_15924|Entry ${i}`, value: w, words: [w] })), english };

test("encsmall generateSmallExports: deterministic, labels decode, halves keep their entries, 1–6 native words in a few-words file", async () => {
  const b: Build = await import(buildPath);
  const a = b.generateSmallExports({ sources: [polish], seed: 3 });
  assert.ok(a.length > 10);
  assert.deepEqual(a.map((f) => f.bytes.toString("hex")), b.generateSmallExports({ sources: [polish], seed: 3 }).map((f) => f.bytes.toString("hex")));
  for (const f of a) {
    const text = iconv.decode(f.bytes, f.encoding === "ibm866" ? "cp866" : f.encoding).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd"), f.path);
    polish.entries.forEach((e, i) => { if (text.includes(e.value as string)) assert.equal(b.halfOf(`iso_15924|Entry ${i}`), f.half, `${f.path}: ${e.value}`); });
    const native = text.split(/[;,\r\n]/).filter((c) => /[^\x00-\x7f]/.test(c)).length;
    if (f.difficulty === "few") assert.ok(native >= 1 && native <= 6, `${f.path}: ${native}`);
    if (f.difficulty === "oneword") assert.equal(native, 1, f.path);
  }
});

test("encsmall scorer: says it is skipped when the catalogues are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encsmall-sources" });
  assert.match(r.table, /skipped: the encsmall sources are not there/);
});
