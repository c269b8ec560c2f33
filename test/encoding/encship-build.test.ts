// The encship builder (scripts/corpus/encship/build.mjs) on sources of our own: fixtures named by their page, hunspell test cases by their .aff (SET or its ISO8859-1 default), .dbf by .cpg and exported to CSV with bytes unchanged, test and hand labels, part-UTF-8 files left out, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layTree } from "../helpers/tree.js";
import iconv from "iconv-lite";

interface Row { path: string; label: string; declared: string; how: string; fix: string; source: string }
type Build = {
  pageOfName(rel: string): string | null;
  mixedUtf8(b: Buffer): boolean;
  dbfAsCsv(b: Buffer): Buffer;
  buildManifest(dir: string, o?: { perGroup?: number }): { rows: Row[]; dropped: Map<string, number> };
};
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encship/build.mjs";
const scorerPath: string = "../../scripts/corpus/encship.mjs";

const lay = (files: Record<string, Buffer | string>): string => layTree("encship-", files);

/** A dBASE III file of character fields, each record's values as given bytes (padded with spaces). */
function dbf(fields: [string, number][], records: Buffer[][], deleted: number[] = []): Buffer {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, [, w]) => n + w, 0);
  const head = Buffer.alloc(headerLength);
  head[0] = 0x03;
  head.writeUInt32LE(records.length, 4);
  head.writeUInt16LE(headerLength, 8);
  head.writeUInt16LE(recordLength, 10);
  fields.forEach(([name, width], i) => {
    head.write(name, 32 + 32 * i, "latin1");
    head[32 + 32 * i + 11] = 0x43; // C
    head[32 + 32 * i + 16] = width;
  });
  head[headerLength - 1] = 0x0d;
  const rows = records.map((values, r) => Buffer.concat([Buffer.from(deleted.includes(r) ? "*" : " "), ...values.map((v, i) => Buffer.concat([v, Buffer.alloc(fields[i][1] - v.length, 0x20)]))]));
  return Buffer.concat([head, ...rows, Buffer.from([0x1a])]);
}

test("encship pageOfName: ICU and Mozilla-style fixture names to a page; language suffixes cut; 8859-8-i as 8859-8; other names null", async () => {
  const b: Build = await import(buildPath);
  const cases: [string, string | null][] = [["t/IUC10-ru/KOI8-R.txt", "koi8-r"], ["t/encodings/windows_1251", "windows-1251"], ["t/encodings/iso88592_cs", "iso-8859-2"],
    ["t/fixtures/iso-8859-8-i.txt", "iso-8859-8"], ["t/encodings/shiftjis", "shift_jis"], ["t/encodings/euc_kr", "euc-kr"], ["t/fixtures/readme.txt", null], ["t/data/latin1.srt", "iso-8859-1"]];
  for (const [n, want] of cases) assert.equal(b.pageOfName(n), want, n);
});

test("encship mixedUtf8: UTF-8 words beside a Latin-1 byte are mixed; Latin-1 alone, UTF-8 alone and one chance pair are not", async () => {
  const b: Build = await import(buildPath);
  assert.equal(b.mixedUtf8(Buffer.concat([Buffer.from("# Björn Jacke, Kühn\n", "utf8"), Buffer.from([0x53, 0xc9, 0x0a])])), true);
  assert.equal(b.mixedUtf8(iconv.encode("für März, Größe\n", "latin1")), false);
  assert.equal(b.mixedUtf8(Buffer.from("für März, Größe\n", "utf8")), false);
  assert.equal(b.mixedUtf8(iconv.encode("Ã© é è à ù ô\n", "latin1")), false, "one accidental pair among many Latin-1 letters");
});

test("encship dbfAsCsv: header of field names, one CSV line a live record, bytes of the page unchanged, quotes where needed, deleted records left out", async () => {
  const b: Build = await import(buildPath);
  const cz = (s: string) => iconv.encode(s, "windows-1250");
  const file = dbf([["NAME", 16], ["NOTE", 8]], [[cz("Hněvošický háj"), Buffer.from("a,b")], [cz("gone"), Buffer.from("x")], [cz("Žďár"), Buffer.from('say "hi"')]], [1]);
  const csv = b.dbfAsCsv(file);
  assert.deepEqual(csv, Buffer.concat([Buffer.from("NAME,NOTE\n"), cz("Hněvošický háj"), Buffer.from(',"a,b"\n'), cz("Žďár"), Buffer.from(',"say ""hi"""\n')]));
});

