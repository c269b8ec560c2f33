// The encvideo generator (scripts/corpus/encvideo/): Kdenlive's compiled catalogues (.mo, read by encrows' moPairs) read into entries keyed by their English text (context, Qt's `&` accelerators and CJK `(&R)` ones, placeholders, markup, plural forms, unchanged messages and translator credits handled, British English and Valencian left out), per-language video-editing exports (bin, render log, effects, subtitles) with English filler in each language's pages, halves split by the English text with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice, mo } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface VideoFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[] };
type Build = { generateVideoExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): VideoFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encvideo/sources.mjs";
const buildPath: string = "../../scripts/corpus/encvideo/build.mjs";
const scorerPath: string = "../../scripts/corpus/encvideo.mjs";

const N = 30;
/** Per locale: a timeline label k (its English: `Fade in of clip k`). */
const LABEL: Record<string, (k: number) => string> = {
  pl: (k) => `Pojawianie się wycinka ${k} ścieżka`,
  cs: (k) => `Roztmívání klipu ${k} stopa`,
  hu: (k) => `Klip ${k} beúsztatása tűrés`,
  tr: (k) => `Klip ${k} için açılış geçişi`,
  ru: (k) => `Появление клипа ${k}`,
  uk: (k) => `Поява кліпу ${k} ефект`,
  el: (k) => `Εμφάνιση αποσπάσματος ${k}`,
  lt: (k) => `Įrašo ${k} išryškėjimas`,
  he: (k) => `הופעת קליפ ${k}`,
  ar: (k) => `ظهور المقطع ${k}`,
  ja: (k) => `クリップ ${k} のフェードイン`,
  de: (k) => `Einblenden von Clip ${k} Größe`,
  en_GB: (k) => `Fade in of clip ${k}`,
  "ca@valencia": (k) => `Esvaïment d'entrada del clip ${k} és`,
};

function catalogue(loc: string): Buffer {
  const pairs: [string, string][] = [["", "Content-Type: text/plain; charset=UTF-8\n"]];
  for (let k = 0; k < N; k++) pairs.push([`Fade in of clip ${k}`, LABEL[loc](k)]);
  pairs.push(["&Render", `&Renderuj ${loc}`], ["&Project", `プロジェクト ${loc}(&P)`], ["Audio && Video", `Dźwięk && obraz ${loc}`],
    ["%1 frames", `%1 klatek ${loc}`], ["<b>Clip</b>", `<b>${loc}</b>`], ["MLT", "MLT"], ["Your names", `Jan Kowalski ${loc}`],
    ["one frame\u0000%1 frames", `klatka ${loc}\u0000klatki`], ["effect\u0004&Name", `&Nazwa ${loc}`]);
  return mo(pairs);
}

function sourcesIn(dir: string): void {
  for (const loc of Object.keys(LABEL)) {
    const d = join(dir, "usr", "share", "locale", loc, "LC_MESSAGES");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "kdenlive.mo"), catalogue(loc));
  }
}

test("encvideo loadEntries: messages keyed by their English text; accelerators cut, placeholders, markup, unchanged, credits and second copies left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encvideo-"));
  try {
    sourcesIn(dir);
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "tr" && x.code === "en:fade in of clip 3").map((x) => x.text), ["Klip 3 için açılış geçişi"]);
    assert.ok(e.every((x) => x.kind === "video"));
    assert.equal(e.filter((x) => x.lang === "en").length, N + 6, "English once each: the clips, `Render`, `Project`, `Audio & Video`, `MLT`, `one frame`, `Name`");
    assert.equal(e.filter((x) => x.text === "MLT").length, 1, "a translation equal to its English is left out");
    assert.equal(e.filter((x) => x.text.includes("Kowalski")).length, 0, "translator credits are no wording of the program");
    assert.equal(e.filter((x) => x.text.includes("Esvaïment")).length, 0, "ca@valencia is a second Catalan");
    const pl = e.filter((x) => x.lang === "pl");
    assert.equal(pl.length, N + 5, "the five translated labels; `MLT` unchanged");
    assert.ok(pl.some((x) => x.code === "en:render" && x.text === "Renderuj pl"));
    assert.ok(pl.some((x) => x.code === "en:project" && x.text === "プロジェクト pl"));
    assert.ok(pl.some((x) => x.code === "en:audio & video" && x.text === "Dźwięk & obraz pl"));
    assert.ok(pl.some((x) => x.code === "en:one frame" && x.text === "klatka pl"));
    assert.ok(pl.some((x) => x.code === "en:name" && x.text === "Nazwa pl"));
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encvideo generateVideoExports: deterministic, labels decode their files in each language's pages, four export shapes, subtitle times in order, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encvideo-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateVideoExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["windows-1254", "cp857", "koi8-r", "ibm866", "windows-1251", "windows-1253", "windows-1250", "windows-1257", "windows-1255", "windows-1256", "shift_jis", "cp850"]) assert.ok(pages.has(p), p);
    assert.ok(b.halfOfCode("en:render") === 0 || b.halfOfCode("en:render") === 1);
    const shapes = new Set(files.map((f) => f.path.replace(/^.*-(\w+)\.csv$/, "$1")));
    assert.deepEqual([...shapes].sort(), ["bin", "effects", "render", "subtitles"]);
    assertLanguageHalves(files, (f, text) => {
      const lines = text.split(/\r\n|\r|\n/);
      assert.match(lines[0], /^"?(clip id|job|effect id|index)"?[,;\t]/i, f.path);
      if (!f.path.endsWith("-subtitles.csv")) return;
      const starts = lines.slice(1).map((l) => /(\d\d):(\d\d):(\d\d),(\d{3})/.exec(l)).filter((x) => x !== null).map((x) => ((+x[1] * 60 + +x[2]) * 60 + +x[3]) * 1000 + +x[4]);
      assert.ok(starts.length > 0 && starts.every((t, i) => i === 0 || t > starts[i - 1]), `${f.path}: subtitles start in order, .srt times`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encvideo scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encvideo-sources" });
  assert.match(r.table, /skipped: the encvideo sources are not there/);
});
