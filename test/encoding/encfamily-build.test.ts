// The encfamily generator (scripts/corpus/encfamily/): Gramps' compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, mnemonics, placeholders, plural forms and unchanged messages handled, British English and Hong Kong Chinese left out), per-language exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface FamilyFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string, isId: boolean): string };
type Build = { generateFamilyExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): FamilyFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encfamily/sources.mjs";
const buildPath: string = "../../scripts/corpus/encfamily/build.mjs";
const scorerPath: string = "../../scripts/corpus/encfamily.mjs";

const N = 30;
/** Per locale: event k's description (its English: `Burial of person k`). */
const FAMILY: Record<string, (k: number) => string> = {
  is: (k) => `Greftrun einstaklings ${k} í kirkjugarði`,
  tr: (k) => `Kişi ${k} için defin`,
  he: (k) => `קבורה של אדם ${k}`,
  ru: (k) => `Погребение человека ${k}`,
  ja: (k) => `人物${k}の埋葬`,
  pl: (k) => `Pochówek osoby ${k}`,
  cs: (k) => `Pohřeb osoby ${k}`,
  lt: (k) => `Asmens ${k} laidojimas kapinėse`,
  en_GB: (k) => `Burial of person ${k}`,
  zh_HK: (k) => `人物${k}嘅葬禮`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Burial of person ${k}`, FAMILY[loc](k)]);
  pairs.push(["Place|_City:", `_Miasto ${loc}:`], ["%(name)s was born", `%(name)s ${loc}`], ["Same", "Same"], ["one child\u0000%d children", `dziecko ${loc}\u0000dzieci`], ["noun\u0004Date", `Data ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(FAMILY)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "gramps.mo"), catalogue(loc));
  }
}

test("encfamily langOf, shown: gettext-style codes, copies left out, context and mnemonics cut", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt_PT", "pt_BR", "zh_TW", "zh_HK", "en_GB", "nb", "de"].map(s.langOf), ["pt", "pt_BR", "zh_TW", null, null, "nb", "de"]);
  assert.equal(s.shown("Place|_City:", true), "City:");
  assert.equal(s.shown("_Miasto:", false), "Miasto:");
  assert.equal(s.shown("noun\u0004Date", true), "Date");
});

test("encfamily loadEntries: messages keyed by their English text; placeholders, unchanged and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encfamily-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "is" && x.code === "en:burial of person 3").map((x) => x.text), ["Greftrun einstaklings 3 í kirkjugarði"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 4, "English once each: the events, `City:`, `Same`, `one child`, `Date`; the placeholder left out");
    assert.equal(e.filter((x) => x.text === "Same").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("葬禮")).length, 0, "zh_HK is a second traditional Chinese");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 3);
    assert.ok(pl.some((x) => x.code === "en:city:" && x.text === "Miasto pl:"));
    assert.ok(pl.some((x) => x.code === "en:one child" && x.text === "dziecko pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encfamily generateFamilyExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encfamily-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateFamilyExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["maciceland", "cp861", "windows-1254", "cp857", "windows-1255", "shift_jis", "koi8-r", "ibm866", "windows-1250", "maccenteuro", "windows-1257", "cp775"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:burial") === 0 || b.halfOfCode("en:burial") === 1);
    assertLanguageHalves(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encfamily scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encfamily-sources" });
  assert.match(r.table, /skipped: the encfamily sources are not there/);
});
