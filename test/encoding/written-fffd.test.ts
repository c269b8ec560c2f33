// written-fffd: a U+FFFD written in valid UTF-8 (EF BF BD) is still an encoding-error, but says a character was lost before the file was written, not that its bytes are invalid.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writtenFffdAt } from "../../src/encoding/written-fffd.js";
import { encodingError } from "../../src/checks/structure/encoding-error.js";
import type { CheckContext } from "../../src/checks/types.js";
import { CATALOG } from "../../src/defects/catalog.js";
import type { DefectDraft, ParsedRecord } from "../../src/types.js";
import { decode } from "../../src/encoding/decode.js";
import { FIXTURES, collect, dec as decision, pieces } from "./helpers.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

const dec = (b: Buffer) => new TextDecoder("utf-8").decode(b);
const errs = (r: Awaited<ReturnType<typeof check>>) =>
  r.files[0].defects.filter((d) => d.code === "encoding-error").map((d) => [d.line, d.column, /written in the file/.test(d.message) ? "written" : /not valid/.test(d.message) ? "bad bytes" : d.message]);

test("writtenFffdAt: the indexes of the U+FFFD written as EF BF BD, in order", () => {
  const written = Buffer.from("Brand\uFFFDo\nDieudonn\uFFFD\n", "utf8");
  assert.deepEqual(writtenFffdAt(written, dec(written)), [5, 16]);
});

test("writtenFffdAt refuses: no U+FFFD, a bad byte, a bad byte beside a written one, a cut sequence, a text not of the bytes", () => {
  const plain = Buffer.from("Müller\n", "utf8");
  assert.deepEqual(writtenFffdAt(plain, dec(plain)), [], "nothing written");
  const bad = Buffer.from([0x41, 0xe9, 0x0a]);
  assert.deepEqual(writtenFffdAt(bad, dec(bad)), [], "a latin-1 é is an invalid byte");
  const both = Buffer.concat([bad, Buffer.from("Brand\uFFFDo\n", "utf8")]);
  assert.deepEqual(writtenFffdAt(both, dec(both)), [8], "the bad byte's U+FFFD (index 1) is not called written");
  const cut = Buffer.from([0x41, 0xef, 0xbf]);
  assert.deepEqual(writtenFffdAt(cut, dec(cut)), [], "EF BF at the end decodes to U+FFFD, but was not written");
  const lead = Buffer.from([0xe2, 0xef, 0xbf, 0xbd]);
  assert.deepEqual(writtenFffdAt(lead, dec(lead)), [1], "a lone lead byte (invalid) before a written U+FFFD");
  assert.deepEqual(writtenFffdAt(Buffer.from("\uFFFD", "utf8"), "\uFFFD\uFFFD"), [], "counts differ: every U+FFFD stays invalid");
});

test("decode marks the written U+FFFD of each chunk, also when EF BF BD or a bad sequence is cut between reads", async () => {
  const buf = Buffer.concat([Buffer.from("a,Brand\uFFFDo\nb,", "utf8"), Buffer.from([0xe2, 0x82]), Buffer.from(",Dieudonn\uFFFD\nc,\u20ac\uFFFD\n", "utf8")]);
  const whole = dec(buf);
  // the U+FFFD at 12 is the cut sequence E2 82, no written one
  const want = [...whole].map((c, i) => (c === "\uFFFD" ? i : -1)).filter((i) => i >= 0 && i !== 12);
  for (const sizes of [[1], [2], [3, 1], [5, 2, 7], [buf.length]]) {
    let at = 0;
    const got: number[] = [];
    for (const c of await collect(decode(pieces(buf, sizes), decision("utf-8")))) {
      for (const i of c.fffdWritten ?? []) got.push(at + i);
      at += c.text.length;
    }
    assert.deepEqual(got, want, `pieces of ${sizes.join(", ")} bytes`);
  }
});

test("encoding-error message: a written U+FFFD says a character was lost; invalid bytes keep their message", () => {
  const msg = (params: Record<string, unknown>) => CATALOG["encoding-error"].message({ code: "encoding-error", row: 1, line: 2, column: "surname", params });
  assert.equal(msg({ encoding: "utf-8", written: true }), "surname holds a U+FFFD replacement character written in the file (a character was lost before this file was written; its bytes are valid utf-8)");
  assert.equal(msg({ encoding: "utf-8", hint: "they may be windows-1252 text in a UTF-8 file" }), "surname holds bytes that are not valid utf-8 (they may be windows-1252 text in a UTF-8 file)");
  assert.equal(msg({ encoding: "windows-1253" }), "surname holds bytes that are not valid windows-1253");
});

test("encoding-error check: a record whose U+FFFD were all written gets params.written; one with bad bytes the hint", () => {
  const found: DefectDraft[] = [];
  const ctx = { header: { names: ["surname", "country"] }, report: (d: DefectDraft) => found.push(d), file: { encoding: "utf-8", utf8Rows: false } } as unknown as CheckContext;
  const inst = encodingError.create(ctx)!;
  const rec = (cells: string[], fffdWritten: boolean): ParsedRecord => ({ index: 1, line: 2, endLine: 2, byteOffset: null, cells, quoted: null, defects: null, skipped: false, replacement: true, fffdWritten });
  inst.onRow!(rec(["Brand\uFFFDo", "BR"], true), 1);
  inst.onRow!(rec(["Dieudonn\uFFFD", "FR"], false), 2);
  assert.deepEqual(found.map((d) => [d.row, d.params]), [
    [1, { encoding: "utf-8", written: true }],
    [2, { encoding: "utf-8", hint: "they may be windows-1252 text in a UTF-8 file" }],
  ]);
});

test("a UTF-8 file with U+FFFD written in names: still encoding-errors, each saying a character was lost, in one pass and in parts", async () => {
  const file = join(FIXTURES, "utf8-replacement-character-written.csv");
  const one = await check(file, { jobs: 1 });
  const split = await check(file, { jobs: 2, split: { minBytes: 1, partBytes: 32 } });
  assert.equal(one.files[0].encoding?.name, "utf-8");
  assert.deepEqual(errs(one), [[2, "surname", "written"], [4, "surname", "written"]]);
  assert.deepEqual(errs(split), errs(one));
});

test("a UTF-8 file with written U+FFFD and a latin-1 byte: each record gets its own message", async () => {
  const one = await check(join(FIXTURES, "utf8-replacement-written-and-bad-byte.csv"), { jobs: 1 });
  assert.deepEqual(errs(one), [[2, "surname", "written"], [4, "surname", "bad bytes"], [4, "given", "bad bytes"], [6, "surname", "written"]]);
});

test("refused: invalid UTF-8 bytes and a byte a legacy page leaves undefined keep the invalid-bytes message", async () => {
  const utf8 = await check(join(FIXTURES, "utf8-three-bad-bytes.csv"), { jobs: 1 });
  assert.deepEqual(errs(utf8), [[6, "note", "bad bytes"], [7, "note", "bad bytes"], [8, "note", "bad bytes"]]);
  const greek = await check(join(FIXTURES, "1253-undefined-byte.csv"), { jobs: 1, encoding: "windows-1253" });
  assert.deepEqual(greek.files[0].defects.filter((d) => d.code === "encoding-error").map((d) => [d.line, d.message]), [[5, "word holds bytes that are not valid windows-1253"]]);
});
