// The encfeed generator (scripts/corpus/encfeed/): dictionary lines made cells, Aspell's prezip lists decoded, the same seed making the same files, one native value in sparse files, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";

interface FeedFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateFeedExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): FeedFile[] };
type Sources = { cleanTranslation(s: string): string | null; prezipWords(b: Buffer, cs: string): string[] };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encfeed/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encfeed/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encfeed.mjs";
const codecPath: string = "../../scripts/corpus/enccat/build.mjs";

const english = { terms: ["green tea", "black bread", "fresh milk", "cheese", "coffee", "honey", "sugar", "salt", "flour", "butter", "river", "stone"], names: ["Dover", "Salem", "Bristol"] };
/** A Latvian source of our own words (what loadSources makes from a dictionary and a word list). */
const LV = { lang: "lv", english, terms: ["zaļā tēja", "rupjmaize", "svaigs piens", "siers", "kafija", "medus", "cukurs", "sāls", "milti", "sviests", "upe", "akmens", "ābols", "ķirsis"],
  words: ["ūdens", "zeme", "gaiss", "uguns", "mežs", "pļava", "ezers", "jūra", "kalns", "ceļš", "māja", "dārzs"], names: ["Rīga", "Cēsis", "Jūrmala", "Liepāja", "Daugavpils", "Tukums"] };

test("dictionary lines become cells: sense numbers, tags and notes go, the first synonym stays", async () => {
  const { cleanTranslation } = (await import(sourcesPath)) as Sources;
  assert.equal(cleanTranslation(" 1.  przyjmować, uznawać"), "przyjmować");
  assert.equal(cleanTranslation("Abdampfvorwärmer <masc> [techn.]"), "Abdampfvorwärmer");
  assert.equal(cleanTranslation("   See also: {Aegean}"), null);
});

test("a prezip word list decodes: each line keeps a prefix of the one before, flags after / go", async () => {
  const { prezipWords } = (await import(sourcesPath)) as Sources;
  const list = Buffer.concat([Buffer.from([2, 0]), Buffer.from("Abava/S"), Buffer.from([4]), Buffer.from("ciems/"), Buffer.from([2]), Buffer.from("es\xeenija/S", "latin1"), Buffer.from([0x1f, 0xff])]);
  assert.deepEqual(prezipWords(list, "iso-8859-13"), ["Abava", "Abavciems", "Abesīnija"]);
});

test("the same seed makes the same files, every case is there, and a sparse file holds one non-ASCII value", async () => {
  const { generateFeedExports } = (await import(buildPath)) as Build;
  const { codecOf } = (await import(codecPath)) as { codecOf(l: string): string };
  const a = generateFeedExports({ sources: [LV], seed: 9 });
  const b = generateFeedExports({ sources: [LV], seed: 9 });
  assert.ok(a.length > 0 && a.every((f, i) => f.path === b[i].path && f.bytes.equals(b[i].bytes)));
  assert.deepEqual([...new Set(a.map((f) => f.difficulty))].sort(), ["caps", "mixed", "normal", "oneword", "short", "sparse"]);
  assert.ok(a.some((f) => f.encoding === "cp775"));
  for (const f of a.filter((x) => x.difficulty === "sparse" && !/^utf-16/.test(x.encoding))) {
    const cells = iconv.decode(f.bytes, codecOf(f.encoding), { stripBOM: true }).split(/\r\n|\r|\n/).slice(1).flatMap((l) => l.split(/[;,\t]/));
    assert.equal(cells.filter((c) => /[^\x00-\x7f]/.test(c)).length, 1, f.path);
  }
});

test("the scorer says it is skipped when the sources are not there", async () => {
  const { run } = (await import(scorerPath)) as { run(o: { sourcesDir: string }): Promise<{ numbers: { skipped?: string } }> };
  assert.match((await run({ sourcesDir: "/nonexistent-encfeed-sources" })).numbers.skipped ?? "", /skipped/);
});
