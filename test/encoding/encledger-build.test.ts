// The encledger generator (scripts/corpus/encledger/): KMyMoney's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, KDE's accelerator ampersands, `%1` placeholders, markup, plural forms, unchanged messages and translator credits handled, British English and Valencian left out), per-language bookkeeping exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface LedgerFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string): string; usable(t: string): boolean };
type Build = { generateLedgerExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): LedgerFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encledger/sources.mjs";
const buildPath: string = "../../scripts/corpus/encledger/build.mjs";
const scorerPath: string = "../../scripts/corpus/encledger.mjs";

const N = 30;
/** Per locale: category k (its English: `Household costs k`). */
const CATEGORY: Record<string, (k: number) => string> = {
  pl: (k) => `Wydatki domowe ${k} źródło`,
  cs: (k) => `Výdaje domácnosti ${k} účet`,
  tr: (k) => `Ev giderleri ${k} İş ödemesi`,
  ru: (k) => `Расходы на дом ${k}`,
  el: (k) => `Έξοδα σπιτιού ${k}`,
  lt: (k) => `Namų išlaidos ${k}`,
  da: (k) => `Husholdning ${k} udgifter på kort`,
  de: (k) => `Haushaltskosten ${k} Gebühr`,
  fr: (k) => `Dépenses du ménage ${k}`,
  ko: (k) => `가계 지출 ${k}`,
  zh_TW: (k) => `家庭開支 ${k}`,
  en_GB: (k) => `Household costs ${k}`,
  "ca@valencia": (k) => `Despeses de la llar ${k} valencià`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Household costs ${k}`, CATEGORY[loc](k)]);
  pairs.push(["&New Account...", `&Nowe konto... ${loc}`], ["Payment to %1", `Płatność ${loc} %1`], ["<b>Payee</b>", `<b>${loc}</b>`], ["EUR", "EUR"],
    ["one transaction\u0000%1 transactions", `transakcja ${loc}\u0000transakcje`], ["@action\u0004&Reconcile", `&Uzgodnij ${loc}`],
    ["Your names", "Jan Kowalski ąę"], ["Profit && Loss", `Zysk && strata ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(CATEGORY)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "kmymoney.mo"), catalogue(loc));
  }
}

test("encledger langOf, shown, usable: second spellings and English left out, context and KDE's ampersands cut, credits and placeholders refused", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt", "pt_BR", "zh_TW", "zh_CN", "ca@valencia", "sr@latin", "en_GB", "de", "nds", "ug"].map(s.langOf),
    ["pt", "pt_BR", "zh_TW", "zh_CN", null, null, null, "de", "nds", "ug"]);
  assert.equal(s.shown("&New Account..."), "New Account...");
  assert.equal(s.shown("@action\u0004&Reconcile"), "Reconcile");
  assert.equal(s.shown("Profit && Loss"), "Profit & Loss");
  assert.equal(s.usable("Payment to %1"), false, "a KDE placeholder");
  assert.equal(s.usable("Your names"), false, "a translator credit");
  assert.equal(s.usable(s.shown("Profit && Loss")), false, "a literal ampersand left");
  assert.equal(s.usable("Scheduled transactions"), true);
});

test("encledger loadEntries: messages keyed by their English text; placeholders, markup, credits, unchanged and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encledger-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:household costs 3").map((x) => x.text), ["Ev giderleri 3 İş ödemesi"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 4, "English once each: the categories, `New Account...`, `EUR`, `one transaction`, `Reconcile`");
    assert.equal(e.filter((x) => x.text === "EUR").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("valencià")).length, 0, "ca@valencia is a second Catalan");
    assert.equal(e.filter((x) => x.text.includes("Kowalski")).length, 0, "translator credits are no wording");
    assert.equal(e.filter((x) => x.text.includes("strata")).length, 0, "a literal ampersand is left out");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 3);
    assert.ok(pl.some((x) => x.code === "en:new account..." && x.text === "Nowe konto... pl"));
    assert.ok(pl.some((x) => x.code === "en:one transaction" && x.text === "transakcja pl"));
    assert.ok(pl.some((x) => x.code === "en:reconcile" && x.text === "Uzgodnij pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encledger generateLedgerExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encledger-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateLedgerExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1253", "windows-1250", "windows-1257", "windows-1252", "cp865", "euc-kr", "big5", "cp850"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:reconcile") === 0 || b.halfOfCode("en:reconcile") === 1);
    assertLanguageHalves(files, (f, text) => assert.match(text.split(/\r\n|\r|\n/)[0], /^"?(account|date|payee|category|schedule|time)"?[,;\t]/i, f.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encledger scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encledger-sources" });
  assert.match(r.table, /skipped: the encledger sources are not there/);
});
