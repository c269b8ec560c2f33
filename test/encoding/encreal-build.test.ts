// The encreal generator (scripts/corpus/encreal/build.mjs): every label decodes its file, and each case holds what it says (sparse, cut, mixed, BOM, guest).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

interface RealFile { path: string; encoding: string; family: string; language: string; difficulty: string; bytes: Buffer }
type Build = { generateReal(o: { tables: unknown; seed?: number }): RealFile[] };
type EncsetBuild = { labelCodec(label: string): string };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encreal/build.mjs";
const encsetPath: string = "../../scripts/corpus/encset/build.mjs";
// why a fixture of our own: the test must run without the package files and iso-codes the real set reads
const tables = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "encreal", "tiny-tables.json"), "utf8"));

let made: RealFile[] | undefined;
async function set(): Promise<RealFile[]> {
  made ??= ((await import(buildPath)) as Build).generateReal({ tables, seed: 5 });
  return made;
}
const nonAsciiLines = (s: string) => s.split(/\r\n|\n/).filter((l) => /[^\x00-\x7f]/.test(l));

test("the same seed makes the same files; every case is there", async () => {
  const a = await set();
  const b = ((await import(buildPath)) as Build).generateReal({ tables, seed: 5 });
  assert.deepEqual(a.map((f) => f.path), b.map((f) => f.path));
  assert.ok(a.every((f, i) => f.bytes.equals(b[i].bytes)));
  const cases = new Set(a.map((f) => f.difficulty));
  for (const c of ["normal", "short", "sparse-first", "sparse-last", "cut", "mixed", "bom"]) assert.ok(cases.has(c), c);
});

test("Polish goes to the pages that serve it, Japanese to its own; the labels decode the text back", async () => {
  const { labelCodec } = (await import(encsetPath)) as EncsetBuild;
  const files = await set();
  const pages = (lang: string) => new Set(files.filter((f) => f.language === lang && f.difficulty === "normal").map((f) => f.encoding));
  assert.deepEqual([...pages("pl")].sort(), ["iso-8859-16", "iso-8859-2", "windows-1250"]);
  assert.deepEqual([...pages("ja")].sort(), ["euc-jp", "shift_jis"]);
  for (const f of files.filter((x) => x.difficulty === "normal")) {
    assert.ok(iconv.decode(f.bytes, labelCodec(f.encoding)).includes(f.language === "ja" ? "東京" : f.language === "pl" ? "Kraków" : "Gebühren"), f.path);
  }
});

test("sparse files hold one non-ASCII row among thousands, first or last", async () => {
  const { labelCodec } = (await import(encsetPath)) as EncsetBuild;
  for (const f of (await set()).filter((x) => x.difficulty.startsWith("sparse-") && x.encoding !== "utf-8")) {
    const text = iconv.decode(f.bytes, labelCodec(f.encoding));
    const rows = text.split(/\r\n|\n/).filter((l) => l !== "");
    assert.ok(rows.length > 2000, f.path);
    const at = rows.findIndex((l) => /[^\x00-\x7f]/.test(l));
    assert.equal(nonAsciiLines(text).length, 1, f.path);
    assert.ok(f.difficulty === "sparse-first" ? at <= 10 : at >= rows.length - 3, `${f.path}: row ${at}`);
  }
});

test("cut files end inside a character; mixed files are UTF-8 but for one row", async () => {
  const files = await set();
  const cut = files.filter((f) => f.difficulty === "cut");
  assert.ok(cut.length >= 3);
  for (const f of cut.filter((x) => x.encoding === "utf-8")) {
    const text = f.bytes.toString("utf8");
    assert.ok(text.endsWith("\ufffd") && !text.slice(0, -1).includes("\ufffd"), f.path);
  }
  for (const f of files.filter((x) => x.difficulty === "mixed")) {
    const bad = f.bytes.toString("utf8").split("\n").filter((l) => l.includes("\ufffd"));
    assert.equal(bad.length, 1, f.path);
    assert.ok(nonAsciiLines(f.bytes.toString("utf8")).length >= 3, f.path);
  }
});

test("BOM files start with the BOM of their encoding", async () => {
  for (const f of (await set()).filter((x) => x.difficulty === "bom")) {
    const bom = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff] }[f.encoding as "utf-8"];
    assert.deepEqual([...f.bytes.subarray(0, bom.length)], bom, f.path);
  }
});
