// The encwild builder (scripts/corpus/encwild/build.mjs) on sources of our own: declarations found where each kind of file keeps them, declared names normalised, labels settled on the bytes (UTF-8 lies, ISO-8859-1 over Windows quotes, pages that cannot hold the bytes), copies and ASCII files left out, hand labels, the 50-line cut, and the scorer's skip without sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layTree } from "../helpers/tree.js";
import iconv from "iconv-lite";

interface Row { path: string; label: string; declared: string; how: string; fix: string; source: string }
type Build = {
  normalLabel(n: string): string | null;
  settleLabel(b: Buffer, label: string | null): { label?: string; fix?: string | null; drop?: string };
  buildManifest(dir: string, o?: { perGroup?: number }): { rows: Row[]; dropped: Map<string, number> };
  writeManifest(dir: string, rows: Row[]): void;
  readManifest(dir: string): Row[] | null;
  firstLines(b: Buffer, n: number): Buffer;
};
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encwild/build.mjs";
const scorerPath: string = "../../scripts/corpus/encwild.mjs";

const lay = (files: Record<string, Buffer | string>): string => layTree("encwild-", files);

test("encwild normalLabel: hunspell, Windows, Emacs, Python and MySQL-free spellings to one label; unknown names null", async () => {
  const b: Build = await import(buildPath);
  const cases: [string, string | null][] = [["ISO8859-2", "iso-8859-2"], ["microsoft-cp1251", "windows-1251"], ["cp1257", "windows-1257"], ["KOI8-R", "koi8-r"], ["latin-1", "iso-8859-1"],
    ["latin9", "iso-8859-15"], ["euc_jp", "euc-jp"], ["TIS620-2533", "tis-620"], ["\ufeffUTF-8", "utf-8"], ["Shift_JIS", "shift_jis"], ["GB2312", "gbk"], ["armscii-8", null]];
  for (const [n, want] of cases) assert.equal(b.normalLabel(n), want, n);
});

test("encwild settleLabel: the bytes decide — UTF-8 under a legacy declaration, C1 bytes under ISO-8859-1, undefined bytes, ASCII-only files", async () => {
  const b: Build = await import(buildPath);
  assert.deepEqual(b.settleLabel(iconv.encode("žluťoučký kůň", "iso-8859-2"), "iso-8859-2"), { label: "iso-8859-2", fix: null });
  assert.match(b.settleLabel(Buffer.from("Grüße", "utf8"), "iso-8859-1").fix ?? "", /declared iso-8859-1, bytes are valid UTF-8/);
  const quoted = iconv.encode("“café” – naïve", "windows-1252");
  assert.deepEqual([b.settleLabel(quoted, "iso-8859-1").label, /0x80–0x9F/.test(b.settleLabel(quoted, "iso-8859-1").fix ?? "")], ["windows-1252", true]);
  // why dropped: 0x8A is Š in windows-1250 but 0xB9 is š in ISO-8859-2 and ą in windows-1250 — neither page reads this file alike
  assert.match(b.settleLabel(Buffer.from([0x8a, 0x61, 0xb9]), "iso-8859-2").drop ?? "", /C1 bytes/);
  assert.match(b.settleLabel(Buffer.from([0xff, 0xfe, 0x41]), "utf-8").drop ?? "", /declared UTF-8, bytes are not/);
  assert.match(b.settleLabel(Buffer.from("plain ascii"), "koi8-r").drop ?? "", /ASCII only/);
  assert.match(b.settleLabel(Buffer.from([0x81, 0x20]), "shift_jis").drop ?? "", /does not define/);
  assert.match(b.settleLabel(Buffer.from([0xe9]), null).drop ?? "", /does not know/);
});

