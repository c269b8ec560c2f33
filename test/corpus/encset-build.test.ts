// The encoding test set generator (scripts/corpus/encset/build.mjs): deterministic, and each difficulty class is what its name says.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";

interface SetFile { path: string; encoding: string; family: string; language: string; difficulty: string; lookalike?: string; bytes: Buffer }
type Build = { generateSet(o: { scale: string; seed?: number }): SetFile[]; labelCodec(label: string): string; ENCODINGS: [string, string, string, string[]][] };
const buildPath: string = "../../scripts/corpus/encset/build.mjs"; // a plain .mjs script, without type declarations
const { generateSet, labelCodec, ENCODINGS } = (await import(buildPath)) as Build;
const files = generateSet({ scale: "small" });

/** Offset of the first byte >= 0x80, or -1. */
const firstHigh = (b: Buffer) => b.findIndex((x) => x >= 0x80);
const lines = (b: Buffer) => b.toString("latin1").split(/\r\n|\r|\n/);
const highLines = (b: Buffer) => lines(b).filter((l) => /[\x80-\xff]/.test(l)).length;

test("the same seed gives the same bytes, another seed other bytes", () => {
  const again = generateSet({ scale: "small" });
  assert.deepEqual(again.map((f) => f.path), files.map((f) => f.path));
  assert.ok(again.every((f, i) => f.bytes.equals(files[i].bytes)));
  const other = generateSet({ scale: "small", seed: 14 });
  assert.ok(other.some((f, i) => !f.bytes.equals(files[i].bytes)));
});

test("every encoding the tool supports is in the set, and each file decodes cleanly under its label", () => {
  assert.deepEqual(new Set(files.map((f) => f.encoding)), new Set(ENCODINGS.map((e) => e[0])));
  for (const f of files) {
    const text = iconv.decode(f.bytes, labelCodec(f.encoding));
    assert.ok(!text.includes("\ufffd"), f.path);
    assert.match(text.split(/\r\n|\r|\n/)[0], /^\W*[a-z_]+\W*[,;\t]/, `${f.path}: a CSV header`);
  }
});

test("legacy files hold non-ASCII text as their class says", () => {
  const legacy = files.filter((f) => !/^utf-/.test(f.encoding));
  for (const f of legacy.filter((x) => x.difficulty === "short")) {
    assert.ok(f.bytes.length < 500 && firstHigh(f.bytes) >= 0, f.path);
  }
  for (const f of legacy.filter((x) => x.difficulty === "rare")) {
    const n = highLines(f.bytes);
    assert.ok(n >= 1 && n <= 3 && lines(f.bytes).length >= 200, `${f.path}: ${n} lines with non-ASCII bytes`);
  }
  for (const f of legacy.filter((x) => x.difficulty === "late")) assert.ok(firstHigh(f.bytes) > 65536, `${f.path}: first at ${firstHigh(f.bytes)}`);
});

test("lookalike files read as other printable text in the other member of their pair", () => {
  const looks = files.filter((f) => f.difficulty === "lookalike");
  assert.ok(looks.length >= 5);
  for (const f of looks) {
    const there = iconv.decode(f.bytes, labelCodec(f.lookalike!));
    assert.notEqual(there, iconv.decode(f.bytes, labelCodec(f.encoding)), f.path);
    assert.doesNotMatch(there, /[\ufffd\u0080-\u009f]/, f.path);
  }
});
