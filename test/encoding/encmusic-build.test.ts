// The encmusic generator (scripts/corpus/encmusic/): Rhythmbox's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, mnemonic underscores, placeholders, markup, plural forms and unchanged messages handled, British English, Valencian Catalan and Serbian Latin left out), per-language music-library exports with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface MusicFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; shown(msg: string, isId?: boolean): string; usable(t: string): boolean };
type Build = { generateMusicExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): MusicFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encmusic/sources.mjs";
const buildPath: string = "../../scripts/corpus/encmusic/build.mjs";
const scorerPath: string = "../../scripts/corpus/encmusic.mjs";

const N = 30;
/** Per locale: playlist k's name (its English: `Songs for the back room k`). */
const NOTE: Record<string, (k: number) => string> = {
  pl: (k) => `Piosenki do pokoju na zapleczu ${k} źródło`,
  cs: (k) => `Písně do zadní místnosti ${k} účet`,
  tr: (k) => `Arka oda için şarkılar ${k} İş listesi`,
  ru: (k) => `Песни для задней комнаты ${k}`,
  el: (k) => `Τραγούδια για το πίσω δωμάτιο ${k}`,
  lt: (k) => `Dainos galiniam kambariui ${k} įrašas`,
  th: (k) => `เพลงสำหรับห้องด้านหลัง ${k}`,
  vi: (k) => `Bài hát cho phòng phía sau ${k}`,
  he: (k) => `שירים לחדר האחורי ${k}`,
  ja: (k) => `奥の部屋の曲 ${k}`,
  de: (k) => `Lieder für das Hinterzimmer ${k} Größe`,
  en_GB: (k) => `Songs for the back room ${k}`,
  "sr@latin": (k) => `Pesme za zadnju sobu ${k} č`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Songs for the back room ${k}`, NOTE[loc](k)]);
  pairs.push(["_Play Count:", `_Liczba odtworzeń ${loc}:`], ["%s (Artist)", `%s ${loc}`], ["<b>Album</b>", `<b>${loc}</b>`], ["URL", "URL"],
    ["one song\u0000%d songs", `utwór ${loc}\u0000utwory`], ["podcast\u0004_Open", `_Otwórz ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(NOTE)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "rhythmbox.mo"), catalogue(loc));
  }
}

test("encmusic langOf, shown: gettext-style codes, second spellings and copies left out, context and mnemonics cut", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["pt", "pt_BR", "zh_TW", "zh_HK", "sr@latin", "ca@valencia", "en_GB", "he", "th"].map(s.langOf), ["pt", "pt_BR", "zh_TW", null, null, null, null, "he", "th"]);
  assert.equal(s.shown("_Play Count:", true), "Play Count:");
  assert.equal(s.shown("podcast\u0004_Open", true), "Open");
  assert.equal(s.usable("%s (Artist)"), false);
  assert.equal(s.usable("Last Played"), true);
});

test("encmusic loadEntries: messages keyed by their English text; placeholders, markup, unchanged and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encmusic-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:songs for the back room 3").map((x) => x.text), ["Arka oda için şarkılar 3 İş listesi"]);
    assert.equal(e.filter((x) => x.lang === "en").length, N + 4, "English once each: the notes, `Play Count:`, `URL`, `one song`, `Open`; placeholders and markup left out");
    assert.equal(e.filter((x) => x.text === "URL").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("sobu")).length, 0, "sr@latin is a second Serbian");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 3);
    assert.ok(pl.some((x) => x.code === "en:play count:" && x.text === "Liczba odtworzeń pl:"));
    assert.ok(pl.some((x) => x.code === "en:one song" && x.text === "utwór pl"));
    assert.ok(pl.some((x) => x.code === "en:open" && x.text === "Otwórz pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encmusic generateMusicExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encmusic-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateMusicExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1253", "windows-1250", "windows-1257", "windows-874", "windows-1258", "windows-1255", "shift_jis", "cp850"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:open") === 0 || b.halfOfCode("en:open") === 1);
    assertLanguageHalves(files, (f, text) => assert.match(text.split(/\r\n|\r|\n/)[0], /^"?(track|playlist|feed|station)"?[,;\t]/i, f.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encmusic scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encmusic-sources" });
  assert.match(r.table, /skipped: the encmusic sources are not there/);
});