test("encwild buildManifest: .aff SET for the .aff and its .dic, thesaurus and hyphenation first lines, gettext, XML, cookies, SET NAMES, codec twins, hand labels; one copy, capped per source", async () => {
  const b: Build = await import(buildPath);
  const ru = (s: string) => iconv.encode(s, "koi8-r");
  const dir = lay({
    "deb/x/hunspell-ru/usr/share/hunspell/ru_RU.aff": Buffer.concat([Buffer.from("SET KOI8-R\nTRY "), ru("оеаинтср\n")]),
    "deb/x/hunspell-ru/usr/share/hunspell/ru_RU.dic": Buffer.concat([Buffer.from("2\n"), ru("мир\nдом\n")]),
    "deb/x/myspell-ru/usr/share/hunspell/ru_RU.dic": Buffer.concat([Buffer.from("2\n"), ru("мир\nдом\n")]),
    "deb/x/mythes-pl/usr/share/mythes/th_pl_PL_v2.dat": Buffer.concat([Buffer.from("ISO8859-2\n"), iconv.encode("źródło|1\n(rzecz.)|początek\n", "iso-8859-2")]),
    "deb/x/hyphen-el/usr/share/hyphen/hyph_el_GR.dic": Buffer.concat([Buffer.from("ISO8859-7\n"), iconv.encode("1α\n1β\n", "iso-8859-7")]),
    "npm/x/pkg/po/tr.po": Buffer.concat([Buffer.from('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-9\\n"\n'), iconv.encode('msgid "Open"\nmsgstr "Aç şimdi"\n', "iso-8859-9")]),
    "npm/x/pkg/data/he.xml": Buffer.concat([Buffer.from("<?xml version='1.0' encoding='windows-1255'?>\n<a>"), iconv.encode("שלום עולם", "windows-1255"), Buffer.from("</a>\n")]),
    "npm/x/pkg/src/gr.py": Buffer.concat([Buffer.from("# -*- coding: iso-8859-7 -*-\n"), iconv.encode("s = 'καλημέρα'\n", "iso-8859-7")]),
    "deb/x/db-test/t/ctype_ujis.test": Buffer.concat([Buffer.from("SET NAMES ujis;\nSELECT '"), iconv.encode("日本語", "euc-jp"), Buffer.from("';\n")]),
    "deb/x/py/cjk/big5.txt": iconv.encode("中文字\n", "big5"),
    "deb/x/py/cjk/big5-utf8.txt": "中文字\n",
    "deb/x/fortunes-eo/proverbaro": iconv.encode("ĉiu ŝafo\n", "iso-8859-3"),
    "deb/x/fortunes-eo/README": iconv.encode("ĉiu ŝafo, ĝis\n", "iso-8859-3"),
    "hand-labels.tsv": "# path\tlabel\twhy\ndeb/x/fortunes-eo/proverbaro\tiso-8859-3\tthe folder says iso3\n",
    "deb/x/hunspell-en/usr/share/hunspell/en.aff": "SET ISO8859-1\nTRY esianrtol\n",
  });
  try {
    const { rows } = b.buildManifest(dir);
    const got = Object.fromEntries(rows.map((r) => [r.path.replace(/^(deb|npm)\/x\//, ""), `${r.label} ${r.how}`]));
    assert.deepEqual(got, {
      "hunspell-ru/usr/share/hunspell/ru_RU.aff": "koi8-r hunspell .aff SET",
      "hunspell-ru/usr/share/hunspell/ru_RU.dic": "koi8-r its .aff's SET",
      "mythes-pl/usr/share/mythes/th_pl_PL_v2.dat": "iso-8859-2 mythes first line",
      "hyphen-el/usr/share/hyphen/hyph_el_GR.dic": "iso-8859-7 hyphen first line",
      "pkg/po/tr.po": "iso-8859-9 gettext charset",
      "pkg/data/he.xml": "windows-1255 XML declaration",
      "pkg/src/gr.py": "iso-8859-7 coding cookie",
      "db-test/t/ctype_ujis.test": "euc-jp SQL SET NAMES",
      "py/cjk/big5.txt": "big5 codec fixture name, its UTF-8 twin",
      "fortunes-eo/proverbaro": "iso-8859-3 by hand: the folder says iso3",
    }, "the copy in myspell-ru, the ASCII .aff and the README nobody labelled are left out");
    assert.equal(rows.find((r) => r.path.endsWith("ru_RU.dic"))?.source, "hunspell-ru");
    b.writeManifest(dir, rows);
    assert.deepEqual(b.readManifest(dir), rows);
    assert.equal(b.buildManifest(dir, { perGroup: 1 }).rows.filter((r) => r.source === "hunspell-ru").length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("encwild firstLines: the file up to its 50th line feed, whole when shorter", async () => {
  const b: Build = await import(buildPath);
  const text = Buffer.from(Array.from({ length: 60 }, (_, i) => `l${i}\n`).join(""));
  assert.equal(b.firstLines(text, 50).toString(), Array.from({ length: 50 }, (_, i) => `l${i}\n`).join(""));
  assert.equal(b.firstLines(Buffer.from("a\nb"), 50).toString(), "a\nb");
});

test("encwild scorer: says it is skipped when the sources are not there", async () => {
  const s: { run(o: { sourcesDir: string }): Promise<{ table: string }> } = await import(scorerPath);
  const r = await s.run({ sourcesDir: join(tmpdir(), "encwild-no-such-folder") });
  assert.match(r.table, /skipped: the encwild sources are not there/);
});
