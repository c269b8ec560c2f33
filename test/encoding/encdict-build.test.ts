// The encdict generator (scripts/corpus/encdict/): autocorrect lists read out of their zip files, SKK lines read into readings and words, per-language exports with English filler, every label decoding its file, symbols a page lacks written `?`, rows a page cannot hold dropped, halves split by language, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { madeTwice, zip } from "./helpers.js";

interface Entry { from: string; to: string; symbol: boolean; lang: string; source: string }
interface DictFile { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; dropped: number; replaced: number; rows: number }
type Sources = { loadEntries(dir: string): Entry[]; zipMember(b: Buffer, name: string): Buffer | null; AUTOCORR: string; SKK: string };
type Build = { generateDictionaryExports(o: { entries: Entry[]; seed?: number; halves?: number[] }): DictFile[] };
// plain .mjs scripts, without type declarations
const sourcesPath: string = "../../scripts/corpus/encdict/sources.mjs";
const buildPath: string = "../../scripts/corpus/encdict/build.mjs";
const scorerPath: string = "../../scripts/corpus/encdict.mjs";

const list = (pairs: [string, string][]) => `<?xml version="1.0" encoding="UTF-8"?>\n<block-list:block-list xmlns:block-list="http://openoffice.org/2001/block-list">${pairs.map(([a, b]) => `<block-list:block block-list:abbreviated-name="${a}" block-list:name="${b}"/>`).join("")}</block-list:block-list>`;

test("encdict loadEntries: autocorrect pairs out of the zip (entities decoded, `:name:` shortcuts marked symbols), SKK words with all-hiragana readings", async () => {
  const s: Sources = await import(sourcesPath);
  const dir = mkdtempSync(join(tmpdir(), "encdict-"));
  try {
    mkdirSync(join(dir, s.AUTOCORR), { recursive: true });
    writeFileSync(join(dir, s.AUTOCORR, "acor_de.dat"), zip([["mimetype", "application/vnd.sun.xml.ui", false], ["DocumentList.xml", list([["dasss", "dass"], [":herz:", "&#x2764;"], ["Strasze", "Straße"], ["R&amp;D", "F&amp;E"]]), true]]));
    mkdirSync(join(dir, "deb", "usr", "share", "skk"), { recursive: true });
    writeFileSync(join(dir, s.SKK), iconv.encode(";; okuri-nasi entries.\nみちあふr /満ち溢/\nげんしつ /玄室/原質/言質;げんち/\nげんしち /源七;名前/\nlisp /(concat \"x\")/\nABC /エービーシー/\n", "euc-jp"));
    const e = s.loadEntries(dir);
    assert.deepEqual(e.filter((x) => x.lang === "de").map((x) => [x.from, x.to, x.symbol]), [["dasss", "dass", false], [":herz:", "❤", true], ["Strasze", "Straße", false], ["R&D", "F&E", false]]);
    assert.deepEqual(e.filter((x) => x.source === "skk").map((x) => [x.from, x.to, x.lang]), [["げんしつ", "玄室", "ja"], ["げんしち", "源七", "ja"]]);
    assert.equal(s.zipMember(zip([["a.xml", "stored", false]]), "a.xml")?.toString(), "stored");
    assert.equal(s.zipMember(zip([["a.xml", "x", true]]), "b.xml"), null);
    assert.equal(s.loadEntries(join(dir, "nothing")).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const en = (k: number): Entry => ({ from: `teh${k}`, to: `the${k}`, symbol: false, lang: "en-US", source: "autocorrect" });
const entries: Entry[] = [
  ...Array.from({ length: 40 }, (_, k) => en(k)),
  { from: "naïve", to: "naïve", symbol: false, lang: "en-GB", source: "autocorrect" },
  ...Array.from({ length: 12 }, (_, k): Entry => ({ from: k % 3 ? `dasss${k}` : `Strasze${k}`, to: k % 3 ? `dass${k}` : `Straße ${k}`, symbol: false, lang: "de", source: "autocorrect" })),
  { from: ":herz:", to: "❤", symbol: true, lang: "de", source: "autocorrect" },
  { from: "bisschen–", to: "bisschen", symbol: false, lang: "de", source: "autocorrect" },
  ...Array.from({ length: 10 }, (_, k): Entry => ({ from: `:coeur ${k}:`, to: k % 2 ? "♥" : "✓", symbol: true, lang: "fr", source: "autocorrect" })),
  ...Array.from({ length: 8 }, (_, k): Entry => ({ from: `zrobic${k}`, to: `zrobić ${k}`, symbol: false, lang: "pl-PL", source: "autocorrect" })),
  ...Array.from({ length: 8 }, (_, k): Entry => ({ from: `げんし${k}`, to: `原子${k}`, symbol: false, lang: "ja", source: "skk" })),
];

test("encdict generateDictionaryExports: deterministic, labels decode their files, filler ASCII, a language's files in one half, symbols `?` in pages that lack them", async () => {
  const b: Build = await import(buildPath);
  const files = madeTwice(() => b.generateDictionaryExports({ entries, seed: 3 }));
  const pages = new Set(files.map((f) => f.encoding));
  for (const p of ["windows-1252", "cp850", "macintosh", "iso-8859-1", "windows-1250", "cp852", "shift_jis", "euc-jp"]) assert.ok(pages.has(p), p);
  const halves = new Map<string, Set<number>>();
  for (const f of files) {
    const text = iconv.decode(f.bytes, f.encoding).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd") && /[^\x00-\x7f]/.test(text), f.path);
    assert.ok(!/the\d+.*[^\x00-\x7f]/.test(text) && !text.includes("naïve"), `${f.path}: filler rows are ASCII English`);
    halves.set(f.language, (halves.get(f.language) ?? new Set()).add(f.half));
  }
  for (const [l, h] of halves) assert.equal(h.size, 1, l);
  assert.ok(!files.some((f) => f.language === "fr"), "no file for a language whose only non-ASCII is symbols");
  assert.ok(!files.some((f) => /^en-/.test(f.language)), "no file is made for the English filler");
  const legacyDe = files.filter((f) => f.language === "de" && !/^utf-/.test(f.encoding));
  assert.ok(legacyDe.some((f) => f.replaced > 0 && /:herz:"?[;,]"?\?/.test(iconv.decode(f.bytes, f.encoding))) || legacyDe.every((f) => !iconv.decode(f.bytes, f.encoding).includes(":herz:")), "❤ is written `?` in a legacy page");
  assert.ok(files.filter((f) => f.encoding === "iso-8859-1").every((f) => !iconv.decode(f.bytes, "latin1").includes("bisschen")) || files.some((f) => f.dropped > 0), "the en dash row is dropped in ISO-8859-1");
});

test("encdict scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: "/nonexistent-encdict-sources" });
  assert.match(r.table, /skipped: the encdict sources are not there/);
});
