// The encrows generator (scripts/corpus/encrows/): gettext pairs read, the same seed making the same files, two-source files labelled "mixed" only when no single page reads them, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { mo } from "./helpers.js";

interface RowsFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer; badRows?: number[] }
type Build = { generateRowsSet(o: { sources: unknown[]; seed?: number; halves?: number[] }): RowsFile[] };
type Sources = { moPairs(b: Buffer): [string, string][]; cleanLabel(s: string): string | null };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encrows/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encrows/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encrows.mjs";

const english = ["Green tea", "Black bread", "Fresh milk", "Cheese", "Coffee", "Honey", "Sugar", "Salt", "Flour", "Butter", "River", "Stone"];
const polish = { lang: "pl", words: ["źdźbło", "gęślą", "jaźń", "łąka", "żółw", "ćma", "świt", "kość"], names: ["Łódź", "Kraków", "Gdańsk", "Żywiec"], labels: ["Pulpit", "Pobrane", "Dokumenty", "Wideo", "Muzyka"], english };
const german = { lang: "de", words: ["grün", "süß", "schön", "weiß", "größe", "bär", "müde", "höhe"], names: ["Köln", "Fürth", "Düren", "Jürgen"], labels: ["Schreibtisch", "Vorlagen", "Öffentlich", "Bilder"], english };

test("moPairs and cleanLabel: a catalogue's originals and translations, made short cells", async () => {
  const { moPairs, cleanLabel } = (await import(sourcesPath)) as Sources;
  assert.deepEqual(moPairs(mo([["Desktop", "Pulpit"], ["Czech (QWERTY)", "Czeski (QWERTY)"]])), [["Desktop", "Pulpit"], ["Czech (QWERTY)", "Czeski (QWERTY)"]]);
  assert.equal(cleanLabel("Czeski (QWERTY)"), "Czeski");
  assert.equal(cleanLabel("_Pobrane"), "Pobrane");
  assert.equal(cleanLabel("%s: %d"), null);
});

test("the same seed makes the same files; a two-source file no single page reads is labelled mixed, with its rows", async () => {
  const { generateRowsSet } = (await import(buildPath)) as Build;
  const a = generateRowsSet({ sources: [polish, german], seed: 3 });
  const b = generateRowsSet({ sources: [polish, german], seed: 3 });
  assert.deepEqual(a.map((f) => f.path), b.map((f) => f.path));
  assert.ok(a.every((f, i) => f.bytes.equals(b[i].bytes)));
  for (const k of ["twosource", "tiny", "numbers", "oneword"]) assert.ok(a.some((f) => f.difficulty === k), k);
  const mixed = a.filter((f) => f.encoding === "mixed");
  assert.ok(mixed.length > 0);
  for (const f of mixed) assert.ok(f.badRows && f.badRows.length > 0, f.path);
  // every other file decodes in its label to text without U+FFFD
  for (const f of a.filter((x) => x.encoding !== "mixed")) {
    const codec = ({ shift_jis: "cp932", ibm866: "cp866", "tis-620": "tis620", "euc-kr": "cp949" } as Record<string, string>)[f.encoding] ?? f.encoding;
    assert.ok(!iconv.decode(f.bytes, codec).includes("\ufffd"), f.path);
  }
});

test("the scorer says it is skipped when the sources are not there", async () => {
  const { run } = (await import(scorerPath)) as { run(o: { sourcesDir: string }): Promise<{ numbers: { skipped?: string } }> };
  assert.match((await run({ sourcesDir: "/nonexistent-encrows-sources" })).numbers.skipped ?? "", /skipped/);
});
