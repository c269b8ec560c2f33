// The encmoney generator (scripts/corpus/encmoney/): glibc locale files read by category (each category's `copy` followed on its own), export-shaped tables in the locale's money conventions, a share with signs as their only non-ASCII characters, every label decoding its file, halves split by locale, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLabelsAndHalves, madeTwice } from "./helpers.js";

interface MoneyFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; lettersFree: boolean }
interface Locale { locale: string; lang: string; currency: string; precedes: boolean; decimal: string; group: string; months: string[]; days: string[]; country: string; yes: string }
type Build = { generateMoneyExports(o: { sources: Locale[]; seed?: number; halves?: number[] }): MoneyFile[]; halvesOf(s: Locale[]): Map<string, number> };
type Sources = { loadSources(dir: string, wanted?: (lang: string) => boolean): Locale[] };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encmoney/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encmoney/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encmoney.mjs";

const u = (s: string) => [...s].map((c) => `<U${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`).join("");
const list = (xs: string[]) => xs.map((x) => `"${u(x)}"`).join(";/\n  ");
const MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const DAYS = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."];

function localeFile(money: string, extra = ""): string {
  return `comment_char %\nescape_char /\n% a locale of our own\nLC_MONETARY\n${money}\nEND LC_MONETARY\n\nLC_TIME\nabmon ${list(MONTHS)}\nabday ${list(DAYS)}\nEND LC_TIME\n\nLC_ADDRESS\ncountry_name "${u("Frankreich")}"\nEND LC_ADDRESS\n${extra}`;
}

test("encmoney loadSources: each category's copy is followed on its own (fr_BE's money is its own, its months fr_FR's)", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encmoney-"));
  try {
    const base = join(dir, "deb", "usr", "share", "i18n", "locales");
    mkdirSync(base, { recursive: true });
    writeFileSync(join(base, "fr_FR"), localeFile(`currency_symbol "${u("€")}"\nmon_decimal_point "${u(",")}"\nmon_thousands_sep "${u("\u202f")}"\np_cs_precedes 0\np_sep_by_space 1`));
    writeFileSync(join(base, "fr_BE"), `comment_char %\nescape_char /\nLC_MONETARY\ncurrency_symbol "${u("€")}"\nmon_decimal_point "${u(",")}"\nmon_thousands_sep "${u(".")}"\np_cs_precedes 1\nEND LC_MONETARY\nLC_TIME\ncopy "fr_FR"\nEND LC_TIME\nLC_ADDRESS\ncountry_name "${u("Belgique")}"\nEND LC_ADDRESS\n`);
    writeFileSync(join(base, "fr_FR@euro"), localeFile(""));
    const [be, fr] = s.loadSources(dir);
    assert.equal(be.locale, "fr_BE");
    assert.equal(be.group, ".");
    assert.equal(be.precedes, true);
    assert.deepEqual(be.months, MONTHS, "LC_TIME copied from fr_FR");
    assert.equal(be.country, "Belgique");
    assert.equal(fr.group, "\u202f");
    assert.equal(fr.precedes, false);
    assert.equal(s.loadSources(dir, (l) => l === "de").length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const fr = (locale: string, country: string): Locale => ({ locale, lang: "fr", currency: "€", precedes: false, decimal: ",", group: "\u202f", months: MONTHS, days: DAYS, country, yes: "oui", spaced: true, intCurrency: "EUR", fullDays: [], ampm: [], language: "français", phone: "33", no: "non" } as Locale);
const sources = [fr("fr_FR", "France"), fr("fr_BE", "Belgique"), fr("fr_CH", "Suisse")];

test("encmoney generateMoneyExports: deterministic, labels decode their files, a locale's files in one half, signs-only files", async () => {
  const b: Build = await import(buildPath);
  const files = madeTwice(() => b.generateMoneyExports({ sources, seed: 3 }));
  assert.ok(files.some((f) => f.encoding === "windows-1252") && files.some((f) => f.encoding === "cp850") && files.some((f) => f.encoding === "macintosh"));
  const half = b.halvesOf(sources);
  assert.notEqual(half.get("fr_BE"), half.get("fr_CH"), "a language's locales alternate between the halves (in name order)");
  for (const f of files) assert.equal(f.half, half.get(f.language), f.path);
  assertLabelsAndHalves(files, ["Belgique", "France", "Suisse"], () => 0);
  const signsOnly = files.filter((f) => f.lettersFree && f.encoding === "windows-1252");
  assert.ok(signsOnly.length > 3, "files whose only non-ASCII characters are signs");
  for (const f of files.filter((x) => x.difficulty === "symbols")) assert.ok(f.lettersFree, `${f.path} has a non-ASCII letter`);
});

test("encmoney scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encmoney-sources" });
  assert.match(r.table, /skipped: the encmoney sources are not there/);
});
