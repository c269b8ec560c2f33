// The encchat generator (scripts/corpus/encchat/): Pidgin's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, mnemonic underscores, placeholders, markup, plural forms and unchanged messages handled, British English, Serbian Latin and the regional second copies left out, Sorani apart from Kurmanji), per-language chat-client exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface ChatFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string, isId?: boolean): string; usable(t: string): boolean };
type Build = { generateChatExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): ChatFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encchat/sources.mjs";
const buildPath: string = "../../scripts/corpus/encchat/build.mjs";
const scorerPath: string = "../../scripts/corpus/encchat.mjs";

const N = 30;
/** Per locale: status message k (its English: `Back in a moment k`). */
const NOTE: Record<string, (k: number) => string> = {
  pl: (k) => `Zaraz wracam ${k} źródło`,
  cs: (k) => `Hned jsem zpět ${k} účet`,
  tr: (k) => `Birazdan dönerim ${k} İş listesi`,
  ru: (k) => `Скоро вернусь ${k}`,
  el: (k) => `Επιστρέφω σε λίγο ${k}`,
  lt: (k) => `Tuoj grįšiu ${k} įrašas`,
  th: (k) => `เดี๋ยวกลับมา ${k}`,
  vi: (k) => `Quay lại ngay ${k}`,
  he: (k) => `אחזור בעוד רגע ${k}`,
  ja: (k) => `すぐ戻ります ${k}`,
  de: (k) => `Bin gleich zurück ${k} Größe`,
  en_GB: (k) => `Back in a moment ${k}`,
  "sr@latin": (k) => `Odmah se vraćam ${k} sobe`,
  es_AR: (k) => `Vuelvo en un momento ${k} cuarto`,
  ku_IQ: (k) => `زوو دەگەڕێمەوە ${k}`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Back in a moment ${k}`, NOTE[loc](k)]);
  pairs.push(["_Rotate Right", `Obróć w _prawo ${loc}`], ["%s (Event)", `%s ${loc}`], ["<b>Tags</b>", `<b>${loc}</b>`], ["JPEG", "JPEG"],
    ["one photo\u0000%d photos", `zdjęcie ${loc}\u0000zdjęcia`], ["photo\u0004_Open", `_Otwórz ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(NOTE)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "pidgin.mo"), catalogue(loc));
  }
}

test("encchat langOf, shown: gettext-style codes, second spellings and regional copies left out, Sorani apart, context and mnemonics cut", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt", "pt_BR", "zh_TW", "zh_HK", "sr@latin", "ca@valencia", "be@latin", "en_GB", "he", "th", "es_AR", "ar_SA", "bn_IN", "ku", "ku_IQ", "ms_MY"].map(s.langOf),
    ["pt", "pt_BR", "zh_TW", null, null, null, null, null, "he", "th", null, null, null, "ku", "ckb", "ms"]);
  assert.equal(s.shown("_Rotate Right", true), "Rotate Right");
  assert.equal(s.shown("photo\u0004_Open", true), "Open");
  assert.equal(s.usable("%s (Event)"), false);
  assert.equal(s.usable("Date Taken"), true);
});

test("encchat loadEntries: messages keyed by their English text; placeholders, markup, unchanged and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encchat-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:back in a moment 3").map((x) => x.text), ["Birazdan dönerim 3 İş listesi"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 4, "English once each: the names, `Rotate Right`, `JPEG`, `one photo`, `Open`; placeholders and markup left out");
    assert.equal(e.filter((x) => x.text === "JPEG").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("sobe")).length, 0, "sr@latin is a second Serbian");
    assert.equal(e.filter((x) => x.text.includes("cuarto")).length, 0, "es_AR is a second Spanish");
    assert.equal(e.filter((x) => x.lang === "ckb").length, N + 3, "ku_IQ is Sorani, a language of its own");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 3);
    assert.ok(pl.some((x) => x.code === "en:rotate right" && x.text === "Obróć w prawo pl"));
    assert.ok(pl.some((x) => x.code === "en:one photo" && x.text === "zdjęcie pl"));
    assert.ok(pl.some((x) => x.code === "en:open" && x.text === "Otwórz pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encchat generateChatExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encchat-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateChatExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1253", "windows-1250", "windows-1257", "windows-874", "windows-1258", "windows-1255", "shift_jis", "cp850"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:open") === 0 || b.halfOfCode("en:open") === 1);
    assertLanguageHalves(files, (f, text) => assert.match(text.split(/\r\n|\r|\n/)[0], /^"?(buddy|time|account|transfer)"?[,;\t]/i, f.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encchat scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encchat-sources" });
  assert.match(r.table, /skipped: the encchat sources are not there/);
});
