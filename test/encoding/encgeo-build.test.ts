// The encgeo generator (scripts/corpus/encgeo/): KGeography maps read into divisions (ignored ones left out, colours kept), their names and capitals translated through the catalogues' map contexts, Firefox's Vietnamese region names read out of the language pack, per-language exports with English filler in each language's pages, halves split by place with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo, zip } from "./helpers.js";

interface Entry { lang: string; map: string; name: string; capital: string; en: string; enCapital: string; colour: string; source: string }
interface GeoFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; MAPS: string; LOCALE: string; LANGPACK: string; REGIONS: string };
type Build = { generateGeographyExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): GeoFile[]; halfOfPlace(en: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encgeo/sources.mjs";
const buildPath: string = "../../scripts/corpus/encgeo/build.mjs";
const scorerPath: string = "../../scripts/corpus/encgeo.mjs";

const N = 40;
const division = (k: number) => `\t<division>\n\t\t<name>Place${k}</name>\n${k % 4 ? `\t\t<capital>Town${k}</capital>\n` : ""}\t\t<color><red>${k}</red><green>255</green><blue>0</blue></color>\n\t</division>\n`;
const kgm = `<?xml version="1.0" encoding="utf-8"?>\n<map>\n\t<name>Testland</name>\n\t<division>\n\t\t<name>Frontier</name>\n\t\t<ignore>yes</ignore>\n\t</division>\n${Array.from({ length: N }, (_, k) => division(k)).join("")}</map>\n`;
/** A catalogue translating every division and (but the last ten) capital of test.kgm through `tr`. */
const catalogue = (tr: (en: string) => string) => mo([["", "Content-Type: text/plain; charset=UTF-8\n"], ["Open Map", tr("Open Map")],
  ...Array.from({ length: N }, (_, k): [string, string] => [`test.kgm\u0004Place${k}`, tr(`Place${k}`)]),
  ...Array.from({ length: N - 10 }, (_, k): [string, string] => [`test.kgm\u0004Town${k}`, tr(`Town${k}`)])]);
const LANGS: Record<string, (en: string) => string> = {
  he: (en) => `${/Town/.test(en) ? "עיר" : "מחוז"} ${en.replace(/\D/g, "")}`,
  tr: (en) => `${/Town/.test(en) ? "Şehir" : "İl"} ${en.replace(/\D/g, "")}`,
  ja: (en) => `${/Town/.test(en) ? "市" : "県"}${en.replace(/\D/g, "")}`,
  de: (en) => (Number(en.replace(/\D/g, "")) % 2 ? `Bezirk Köln ${en.replace(/\D/g, "")}` : en),
};
const ftl = Array.from({ length: 30 }, (_, k) => `region-name-x${k} = Vùng số ${k}`).join("\n") + "\nregion-name-ad = Andorra\n";

function sourcesIn(dir: string, s: Sources): void {
  mkdirSync(join(dir, s.MAPS), { recursive: true });
  writeFileSync(join(dir, s.MAPS, "test.kgm"), kgm);
  for (const [lang, tr] of Object.entries(LANGS)) {
    mkdirSync(join(dir, s.LOCALE, lang, "LC_MESSAGES"), { recursive: true });
    writeFileSync(join(dir, s.LOCALE, lang, "LC_MESSAGES", "kgeography.mo"), catalogue(tr));
  }
  mkdirSync(join(dir, s.LANGPACK, ".."), { recursive: true });
  writeFileSync(join(dir, s.LANGPACK), zip([["manifest.json", "{}", false], [s.REGIONS, ftl, true]]));
}

test("encgeo loadEntries: divisions without the ignored ones, names and capitals through the map context (an untranslated capital empty), Vietnamese region names from the language pack", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encgeo-"));
  try {
    sourcesIn(dir, s);
    const e = s.loadEntries(dir);
    const en = e.filter((x) => x.lang === "en");
    assert.equal(en.length, N);
    assert.ok(!en.some((x) => x.name === "Frontier"));
    assert.deepEqual([en[1].name, en[1].capital, en[1].colour, en[0].capital], ["Place1", "Town1", "#01ff00", ""]);
    const he = e.filter((x) => x.lang === "he");
    assert.deepEqual([he[1].name, he[1].capital, he[1].en, he[1].enCapital], ["מחוז 1", "עיר 1", "Place1", "Town1"]);
    assert.equal(he.find((x) => x.en === "Place35")?.capital, "", "a capital the catalogue leaves untranslated is empty");
    const vi = e.filter((x) => x.lang === "vi");
    assert.deepEqual([vi.length, vi[2].name, vi[2].en, vi[2].source], [31, "Vùng số 2", "x2", "firefox"]);
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encgeo generateGeographyExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encgeo-"));
  try {
    sourcesIn(dir, s);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateGeographyExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1255", "iso-8859-8", "windows-1254", "iso-8859-9", "windows-1258", "shift_jis", "euc-jp", "windows-1252", "cp850"]) assert.ok(pages.has(p), p);
    assertLanguageHalves(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encgeo scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encgeo-sources" });
  assert.match(r.table, /skipped: the encgeo sources are not there/);
});
