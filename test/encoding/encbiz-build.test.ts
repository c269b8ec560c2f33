// The encbiz generator (scripts/corpus/encbiz/): Roundcube's .inc files and Tryton's .po files read into entries keyed by their English text (placeholders, fuzzy, untranslated and unchanged messages left out, regional copies dropped), per-language exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface BizFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; incPairs(php: string): [string, string][] };
type Build = { generateBusinessExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): BizFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encbiz/sources.mjs";
const buildPath: string = "../../scripts/corpus/encbiz/build.mjs";
const scorerPath: string = "../../scripts/corpus/encbiz.mjs";

const N = 30;
/** Per Roundcube locale: message k's label. */
const MAIL: Record<string, (k: number) => string> = {
  en_US: (k) => `Move message ${k} to trash`,
  is_IS: (k) => `Færa skilaboð ${k} í ruslið`,
  tr_TR: (k) => `İletiyi ${k} çöpe taşı`,
  he_IL: (k) => `העברת הודעה ${k} לאשפה`,
  ru_RU: (k) => `Переместить письмо ${k} в корзину`,
  ja_JP: (k) => `メッセージ ${k} をごみ箱へ移動`,
  ar_SA: (k) => `نقل الرسالة ${k}`,
};
/** Per Tryton locale: account k's name (its English: `Account Receivable k`). */
const ERP: Record<string, (k: number) => string> = {
  cs: (k) => `Pohledávky účet ${k}`,
  lt: (k) => `Gautinų sumų sąskaita ${k}`,
};

function incText(loc: string): string {
  const lines = ["<?php", "$labels = [];"];
  for (let k = 0; k < N; k++) lines.push(`$labels['move${k}'] = '${MAIL[loc](k).replace(/'/g, "\\'")}';`);
  lines.push(`$messages['welcome'] = 'Welcome to $product ${loc}';`, `$labels['same'] = 'OK';`);
  return lines.join("\n") + "\n";
}

function poText(lang: string): string {
  const blocks = [`msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"`];
  for (let k = 0; k < N; k++) blocks.push(`msgctxt "field:account.account,name:"\nmsgid "Account Receivable ${k}"\nmsgstr "${ERP[lang](k)}"`);
  blocks.push(`#, fuzzy\nmsgid "Fuzzy one"\nmsgstr "Zmatený ${lang}"`, `msgid "Untranslated"\nmsgstr ""`, `msgid "Same"\nmsgstr "Same"`, `msgid "Amount %(amount)s"\nmsgstr "Částka %(amount)s"`);
  return blocks.join("\n\n") + "\n";
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(MAIL)) {
    const d = join(dir, "usr", "share", "roundcube", "program", "localization", loc);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "labels.inc"), incText(loc));
  }
  const d = join(dir, "usr", "lib", "python3", "dist-packages", "trytond", "modules", "account", "locale");
  mkdirSync(d, { recursive: true });
  for (const lang of Object.keys(ERP)) writeFileSync(join(d, `${lang}.po`), poText(lang));
}

test("encbiz langOf, incPairs: gettext-style codes, second copies and English left out, PHP strings read", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["el_GR", "pt_BR", "pt_PT", "zh_TW", "ar_SA", "es_419", "en_GB", "de_CH", "ar", "kab", "sr_CS"].map(s.langOf), ["el", "pt_BR", "pt", "zh_TW", null, null, null, null, "ar", "kab", "sr"]);
  assert.deepEqual(s.incPairs(`$labels['a'] = 'l\\'été';\n$messages['b'] = "Вы  уверены?";\n$x['c'] = 'no';\n`), [["a", "l'été"], ["b", "Вы уверены?"]]);
});

test("encbiz loadEntries: webmail labels and ERP messages keyed by their English text; placeholders, fuzzy, unchanged and regional copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encbiz-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    const is3 = e.filter((x) => x.lang === "is" && x.code === "en:move message 3 to trash");
    assert.deepEqual(is3.map((x) => x.text), ["Færa skilaboð 3 í ruslið"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 1, "English: one a label and `OK`; the `$product` placeholder left out");
    assert.equal(e.filter((x) => x.text === "OK").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.lang === "ar").length, 0, "ar_SA is a second Arabic");
    const cs = e.filter((x) => x.lang === "cs");
    assert.equal(cs.length, N, "one a message: fuzzy, untranslated, unchanged and placeholder ones left out");
    assert.equal(cs[3].text, "Pohledávky účet 3");
    assert.equal(cs[3].code, "en:account receivable 3");
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encbiz generateBusinessExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encbiz-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateBusinessExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["maciceland", "cp861", "windows-1254", "cp857", "windows-1255", "shift_jis", "koi8-r", "ibm866", "windows-1250", "maccenteuro", "windows-1257", "cp775"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:credit") === 0 || b.halfOfCode("en:credit") === 1);
    assertLanguageHalves(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encbiz scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encbiz-sources" });
  assert.match(r.table, /skipped: the encbiz sources are not there/);
});
