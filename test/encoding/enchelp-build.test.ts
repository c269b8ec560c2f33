// The enchelp generator (scripts/corpus/enchelp/): help pages and .po files read into entries (markup stripped, English and fuzzy or untranslated messages left out, regional locales dropped), per-language exports with English filler in each language's pages, halves split by source with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface HelpFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; plainOf(xml: string): string };
type Build = { generateHelpExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): HelpFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/enchelp/sources.mjs";
const buildPath: string = "../../scripts/corpus/enchelp/build.mjs";
const scorerPath: string = "../../scripts/corpus/enchelp.mjs";

const N = 30;
/** Per locale: a page's title and a paragraph for page k. */
const HELP: Record<string, (k: number) => [string, string]> = {
  C: (k) => [`Connect to a network ${k}`, `Open the <gui>system menu</gui> and click &quot;Wi-Fi&quot; ${k}.`],
  is: (k) => [`Tengjast neti ${k}`, `Opnaðu <gui>kerfisvalmyndina</gui> og smelltu á þráðlaust ${k}.`],
  tr: (k) => [`Ağa bağlanın ${k}`, `Sistem menüsünü açın ve kablosuz ağı seçin ${k}.`],
  he: (k) => [`התחברות לרשת ${k}`, `פתחו את תפריט המערכת ולחצו על הרשת ${k}.`],
  ru: (k) => [`Подключение к сети ${k}`, `Откройте системное меню и выберите сеть ${k}.`],
  ja: (k) => [`ネットワークに接続 ${k}`, `システムメニューを開いて、ネットワークを選択します ${k}。`],
  pl: (k) => [`Łączenie z siecią ${k}`, `Otwórz menu systemowe i kliknij żądaną sieć ${k}.`],
  es_AR: (k) => [`Conectarse ${k}`, `Abrí el menú ${k}.`],
};
/** A SuperTux level's .po in `lang`: message k's English text and its translation (dialogue lines marked as SuperTux writes them). */
const PO: Record<string, (k: number) => string> = {
  el: (k) => `#Ο Tux βρήκε την Penny ${k}!`,
  cs: (k) => `-Našel jsi tajnou skrýš ${k}!\n#Pokračuj dál.`,
};

function pageXml(title: string, para: string): string {
  return `<?xml version="1.0"?>\n<page xmlns="http://projectmallard.org/1.0/" id="x">\n<info><desc>short</desc></info>\n<title>${title}</title>\n<p>${para}</p>\n<p>${"x".repeat(301)}</p>\n</page>\n`;
}

function poText(lang: string): string {
  const blocks = [`msgid ""\nmsgstr ""\n"Language: ${lang}\\n"`];
  for (let k = 0; k < N; k++) blocks.push(`#: level${k}.stl:1\nmsgid "You found a secret area ${k}!"\nmsgstr "${PO[lang](k).replace(/\n/g, "\\n")}"`);
  blocks.push(`#, fuzzy\nmsgid "Fuzzy one"\nmsgstr "Zmatený ${lang}"`, `msgid "Untranslated"\nmsgstr ""`, `msgid "Same"\nmsgstr "Same"`);
  return blocks.join("\n\n") + "\n";
}

function sourcesIn(dir: string): void {
  for (const [loc, f] of Object.entries(HELP)) {
    const d = join(dir, "usr", "share", "help", loc, "gnome-help");
    mkdirSync(d, { recursive: true });
    for (let k = 0; k < N; k++) writeFileSync(join(d, `page-${k}.page`), pageXml(...f(k)));
  }
  const levels = join(dir, "usr", "share", "games", "supertux2", "levels", "world1");
  mkdirSync(levels, { recursive: true });
  for (const lang of Object.keys(PO)) writeFileSync(join(levels, `${lang}.po`), poText(lang));
}

test("enchelp langOf, plainOf: gettext-style codes, regional variants left out, markup and entities stripped", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["C", "de", "pt_BR", "zh_CN", "es_AR", "fr_CA", "cmn", "ms_MY", "sr@latin"].map(s.langOf), ["en", "de", "pt_BR", "zh_CN", null, null, null, "ms", "sr@latin"]);
  assert.equal(s.plainOf("Click <gui xref=\"a\">Connect</gui>\n   and &quot;OK&quot; &amp; go"), 'Click Connect and "OK" & go');
});

test("enchelp loadEntries: titles, descriptions and paragraphs a page, translated game messages, English, fuzzy and long texts left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "enchelp-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    const is0 = e.filter((x) => x.lang === "is" && x.code === "help:page-0");
    assert.deepEqual(is0.map((x) => x.kind).sort(), ["p", "title"], "the description `short` is English, the 301-letter paragraph too long");
    assert.equal(is0.find((x) => x.kind === "p")?.text, "Opnaðu kerfisvalmyndina og smelltu á þráðlaust 0.");
    assert.equal(e.filter((x) => x.lang === "en").length, N * 3, "English: title, paragraph and description a page");
    assert.equal(e.filter((x) => x.lang === "es_AR" || x.lang === "es").length, 0);
    const cs = e.filter((x) => x.lang === "cs");
    assert.equal(cs.length, N, "one a message: fuzzy, untranslated and unchanged ones left out");
    assert.equal(cs[3].text, "Našel jsi tajnou skrýš 3! Pokračuj dál.");
    assert.equal(cs[3].code, "game:You found a secret area 3!");
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("enchelp generateHelpExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "enchelp-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateHelpExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["maciceland", "cp861", "windows-1254", "cp857", "windows-1255", "shift_jis", "koi8-r", "ibm866", "windows-1250", "maccenteuro", "windows-1253", "cp737"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("help:page-1") === 0 || b.halfOfCode("help:page-1") === 1);
    assertLanguageHalves(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("enchelp scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-enchelp-sources" });
  assert.match(r.table, /skipped: the enchelp sources are not there/);
});
