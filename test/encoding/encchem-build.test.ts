// The encchem generator (scripts/corpus/encchem/): Kalzium's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, Qt's `&` accelerators and CJK `(&F)` ones, placeholders, markup, plural forms, unchanged messages and translator credits handled, British English and Valencian left out), per-language chemistry exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface ChemFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string, isId?: boolean): string; usable(t: string): boolean };
type Build = { generateChemExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): ChemFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encchem/sources.mjs";
const buildPath: string = "../../scripts/corpus/encchem/build.mjs";
const scorerPath: string = "../../scripts/corpus/encchem.mjs";

const N = 30;
/** Per locale: a lab observation k (its English: `Boiling point of sample k`). */
const NOTE: Record<string, (k: number) => string> = {
  pl: (k) => `Temperatura wrzenia próbki ${k} źródło`,
  cs: (k) => `Bod varu vzorku ${k} účinek`,
  tr: (k) => `Örnek ${k} kaynama noktası`,
  ru: (k) => `Температура кипения образца ${k}`,
  el: (k) => `Σημείο βρασμού δείγματος ${k}`,
  lt: (k) => `Mėginio ${k} virimo temperatūra`,
  th: (k) => `จุดเดือดของตัวอย่าง ${k}`,
  he: (k) => `נקודת רתיחה של דגימה ${k}`,
  ja: (k) => `試料 ${k} の沸点`,
  de: (k) => `Siedepunkt der Probe ${k} Größe`,
  is: (k) => `Suðumark sýnis ${k} þó`,
  en_GB: (k) => `Boiling point of sample ${k}`,
  "ca@valencia": (k) => `Punt d'ebullició de la mostra ${k} és`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Boiling point of sample ${k}`, NOTE[loc](k)]);
  pairs.push(["&Tools", `&Narzędzia ${loc}`], ["&File", `ファイル ${loc}(&F)`], ["Acids && Bases", `Kwasy && zasady ${loc}`],
    ["%1 u", `%1 u ${loc}`], ["<b>Mass</b>", `<b>${loc}</b>`], ["pH", "pH"], ["Your names", `Jan Kowalski ${loc}`],
    ["one isotope\u0000%1 isotopes", `izotop ${loc}\u0000izotopy`], ["element\u0004&Name", `&Nazwa ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(NOTE)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "kalzium.mo"), catalogue(loc));
  }
}

test("encchem langOf, shown, usable: gettext-style codes, second spellings left out, Qt accelerators and context cut, credits left out", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt", "pt_BR", "zh_TW", "zh_CN", "ca@valencia", "en_GB", "he", "th", "nds", "hne"].map(s.langOf),
    ["pt", "pt_BR", "zh_TW", "zh_CN", null, null, "he", "th", "nds", "hne"]);
  assert.equal(s.shown("&Tools", true), "Tools");
  assert.equal(s.shown("ファイル(&F)", false), "ファイル");
  assert.equal(s.shown("Acids && Bases", true), "Acids & Bases", "a doubled ampersand is one shown ampersand");
  assert.equal(s.shown("element\u0004&Name", true), "Name");
  assert.equal(s.usable("%1 u"), false);
  assert.equal(s.usable("Your names"), false);
  assert.equal(s.usable("Melting point"), true);
});

test("encchem loadEntries: messages keyed by their English text; placeholders, markup, unchanged, credits and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encchem-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:boiling point of sample 3").map((x) => x.text), ["Örnek 3 kaynama noktası"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 6, "English once each: the samples, `Tools`, `File`, `Acids & Bases`, `pH`, `one isotope`, `Name`");
    assert.equal(e.filter((x) => x.text === "pH").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("Kowalski")).length, 0, "translator credits are no wording of the program");
    assert.equal(e.filter((x) => x.text.includes("és")).length, 0, "ca@valencia is a second Catalan");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 5, "the five translated labels; `pH` unchanged");
    assert.ok(pl.some((x) => x.code === "en:tools" && x.text === "Narzędzia pl"));
    assert.ok(pl.some((x) => x.code === "en:file" && x.text === "ファイル pl"));
    assert.ok(pl.some((x) => x.code === "en:acids & bases" && x.text === "Kwasy & zasady pl"));
    assert.ok(pl.some((x) => x.code === "en:one isotope" && x.text === "izotop pl"));
    assert.ok(pl.some((x) => x.code === "en:name" && x.text === "Nazwa pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encchem generateChemExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encchem-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateChemExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1253", "windows-1250", "windows-1257", "windows-874", "windows-1255", "shift_jis", "cp850", "cp861"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:tools") === 0 || b.halfOfCode("en:tools") === 1);
    assertLanguageHalves(files, (f, text) => assert.match(text.split(/\r\n|\r|\n/)[0], /^"?(Z|sample|term id|item)"?[,;\t]/i, f.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encchem scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encchem-sources" });
  assert.match(r.table, /skipped: the encchem sources are not there/);
});
