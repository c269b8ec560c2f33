// encoding-error (mojibake.ts): UTF-8 rows in a windows-1252 file are named cell by cell, in one pass and in parts; real windows-1252 text is not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { looksUtf8, mayHoldUtf8, twiceEncodedIn, utf8PairsIn } from "../../src/encoding/mojibake.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { tokenize } from "../helpers/tokenize.js";
import { FIXTURES } from "./helpers.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

/** Checks a fixture in one pass and in 256-byte parts: its encoding, and the same defects (code, line, column) in both. */
async function sameInParts(name: string, encoding: string, want: unknown[]) {
  const file = join(FIXTURES, name);
  const cells = (r: Awaited<ReturnType<typeof check>>) => r.files[0].defects.map((d) => [d.code, d.line, d.column]);
  const one = await check(file, { jobs: 1 });
  const split = await check(file, { jobs: 2, split: { minBytes: 1, partBytes: 256 } });
  assert.equal(one.files[0].encoding?.name, encoding);
  assert.deepEqual(cells(one), want);
  assert.deepEqual(cells(split), want);
  return one;
}

test("looksUtf8: UTF-8 letters and punctuation read as windows-1252 are found; Portuguese, Nordic and × are not", () => {
  const pairs = utf8PairsIn("windows-1252")!;
  for (const s of ["MÃ¼ller", "itâ€™s", "1.00 â‚¬", "KÃ¶ln"]) assert.equal(looksUtf8(s, pairs), true, s);
  for (const s of ["SÃO PAULO", "Ångström", "3Ã—4", "Ärger", "Müller", "plain"]) assert.equal(looksUtf8(s, pairs), false, s);
  // a cell that also holds a real windows-1252 letter is windows-1252 text
  assert.equal(looksUtf8("MÃ¼ller é", pairs), false);
});

test("utf8PairsIn: only Western code pages are tested (Central European capitals such as ĂŞ are real text)", () => {
  assert.equal(utf8PairsIn("windows-1250"), null);
  assert.equal(utf8PairsIn("utf-8"), null);
  assert.notEqual(utf8PairsIn("iso-8859-15"), null);
});

test("encoding-error: the UTF-8 rows of a windows-1252 export are errors on their cells, the same in one pass and in parts", async () => {
  const want = [34, 35].flatMap((line) => ["name", "city", "amount"].map((c) => ["encoding-error", line, c]));
  const one = await sameInParts("1252-then-utf8-rows.csv", "windows-1252", want);
  assert.match(one.files[0].defects[0].message, /^name holds UTF-8 text in a windows-1252 file \(read as "JÃ¼rgen MÃ¼ller"/);
});

test("encoding-error: real windows-1252 exports hold no UTF-8 text", async () => {
  const r = await check([join(FIXTURES, "latin1-no-bom.csv"), join(FIXTURES, "late-accents-1252.csv")], {});
  for (const f of r.files) assert.equal(f.byCode["encoding-error"] ?? 0, 0, f.source);
});

test("twiceEncodedIn: UTF-8 read as windows-1252 or ISO-8859-1 and written as UTF-8 again is found in a UTF-8 file only (wqa10)", () => {
  const twice = twiceEncodedIn("utf-8")!;
  for (const s of ["MÃ¼ller", "itâ€™s", "Ã\u0089milie", "KÃ¶ln"]) assert.equal(looksUtf8(s, twice), true, s);
  for (const s of ["SÃO PAULO", "Ångström", "3Ã—4", "Müller", "Ärger"]) assert.equal(looksUtf8(s, twice), false, s);
  assert.equal(twiceEncodedIn("windows-1252"), null);
});

test("encoding-error: rows of a UTF-8 file encoded twice are errors on their cells, the same in one pass and in parts (wqa10)", async () => {
  const want = [["encoding-error", 34, "name"], ["encoding-error", 34, "city"], ["encoding-error", 34, "amount"], ["encoding-error", 35, "name"], ["encoding-error", 35, "city"]];
  const one = await sameInParts("utf8-then-rows-encoded-twice.csv", "utf-8", want);
  assert.match(one.files[0].defects[0].message, /^name holds UTF-8 text encoded twice \(read as "JÃ¼rgen MÃ¼ller"/);
});

test("encoding-error: real UTF-8 exports hold no text encoded twice", async () => {
  const r = await check([join(FIXTURES, "utf8-bom.csv"), join(FIXTURES, "utf8-three-bad-bytes.csv")], {});
  for (const f of r.files) assert.equal(f.defects.filter((d) => d.params?.twice).length, 0, f.source);
});

test("mayHoldUtf8: the pairs are found in a line after lines of ASCII, of lone leads, and of other pairs, in any order", () => {
  const pairs = utf8PairsIn("windows-1252")!;
  // one buffer, as the tokenizer's: ASCII, a lone â (pâté), a pair (Ã¼), a lone Å, a pair led by â (â€™), ASCII
  const lines = ["a,b", "pâté,x", "MÃ¼ller,y", "Åsa,z", "itâ€™s,w", "c,d"];
  const text = lines.join("\n") + "\n";
  const recs = tokenize(text, {}).filter((r): r is LineRecord => r instanceof LineRecord);
  assert.equal(recs.length, lines.length);
  const want = [false, false, true, false, true, false];
  assert.deepEqual(recs.map((r) => mayHoldUtf8(r, pairs)), want);
  // read again from the start (a sample replayed), and backwards: each line alone decides
  assert.deepEqual(recs.map((r) => mayHoldUtf8(r, pairs)), want);
  assert.deepEqual([...recs].reverse().map((r) => mayHoldUtf8(r, pairs)), [...want].reverse());
});
