// The encemoji generator (scripts/corpus/encemoji/): CLDR annotation files read into entries (each character's spoken name and keywords, regional locales and inheritance markers left out, `no` as `nb`), per-language exports with English filler in each language's pages, halves split by character with no text in both, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLanguageHalves, madeTwice } from "./helpers.js";

interface Entry { lang: string; code: string; kind: string; text: string }
interface EmojiFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; langOf(locale: string): string | null; codeOf(ch: string): string };
type Build = { generateEmojiExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): EmojiFile[]; halfOfCode(c: string): number };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encemoji/sources.mjs";
const buildPath: string = "../../scripts/corpus/encemoji/build.mjs";
const scorerPath: string = "../../scripts/corpus/encemoji.mjs";

const N = 40;
/** Per locale: the name and one keyword of character k. */
const LOCALES: Record<string, (k: number) => [string, string]> = {
  en: (k) => [`smiling face ${k}`, `smile ${k}`],
  is: (k) => [`brosandi andlit ${k}`, `þú og ég ${k}`],
  tr: (k) => [`gülen yüz ${k}`, `mutluluk ${k}`],
  he: (k) => [`פנים מחייכות ${k}`, `חיוך ${k}`],
  ja: (k) => [`笑顔 ${k}`, `にっこり ${k}`],
  hu: (k) => [`mosolygó arc ${k}`, `öröm ${k}`],
  ru: (k) => [`улыбающееся лицо ${k}`, `улыбка ${k}`],
  no: (k) => [`smilende ansikt ${k}`, `glød ${k}`],
  "de-CH": (k) => [`lächelndes Gesicht ${k}`, `Lächeln ${k}`],
};
const charOf = (k: number) => String.fromCodePoint(0x1f600 + k);

function sourcesIn(dir: string): void {
  for (const [loc, f] of Object.entries(LOCALES)) {
    const a: Record<string, { default: string[]; tts: string[] }> = {};
    for (let k = 0; k < N; k++) a[charOf(k)] = { default: [f(k)[1], k === 0 ? "↑↑↑" : "x".repeat(81)], tts: [f(k)[0]] };
    mkdirSync(join(dir, "annotations", loc), { recursive: true });
    writeFileSync(join(dir, "annotations", loc, "annotations.json"), JSON.stringify({ annotations: { identity: { language: loc }, annotations: a } }));
  }
}

test("encemoji langOf, codeOf: gettext-style codes, regional locales left out, code points as U+", async () => {
  const s: Sources = await import(sourcesPath);
  assert.deepEqual(["de", "no", "zh", "zh-Hant", "sr-Latn", "de-CH", "pt-PT", "und"].map(s.langOf), ["de", "nb", "zh_CN", "zh_TW", "sr@latin", null, null, null]);
  assert.equal(s.codeOf("🙋\u200d♀\ufe0f"), "U+1F64B U+200D U+2640 U+FE0F");
  assert.equal(s.codeOf("{"), "U+007B");
});

test("encemoji loadEntries: a name and keywords a character, inheritance markers and long texts left out", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encemoji-"));
  try {
    sourcesIn(dir);
    writeFileSync(join(dir, "annotations", "stray-file"), "not a folder");
    const e = s.loadEntries(dir);
    assert.equal(e.filter((x) => x.lang === "is").length, N * 2, "the spoken name and one usable keyword a character");
    assert.equal(e.filter((x) => x.lang === "de-CH" || x.lang === "de").length, 0, "a regional locale holds only what differs");
    assert.equal(e.filter((x) => x.lang === "nb").length, N * 2, "`no` is Bokmål");
    assert.ok(!e.some((x) => x.text.includes("↑") || x.text.length > 80));
    const is1 = e.find((x) => x.lang === "is" && x.code === "U+1F601" && x.kind === "keyword");
    assert.equal(is1?.text, "þú og ég 1");
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encemoji generateEmojiExports: deterministic, labels decode their files in each language's pages, filler ASCII, no text in both halves", async () => {
  const s: Sources = await import(sourcesPath);
  const b: Build = await import(buildPath);
  const dir = mkdtempSync(join(tmpdir(), "encemoji-"));
  try {
    sourcesIn(dir);
    const entries = s.loadEntries(dir);
    const files = madeTwice(() => b.generateEmojiExports({ entries, seed: 3 }));
    const pages = new Set(files.map((f) => f.encoding));
    for (const p of ["maciceland", "cp861", "cp865", "maccenteuro", "windows-1254", "cp857", "windows-1255", "shift_jis", "koi8-r", "ibm866"]) assert.ok(pages.has(p), p);
    assertLanguageHalves(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encemoji scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encemoji-sources" });
  assert.match(r.table, /skipped: the encemoji sources are not there/);
});
