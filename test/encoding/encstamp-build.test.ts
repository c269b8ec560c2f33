// The encstamp generator (scripts/corpus/encstamp/): Tux Paint stamp description files read into entries (English first line, `lang.utf8=` translations, empty ones left out), per-language exports with English filler in each language's pages (Icelandic DOS and Mac, Nordic DOS, Mac Central European among them), a symbol the page lacks written `?`, halves split by stamp with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice } from "./helpers.js";

interface Entry { lang: string; stamp: string; category: string; text: string; en: string }
interface StampFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; parseStampText(t: string): { en: string; tr: [string, string][] }; STAMPS: string };
type Build = { generateStampExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): StampFile[]; halfOfStamp(s: string): number; asPageHolds(codec: string, f: string): string | null };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encstamp/sources.mjs";
const buildPath: string = "../../scripts/corpus/encstamp/build.mjs";
const scorerPath: string = "../../scripts/corpus/encstamp.mjs";

const N = 40;
const LANGS: Record<string, (k: number) => string> = {
  is: (k) => `Þetta er frímerki númer ${k} með ð`,
  tr: (k) => `Bir kuş ve çiçek ${k}`,
  he: (k) => `בול מספר ${k}`,
  ja: (k) => `スタンプ${k}`,
  fr: (k) => (k % 2 ? `Une “grenouille” très verte ${k}` : `A frog ${k}`),
  hu: (k) => `Egy kőbéka és fűzfa ${k}`,
  nb: (k) => `En frosk på sjøen ${k}`,
};
const stampText = (k: number) => `A stamp number ${k}.\n${Object.entries(LANGS).map(([l, f]) => `${l}.utf8=${f(k)}`).join("\n")}\nde.utf8=\n`;

function sourcesIn(dir: string, s: Sources): void {
  for (let k = 0; k < N; k++) {
    const folder = join(dir, s.STAMPS, k % 2 ? "animals" : "food", "sub");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `stamp${k}.txt`), stampText(k));
    writeFileSync(join(folder, `stamp${k}.png`), "not read");
  }
}

test("encstamp parseStampText and loadEntries: the English line, translations by language, empty ones and C1 controls left out, stamp path and category", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(s.parseStampText("A frog.\r\nfr.utf8=Une grenouille.\nde.utf8=\nlv.utf8=Zaļa\u0093 varde.\n\n"), { en: "A frog.", tr: [["fr", "Une grenouille."], ["lv", "Zaļa varde."]] });
  const dir = mkdtempSync(join(tmpdir(), "encstamp-"));
  try {
    sourcesIn(dir, s);
    const e = s.loadEntries(dir);
    assert.equal(e.filter((x) => x.lang === "en").length, N);
    assert.equal(e.filter((x) => x.lang === "de").length, 0, "an empty translation is no entry");
    const is1 = e.find((x) => x.lang === "is" && x.stamp === "animals/sub/stamp1");
    assert.deepEqual([is1?.category, is1?.text, is1?.en], ["animals", "Þetta er frímerki númer 1 með ð", "A stamp number 1."]);
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encstamp asPageHolds: a symbol the page lacks becomes ?, a letter it lacks drops the field", async () => {
  const b: Build = await import(buildPath);
  assert.equal(b.asPageHolds("cp437", "Une “grenouille” verte"), "Une ?grenouille? verte");
  assert.equal(b.asPageHolds("windows-1252", "Une “grenouille”"), "Une “grenouille”");
  assert.equal(b.asPageHolds("cp437", "kőbéka"), null);
});

test("encstamp generateStampExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encstamp-"));
  try {
    sourcesIn(dir, s);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateStampExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["maciceland", "cp861", "cp865", "cp437", "maccenteuro", "windows-1254", "cp857", "windows-1255", "shift_jis", "windows-1252"]) assert.ok(pages.has(p), p);
    assertLanguageHalves(files, (f, text) => {
      if (f.encoding === "cp437") assert.ok(!text.includes("“"), `${f.path}: cp437 holds no curly quote`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encstamp scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encstamp-sources" });
  assert.match(r.table, /skipped: the encstamp sources are not there/);
});
