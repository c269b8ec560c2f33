// The encoffice generator (scripts/corpus/encoffice/): Evolution's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, mnemonic underscores, placeholders, markup, plural forms and unchanged messages handled, British English, Valencian Catalan and Serbian Latin left out), per-language groupware exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface OfficeFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string, isId?: boolean): string; usable(t: string): boolean };
type Build = { generateOfficeExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): OfficeFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encoffice/sources.mjs";
const buildPath: string = "../../scripts/corpus/encoffice/build.mjs";
const scorerPath: string = "../../scripts/corpus/encoffice.mjs";

const N = 30;
/** Per locale: contact k's delivery note (its English: `Deliver to the back office k`). */
const NOTE: Record<string, (k: number) => string> = {
  pl: (k) => `Dostawa do biura na zapleczu ${k} źródło`,
  cs: (k) => `Doručit do zadní kanceláře ${k} účet`,
  tr: (k) => `Arka ofise teslim et ${k} İş telefonu`,
  ru: (k) => `Доставить в бэк-офис ${k}`,
  el: (k) => `Παράδοση στο πίσω γραφείο ${k}`,
  lt: (k) => `Pristatyti į galinį biurą ${k} įrašas`,
  th: (k) => `ส่งไปที่สำนักงานด้านหลัง ${k}`,
  vi: (k) => `Giao đến văn phòng phía sau ${k}`,
  he: (k) => `משלוח למשרד האחורי ${k}`,
  ja: (k) => `バックオフィスへ配達 ${k}`,
  de: (k) => `An das Hinterbüro liefern ${k} Straße`,
  en_GB: (k) => `Deliver to the back office ${k}`,
  "sr@latin": (k) => `Dostaviti u zadnju kancelariju ${k} č`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Deliver to the back office ${k}`, NOTE[loc](k)]);
  pairs.push(["_Business Phone:", `_Telefon służbowy ${loc}:`], ["%s (Organizer)", `%s ${loc}`], ["<b>Attendees</b>", `<b>${loc}</b>`], ["URL", "URL"],
    ["one contact\u0000%d contacts", `kontakt ${loc}\u0000kontakty`], ["calendar\u0004_Open", `_Otwórz ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(NOTE)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "evolution.mo"), catalogue(loc));
  }
}

test("encoffice langOf, shown: gettext-style codes, second spellings and copies left out, context and mnemonics cut", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt", "pt_BR", "zh_TW", "zh_HK", "sr@latin", "ca@valencia", "en_GB", "he", "th"].map(s.langOf), ["pt", "pt_BR", "zh_TW", null, null, null, null, "he", "th"]);
  assert.equal(s.shown("_Business Phone:", true), "Business Phone:");
  assert.equal(s.shown("calendar\u0004_Open", true), "Open");
  assert.equal(s.usable("%s (Organizer)"), false);
  assert.equal(s.usable("Home Address"), true);
});

test("encoffice loadEntries: messages keyed by their English text; placeholders, markup, unchanged and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encoffice-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:deliver to the back office 3").map((x) => x.text), ["Arka ofise teslim et 3 İş telefonu"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 4, "English once each: the notes, `Business Phone:`, `URL`, `one contact`, `Open`; placeholders and markup left out");
    assert.equal(e.filter((x) => x.text === "URL").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("kancelariju")).length, 0, "sr@latin is a second Serbian");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 3);
    assert.ok(pl.some((x) => x.code === "en:business phone:" && x.text === "Telefon służbowy pl:"));
    assert.ok(pl.some((x) => x.code === "en:one contact" && x.text === "kontakt pl"));
    assert.ok(pl.some((x) => x.code === "en:open" && x.text === "Otwórz pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encoffice generateOfficeExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encoffice-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateOfficeExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1253", "windows-1250", "windows-1257", "windows-874", "windows-1258", "windows-1255", "shift_jis", "cp850"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:open") === 0 || b.halfOfCode("en:open") === 1);
    assertLanguageHalves(files, (f, text) => assert.match(text.split(/\r\n|\r|\n/)[0], /^"?(uid|event|task|rule)"?[,;\t]/i, f.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encoffice scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encoffice-sources" });
  assert.match(r.table, /skipped: the encoffice sources are not there/);
});
