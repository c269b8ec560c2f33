// The encexport generator (scripts/corpus/encexport/build.mjs): the tools' shapes (delimiter, line end, BOM), one native value in sparse files, and halves that share no value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";

interface ExportFile { path: string; encoding: string; family: string; language: string; difficulty: string; half: number; bytes: Buffer }
type Build = { generateExports(o: { sources: unknown; seed?: number; halves?: number[]; world?: string[] }): ExportFile[]; codecOf(label: string): string };
type Sources = { loadSources(dir: string): unknown[] };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encexport/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encexport/sources.mjs";
const scorerPath: string = "../../scripts/corpus/encexport.mjs";
// why a fixture of our own: the test must run without the word lists, GeoNames and CLDR the real set reads
const { sources, world } = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "encexport", "tiny-sources.json"), "utf8"));

let made: ExportFile[] | undefined;
async function set(): Promise<ExportFile[]> {
  made ??= ((await import(buildPath)) as Build).generateExports({ sources, world, seed: 6 });
  return made;
}
async function textOf(f: ExportFile): Promise<string> {
  const { codecOf } = (await import(buildPath)) as Build;
  return iconv.decode(f.bytes, codecOf(f.encoding), { stripBOM: true });
}
const nonAscii = (s: string) => /[^\x00-\x7f]/.test(s);

test("the same seed makes the same files, in both halves, for every case", async () => {
  const a = await set();
  const b = ((await import(buildPath)) as Build).generateExports({ sources, world, seed: 6 });
  assert.deepEqual(a.map((f) => f.path), b.map((f) => f.path));
  assert.ok(a.every((f, i) => f.bytes.equals(b[i].bytes)));
  assert.deepEqual([...new Set(a.map((f) => f.difficulty))].sort(), ["normal", "oneword", "short", "sparse"]);
  assert.deepEqual([...new Set(a.map((f) => f.half))].sort(), [0, 1]);
});

test("each tool writes as it does: Excel ';' and CRLF in Europe, CR on the Mac, BOM and TAB in Unicode text", async () => {
  const files = await set();
  const one = (tool: string, lang: string) => files.find((f) => f.family === tool && f.language === lang && f.difficulty === "normal") as ExportFile;
  const win = await textOf(one("excel-win", "pl"));
  assert.equal(one("excel-win", "pl").encoding, "windows-1250");
  assert.ok(win.split("\r\n")[0].includes(";") && win.endsWith("\r\n"));
  const mac = one("excel-mac", "fr");
  assert.equal(mac.encoding, "macintosh");
  assert.ok(mac.bytes.includes(0x0d) && !mac.bytes.includes(0x0a));
  const uni = one("excel-unicode", "ru");
  assert.deepEqual([...uni.bytes.subarray(0, 2)], [0xff, 0xfe]);
  assert.ok((await textOf(uni)).split("\r\n")[0].includes("\t"));
  assert.equal(one("excel-win", "ja").encoding, "shift_jis");
  assert.equal(one("koi8", "ru").encoding, "koi8-r");
  for (const f of files) assert.ok(!(await textOf(f)).includes("\ufffd"), f.path);
});

test("sparse and one-word files hold exactly one non-ASCII row; short files hold only native rows", async () => {
  for (const f of await set()) {
    const rows = (await textOf(f)).split(/\r\n|\r|\n/).filter((l) => l !== "");
    const native = rows.filter(nonAscii);
    if (f.difficulty === "sparse" || f.difficulty === "oneword") assert.equal(native.length, 1, f.path);
    if (f.difficulty === "sparse") assert.ok(rows.length >= 51, f.path);
    if (f.difficulty === "short") assert.equal(native.length, rows.length - 1, f.path);
  }
});

test("the tuning half and the held-out half share no non-ASCII value", async () => {
  const values = async (half: number) => {
    const out = new Set<string>();
    for (const f of (await set()).filter((x) => x.half === half)) {
      for (const row of (await textOf(f)).split(/\r\n|\r|\n/)) for (const v of row.split(/[;,\t]/)) if (nonAscii(v)) out.add(v);
    }
    return out;
  };
  const tune = await values(0);
  const held = await values(1);
  assert.ok(tune.size > 10 && held.size > 10);
  assert.deepEqual([...tune].filter((v) => held.has(v)), []);
});

test("absent sources give no language, and the corpus section skips with a message", async () => {
  const { loadSources } = (await import(sourcesPath)) as Sources;
  const { run } = (await import(scorerPath)) as { run(o: { sourcesDir: string }): Promise<{ table: string; numbers: { skipped?: string } }> };
  const dir = mkdtempSync(join(tmpdir(), "encexport-"));
  try {
    assert.deepEqual(loadSources(join(dir, "absent")), []);
    const r = await run({ sourcesDir: join(dir, "absent") });
    assert.match(r.table, /^skipped: the encexport sources are not there/);
    assert.equal(r.numbers.skipped, r.table);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