test("encship buildManifest: page-named fixtures, hunspell cases by their .aff (SET, else ISO8859-1), .dbf by .cpg as CSV, test and hand labels; part-UTF-8 and ASCII files left out", async () => {
  const b: Build = await import(buildPath);
  const ru = (s: string) => iconv.encode(s, "koi8-r");
  const hu = (s: string) => iconv.encode(s, "iso-8859-2");
  const dir = lay({
    "npm/x/det-1.0.0/package/tests/fixtures/charset-detection/IUC10-ru/KOI8-R.txt": ru("Европа и Интернет\n"),
    "npm/x/det-1.0.0/package/tests/fixtures/charset-detection/IUC10-ru/windows-1251.txt": iconv.encode("Европа и Интернет\n", "windows-1251"),
    "npm/x/hun-2.0.0/package/src/hunspell/tests/condition.aff": Buffer.concat([Buffer.from("SET ISO8859-2\nTRY "), hu("áéíóúőű\n")]),
    "npm/x/hun-2.0.0/package/src/hunspell/tests/condition.good": hu("érték\nőrült\n"),
    "npm/x/hun-2.0.0/package/src/hunspell/tests/sharps.aff": "PFX A Y 1\n",
    "npm/x/hun-2.0.0/package/src/hunspell/tests/sharps.dic": iconv.encode("1\nmüßig\n", "latin1"),
    "npm/x/hun-2.0.0/package/src/hunspell/tests/phone.aff": Buffer.concat([Buffer.from("SET ISO8859-1\n# Björn Jacke, Kühn\n", "utf8"), Buffer.from([0x53, 0xc9, 0x0a])]),
    "npm/x/shp-0.3.1/package/test/cz.dbf": dbf([["NAME", 16]], [[iconv.encode("Žďár nad Sázavou", "windows-1250")]]),
    "npm/x/shp-0.3.1/package/test/cz.cpg": "1250\n",
    "npm/x/shp-0.3.1/package/test/plain.dbf": dbf([["NAME", 8]], [[Buffer.from("Oslo")]]),
    "npm/x/shp-0.3.1/package/test/plain.cpg": "UTF-8\n",
    "npm/x/lib-0.2.0/package/test/gbkFile.txt": iconv.encode("百度一下，你就知道\n", "gbk"),
    "npm/x/sub-2.0.5/package/test/fixtures/film.srt": iconv.encode("1\n00:00:01,000 --> 00:00:02,000\n84°F\n", "windows-1252"),
    "test-labels.tsv": "# path\tlabel\twhy\nnpm/x/lib-0.2.0/package/test/gbkFile.txt\tgbk\tthe gbk test decodes it\n",
    "hand-labels.tsv": "# path\tlabel\twhy\nnpm/x/sub-2.0.5/package/test/fixtures/film.srt\twindows-1252\tone ° in 84°F\n",
  });
  try {
    const { rows, dropped } = b.buildManifest(dir);
    const got = Object.fromEntries(rows.map((r) => [r.path.replace(/^npm\/x\//, ""), `${r.label} ${r.how}`]));
    assert.deepEqual(got, {
      "det-1.0.0/package/tests/fixtures/charset-detection/IUC10-ru/KOI8-R.txt": "koi8-r fixture named by its page (the test asserts it)",
      "det-1.0.0/package/tests/fixtures/charset-detection/IUC10-ru/windows-1251.txt": "windows-1251 fixture named by its page (the test asserts it)",
      "hun-2.0.0/package/src/hunspell/tests/condition.aff": "iso-8859-2 hunspell test case: its .aff's SET",
      "hun-2.0.0/package/src/hunspell/tests/condition.good": "iso-8859-2 hunspell test case: its .aff's SET",
      "hun-2.0.0/package/src/hunspell/tests/sharps.dic": "iso-8859-1 hunspell test case: its .aff's SET",
      "shp-0.3.1/package/test/cz.dbf": "windows-1250 dBASE .cpg beside the .dbf",
      "lib-0.2.0/package/test/gbkFile.txt": "gbk test expectation: the gbk test decodes it",
      "sub-2.0.5/package/test/fixtures/film.srt": "windows-1252 by hand: one ° in 84°F",
    }, "phone.aff (part UTF-8) and plain.dbf (ASCII) are left out");
    assert.equal(dropped.get("part UTF-8, part legacy bytes (no single page reads it)"), 1);
    assert.equal(rows.find((r) => r.path.endsWith("cz.dbf"))?.source, "shp-0.3.1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encship scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: join(tmpdir(), "encship-no-such-folder") });
  assert.match(r.table, /skipped: the encship sources are not there/);
});
