// The encnation generator (scripts/corpus/encnation/): ruleset names and thesaurus entries read, the halves split by source, every label decoding its file, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";

interface NationFile { path: string; encoding: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateNationExports(o: { sources: unknown[]; seed?: number; halves?: number[] }): NationFile[] };
type Sources = { rulesetNames(text: string, key: string): string[]; thesaurusPairs(b: Buffer): [string, string][]; cleanMessage(s: string): string | null };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encnation/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encnation/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encnation.mjs";

const RULESET = `[nation_x]
leaders = {
 "name",              "sex"
 "Wacław Łąkowski",   "Male"
 "Zofia Żmuda",       "Female"
}

cities =
 "Łódź (river)",
 "Gniewkowo", ; a comment "Not a city"
 "Żółtki"

init_units=""
`;

test("encnation rulesetNames: leaders without the column names, cities without terrain hints or comments", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(s.rulesetNames(RULESET, "leaders"), ["Wacław Łąkowski", "Zofia Żmuda"]);
  assert.deepEqual(s.rulesetNames(RULESET, "cities"), ["Łódź", "Gniewkowo", "Żółtki"]);
});

test("encnation thesaurusPairs: the declared charset decodes, each headword with its first two synonyms", async () => {
  const s: Sources = await import(sourcesPath);
  const text = "ISO8859-2\nłąka|1\n(noun)|pastwisko|błonie|trawnik\nżółw|2\n(noun)|gad\n(noun)|ślimak\n";
  assert.deepEqual(s.thesaurusPairs(iconv.encode(text, "iso-8859-2")), [["łąka", "pastwisko, błonie"], ["żółw", "gad"]]);
});

test("encnation cleanMessage: format directives and broken text are no cell", async () => {
  const s: Sources = await import(sourcesPath);
  assert.equal(s.cleanMessage("Nasze terytorium"), "Nasze terytorium");
  assert.equal(s.cleanMessage("%s: nie można"), null);
  assert.equal(s.cleanMessage("Neuspe\ufffdna prijava"), null);
});

const english = { names: ["John Smith", "Mary Jones"], places: ["Springfield", "Riverton", "Lakeside"], nations: ["Polish", "Czech"], words: ["river", "stone"], syn: ["green tea"], notes: ["Our territory", "Game saved", "Unit lost"] };
const half = (v: string) => (/^[ŁŻG]/.test(v) ? 0 : 1);
const polish = { lang: "pl", names: ["Wacław Łąkowski", "Zofia Żmuda", "Bolesław Śmiały"], places: ["Łódź", "Żółtki", "Gniewkowo", "Kraków", "Gdańsk"], nations: ["Polski"],
  words: ["łąka", "źdźbło"], syn: ["pastwisko, błonie"], notes: ["Nasze terytorium", "Gra zapisana"], english, halfOf: half };

test("encnation generateNationExports: deterministic, labels decode their files, halves keep their sources' values", async () => {
  const b: Build = await import(buildPath);
  const a = b.generateNationExports({ sources: [polish], seed: 3 });
  const again = b.generateNationExports({ sources: [polish], seed: 3 });
  assert.ok(a.length > 10);
  assert.deepEqual(a.map((f) => f.bytes.toString("hex")), again.map((f) => f.bytes.toString("hex")));
  for (const f of a) {
    const codec = ({ shift_jis: "cp932", ibm866: "cp866", "tis-620": "tis620", "euc-kr": "cp949" } as Record<string, string>)[f.encoding] ?? f.encoding;
    const text = iconv.decode(f.bytes, codec).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd"), f.path);
    // a held-out file never holds a tuning source's native value, nor the reverse
    for (const v of [...polish.places, ...polish.names]) if (/[^\x00-\x7f]/.test(v) && text.toLowerCase().includes(v.toLowerCase())) assert.equal(half(v), f.half, `${f.path}: ${v}`);
  }
});

test("encnation scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encnation-sources" });
  assert.match(r.table, /skipped: the encnation sources are not there/);
});
