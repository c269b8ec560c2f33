// The encprose generator (scripts/corpus/encprose/): same seed, same bytes; every label decodes its file; classes hold what they say; the groff and locale readers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

interface ProseFile { path: string; encoding: string; family: string; language: string; difficulty: string; lookalike?: string; bytes: Buffer }
type Build = {
  generateProse(o: { texts: unknown; seed?: number; scale?: string }): ProseFile[];
  labelCodec(label: string): string;
};
type Sources = { groffText(line: string): string | null; manSentences(src: string): string[]; namesIn(text: string): string[] };
// plain .mjs scripts, without type declarations
const buildPath: string = "../../scripts/corpus/encprose/build.mjs";
const sourcesPath: string = "../../scripts/corpus/encprose/sources.mjs";
// why a fixture of our own: the test must run without the Debian man pages and locales the real set reads
const texts = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "encprose", "tiny-texts.json"), "utf8"));

let full: ProseFile[] | undefined;
/** The full-scale set from the fixture, made once for the tests below (a few seconds). */
async function fullSet(): Promise<ProseFile[]> {
  const { generateProse } = (await import(buildPath)) as Build;
  full ??= generateProse({ texts, seed: 5 });
  return full;
}

const lines = (s: string) => s.split(/\r\n|\n|\r/).filter((l) => l !== "");
const nonAscii = (s: string) => /[^\x00-\x7f]/.test(s);

test("encprose build: the same seed gives the same files byte for byte, another seed other files", async () => {
  const { generateProse } = (await import(buildPath)) as Build;
  const a = generateProse({ texts, seed: 5, scale: "small" });
  const b = generateProse({ texts, seed: 5, scale: "small" });
  const c = generateProse({ texts, seed: 6, scale: "small" });
  assert.ok(a.length >= 30, `only ${a.length} files`);
  assert.deepEqual(a.map((f) => f.path), b.map((f) => f.path));
  assert.ok(a.every((f, i) => f.bytes.equals(b[i].bytes)));
  assert.ok(a.some((f, i) => !f.bytes.equals(c[i]?.bytes ?? Buffer.alloc(0))), "seed 6 made the same bytes as seed 5");
});

test("encprose build: every label decodes its file to text that encodes back to the same bytes, in a language of the fixture", { timeout: 120_000 }, async () => {
  const { labelCodec } = (await import(buildPath)) as Build;
  const files = await fullSet();
  const families = new Set(files.map((f) => f.family));
  for (const fam of ["western", "central", "cyrillic", "greek", "turkish", "baltic", "japanese", "unicode"]) assert.ok(families.has(fam), `no ${fam} file`);
  for (const f of files) {
    const codec = labelCodec(f.encoding);
    const text = iconv.decode(f.bytes, codec, { stripBOM: true });
    assert.ok(!text.includes("\ufffd"), `${f.path}: replacement character`);
    const bom = /^utf-16/.test(codec) && iconv.encode("\ufeff", codec).equals(f.bytes.subarray(0, 2)) ? f.bytes.subarray(0, 2) : Buffer.alloc(0);
    assert.ok(Buffer.concat([bom, iconv.encode(text, codec)]).equals(f.bytes), `${f.path}: does not encode back to its bytes`);
    assert.ok(Object.keys(texts).includes(f.language), `${f.path}: language ${f.language}`);
    assert.match(lines(text)[0], /^"?id"?[;,\t]"?name"?/);
    assert.ok(nonAscii(text), `${f.path}: no non-ASCII character`);
  }
});

test("encprose build: rare files hold one or two non-ASCII rows, late files none in their first 10,000, short files 3–10 rows", { timeout: 120_000 }, async () => {
  const { labelCodec } = (await import(buildPath)) as Build;
  const files = await fullSet();
  const text = (f: ProseFile) => lines(iconv.decode(f.bytes, labelCodec(f.encoding), { stripBOM: true })).slice(1);
  for (const f of files.filter((x) => x.difficulty === "rare")) {
    const rows = text(f);
    const native = rows.filter(nonAscii).length;
    assert.ok(rows.length >= 200 && native >= 1 && native <= 2, `${f.path}: ${native} non-ASCII rows of ${rows.length}`);
  }
  for (const f of files.filter((x) => x.difficulty === "late")) assert.ok(text(f).findIndex(nonAscii) >= 10_000, f.path);
  for (const f of files.filter((x) => x.difficulty === "short")) assert.ok(text(f).length >= 3 && text(f).length <= 10, f.path);
  const rare = files.filter((x) => x.difficulty === "rare");
  assert.ok(rare.some((f) => f.path.includes("-one-")) && rare.some((f) => f.path.includes("-row-")), "both kinds of rare file");
});

test("encprose build: a lookalike file reads as other, printable text in its lookalike encoding", { timeout: 120_000 }, async () => {
  const { labelCodec } = (await import(buildPath)) as Build;
  const looks = (await fullSet()).filter((f) => f.difficulty === "lookalike");
  assert.ok(looks.length >= 10, `only ${looks.length} lookalike files`);
  for (const f of looks) {
    const there = iconv.decode(f.bytes, labelCodec(f.lookalike!));
    assert.notEqual(there, iconv.decode(f.bytes, labelCodec(f.encoding)), f.path);
    assert.ok(!/[\ufffd\u0080-\u009f]/.test(there), `${f.path}: not printable in ${f.lookalike}`);
  }
});

test("encprose sources: groff escapes become text, macro lines end a paragraph, unknown escapes drop the line, names before e-mail addresses", async () => {
  const { groffText, manSentences, namesIn } = (await import(sourcesPath)) as Sources;
  assert.equal(groffText("Die \\fBDatei\\fP wird \\(lqgeöffnet\\(rq \\- sofort."), "Die Datei wird “geöffnet” - sofort.");
  assert.equal(groffText("ein \\X'unbekannt' Befehl"), null);
  const page = ".TH TEST 1\n.SH BESCHREIBUNG\nDas Programm liest die Datei.\nEs schreibt nichts zurück.\n.TP\nZweiter Absatz ohne Punkt am Ende\n";
  assert.deepEqual(manSentences(page), ["Das Programm liest die Datei.", "Es schreibt nichts zurück.", "Zweiter Absatz ohne Punkt am Ende"]);
  assert.deepEqual(namesIn("übersetzt von Jürgen Böhm <jb@example.org> und Anna Weiß <aw@example.org>"), ["Jürgen Böhm", "Anna Weiß"]);
});
