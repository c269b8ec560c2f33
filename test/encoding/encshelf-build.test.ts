// The encshelf generator (scripts/corpus/encshelf/): Tellico's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, KDE accelerators, placeholders, markup, plural forms and unchanged messages handled, British English and Valencian Catalan left out), per-language catalogue exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface ShelfFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string): string; usableText(t: string): boolean };
type Build = { generateShelfExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): ShelfFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encshelf/sources.mjs";
const buildPath: string = "../../scripts/corpus/encshelf/build.mjs";
const scorerPath: string = "../../scripts/corpus/encshelf.mjs";

const N = 30;
/** Per locale: book k's shelf note (its English: `Signed first edition k`). */
const SHELF: Record<string, (k: number) => string> = {
  pl: (k) => `Pierwsze wydanie z podpisem ${k} półka źródeł`,
  cs: (k) => `První vydání s podpisem ${k} žádné poškození`,
  tr: (k) => `İmzalı ilk baskı ${k} çok iyi durumda`,
  ru: (k) => `Первое издание с автографом ${k}`,
  el: (k) => `Πρώτη έκδοση με υπογραφή ${k}`,
  lt: (k) => `Pirmasis leidimas su parašu ${k} įrašas`,
  ko: (k) => `서명된 초판 ${k}`,
  zh_CN: (k) => `签名初版 ${k}`,
  de: (k) => `Signierte Erstausgabe ${k} sehr gut erhalten Größe A5`,
  en_GB: (k) => `Signed first edition ${k}`,
  "ca@valencia": (k) => `Primera edició signada ${k} (valencià)`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Signed first edition ${k}`, SHELF[loc](k)]);
  pairs.push(["&Title:", `&Tytuł ${loc}:`], ["%1 (Sort by Count)", `%1 ${loc}`], ["<qt>The <i>Filter View</i></qt>", `<qt>${loc}</qt>`], ["VHS", "VHS"],
    ["one entry\u0000%1 entries", `wpis ${loc}\u0000wpisy`], ["set a value\u0004&Set", `&Ustaw ${loc}`], ["R&&B", `R&&B ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(SHELF)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "tellico.mo"), catalogue(loc));
  }
}

test("encshelf langOf, shown, usableText: gettext-style codes, copies left out, context and accelerators cut", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt", "pt_BR", "zh_TW", "ca@valencia", "en_GB", "nb", "de"].map(s.langOf), ["pt", "pt_BR", "zh_TW", null, null, "nb", "de"]);
  assert.equal(s.shown("&Title:"), "Title:");
  assert.equal(s.shown("set a value\u0004&Set"), "Set");
  assert.equal(s.shown("Check-&out..."), "Check-out...");
  assert.equal(s.shown("R&&B"), "R&B");
  assert.equal(s.usableText("R&B"), false, "a literal ampersand is left out");
  assert.equal(s.usableText("%1 (Sort by Count)"), false);
  assert.equal(s.usableText("Mint Mark"), true);
});

test("encshelf loadEntries: messages keyed by their English text; placeholders, markup, unchanged and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encshelf-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:signed first edition 3").map((x) => x.text), ["İmzalı ilk baskı 3 çok iyi durumda"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 4, "English once each: the notes, `Title:`, `VHS`, `one entry`, `Set`; placeholders, markup and `&` left out");
    assert.equal(e.filter((x) => x.text === "VHS").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("valencià") || x.lang === "ca").length, 0, "ca@valencia is a second Catalan");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 3);
    assert.ok(pl.some((x) => x.code === "en:title:" && x.text === "Tytuł pl:"));
    assert.ok(pl.some((x) => x.code === "en:one entry" && x.text === "wpis pl"));
    assert.ok(pl.some((x) => x.code === "en:set" && x.text === "Ustaw pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encshelf generateShelfExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encshelf-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateShelfExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1253", "cp737", "windows-1250", "maccenteuro", "windows-1257", "cp775", "euc-kr", "gbk", "cp850"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:title:") === 0 || b.halfOfCode("en:title:") === 1);
    assertLanguageHalves(files, (f, text) => assert.match(text.split(/\r\n|\r|\n/)[0], /^"?(id|loan|collection)"?[,;\t]/i, f.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encshelf scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encshelf-sources" });
  assert.match(r.table, /skipped: the encshelf sources are not there/);
});
