// decode: streaming text with exact byteStart offsets, BOM stripped once, multi-byte characters split anywhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { byteLengthOf, decode, sniffEncoding } from "../../src/encoding/index.js";
import { createDecoder } from "../../src/encoding/decode.js";
import type { TextChunk } from "../../src/types.js";
import { bytesOf, chunked, collect, dec, fixture, pieces } from "./helpers.js";

const text = (cs: TextChunk[]): string => cs.map((c) => c.text).join("");

/** Every chunk's byteStart plus its byte length must be the next chunk's byteStart. */
function assertContiguous(cs: TextChunk[], name: string, bomBytes: number, total: number): void {
  const d = dec(name);
  let at = bomBytes;
  for (const c of cs) {
    assert.equal(c.byteStart, at, `chunk ${JSON.stringify(c.text.slice(0, 20))}`);
    const n = byteLengthOf(c.text, d);
    assert.notEqual(n, null);
    at += n as number;
  }
  assert.equal(at, total);
}

/** Each chunk's text is the decoding of the bytes from its byteStart to the next chunk's byteStart. */
function assertSpans(cs: TextChunk[], buf: Buffer, enc: string): void {
  for (let i = 0; i < cs.length; i++) {
    const from = cs[i].byteStart as number;
    const to = i + 1 < cs.length ? (cs[i + 1].byteStart as number) : buf.length;
    assert.equal(new TextDecoder(enc).decode(buf.subarray(from, to)), cs[i].text, `chunk ${i} at ${from}`);
  }
}

test("UTF-8 BOM is stripped once; the first chunk starts at byte 3", async () => {
  const buf = fixture("utf8-bom.csv");
  const cs = await collect(decode(chunked(buf), dec("utf-8", true)));
  assert.equal(cs[0].byteStart, 3);
  assert.ok(text(cs).startsWith("id,name"));
  assert.equal(text(cs), buf.subarray(3).toString("utf8"));
});

test("a BOM split over 1-byte chunks is still stripped, and a later U+FEFF is kept", async () => {
  const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a\uFEFFb", "utf8")]);
  const cs = await collect(decode(chunked(buf, 1), dec("utf-8", true)));
  assert.equal(text(cs), "a\uFEFFb");
  assert.equal(cs[0].byteStart, 3);
  assertContiguous(cs, "utf-8", 3, buf.length);
});

test("UTF-8 fed byte by byte: each character comes out whole, at its exact offset", async () => {
  const s = "a,é,€,😀,日本\n";
  const buf = Buffer.from(s, "utf8");
  const cs = await collect(decode(chunked(buf, 1), dec("utf-8")));
  assert.equal(text(cs), s);
  assert.deepEqual(cs.map((c) => c.text), ["a", ",", "é", ",", "€", ",", "😀", ",", "日", "本", "\n"]);
  assert.deepEqual(cs.map((c) => c.byteStart), [0, 1, 2, 4, 5, 8, 9, 13, 14, 17, 20]);
});

test("UTF-8 in random chunkings equals a one-shot decode, with contiguous offsets", async () => {
  const buf = Buffer.from("id,name\n1,José Ñúñez 😀\n2,日本語テキスト\n3,Ωμέγα\n".repeat(20), "utf8");
  for (const sizes of [[1, 2, 3], [5, 7], [64], [2, 1, 4, 3, 1]]) {
    const cs = await collect(decode(pieces(buf, sizes), dec("utf-8")));
    assert.equal(text(cs), buf.toString("utf8"));
    assertContiguous(cs, "utf-8", 0, buf.length);
  }
});

test("invalid UTF-8 becomes U+FFFD; byteStart stays exact across chunks; byteLengthOf is null over a U+FFFD", async () => {
  const buf = fixture("utf8-three-bad-bytes.csv");
  const cs = await collect(decode(chunked(buf, 16), dec("utf-8")));
  const t = text(cs);
  assert.equal([...t.matchAll(/\uFFFD/g)].length, 3);
  assert.equal(t, new TextDecoder("utf-8").decode(buf));
  // The bytes between one chunk's byteStart and the next decode to exactly that chunk's text.
  assertSpans(cs, buf, "utf-8");
  assert.equal(byteLengthOf("a\uFFFDb", dec("utf-8")), null);
  assert.equal(byteLengthOf("aé€", dec("utf-8")), 6);
});

test("a cut UTF-8 sequence at the end of input is one U+FFFD, at its own offset", async () => {
  const buf = Buffer.from([0x61, 0xe6, 0x97]); // "a" + first two bytes of 日
  const cs = await collect(decode(chunked(buf, 1), dec("utf-8")));
  assert.equal(text(cs), "a\uFFFD");
  assert.deepEqual(cs.map((c) => c.byteStart), [0, 1]);
});

test("windows-1252: € and curly quotes decode right (not latin1) and offsets are per byte", async () => {
  const buf = fixture("latin1-no-bom.csv");
  const cs = await collect(decode(chunked(buf, 7), dec("windows-1252")));
  const t = text(cs);
  assert.ok(t.includes("12.50 €"));
  assert.ok(t.includes("“quoted” café"));
  assert.equal(t, iconv.decode(buf, "windows-1252"));
  assertContiguous(cs, "windows-1252", 0, buf.length);
  assert.deepEqual(cs.slice(0, 3).map((c) => c.byteStart), [0, 7, 14]);
});

test("UTF-16LE without BOM, fed byte by byte, including a surrogate pair", async () => {
  const s = "a,é😀\n日";
  const buf = Buffer.from(s, "utf16le");
  const cs = await collect(decode(chunked(buf, 1), dec("utf-16le")));
  assert.equal(text(cs), s);
  assert.deepEqual(cs.map((c) => c.text), ["a", ",", "é", "😀", "\n", "日"]);
  assert.deepEqual(cs.map((c) => c.byteStart), [0, 2, 4, 6, 10, 12]);
  assertContiguous(cs, "utf-16le", 0, buf.length);
});

test("UTF-16BE with BOM: stripped, first chunk at byte 2", async () => {
  const buf = fixture("utf16be-bom.csv");
  const r = await sniffEncoding(chunked(buf, 5));
  const cs = await collect(decode(r.bytes, r.decision));
  assert.equal(cs[0].byteStart, 2);
  assert.equal(text(cs), iconv.decode(buf, "utf-16be"));
  assertContiguous(cs, "utf-16be", 2, buf.length);
});

test("Shift_JIS and GB18030 (4-byte 𠮷) split anywhere decode like iconv-lite in one piece", async () => {
  const cases: [string, string][] = [
    ["shift_jis", "id,名前\n1,山田太郎\n2,ｶﾀｶﾅ\n"],
    ["gb18030", "id,名字\n1,𠮷野家\n2,䶮龘\n"],
    ["big5", "id,名字\n1,台北市\n"],
    ["euc-kr", "id,이름\n1,서울\n"],
  ];
  for (const [enc, s] of cases) {
    const buf = iconv.encode(s, enc);
    for (const sizes of [[1], [2, 1], [3, 5]]) {
      const cs = await collect(decode(pieces(buf, sizes), dec(enc)));
      assert.equal(text(cs), s, `${enc} ${sizes}`);
      assertSpans(cs, buf, enc);
      // Offsets are exact at line starts (the decoder is only fed up to a byte below 0x30).
      for (const c of cs) {
        assert.notEqual(c.byteStart, null);
        if (c.byteStart !== 0) assert.ok(buf[(c.byteStart as number) - 1] < 0x30, `${enc}: chunk starts after a safe byte`);
      }
    }
  }
});

test("EUC-KR is read as cp949: the extension syllables of Korean Windows exports (핧 똠 햏) decode, split anywhere, and are detected", async () => {
  const s = "id,이름,메모\n1,김똠,실행핧 완료\n2,박햏,서울 강남\n3,이쌰,똠방각하\n";
  const buf = iconv.encode(s, "cp949");
  for (const sizes of [[1], [2, 1], [3, 5], [buf.length]]) {
    const cs = await collect(decode(pieces(buf, sizes), dec("euc-kr")));
    assert.equal(text(cs), s, `sizes ${sizes}`);
  }
  const rows = Array.from({ length: 60 }, (_, i) => `${i + 4},${["최", "정", "강"][i % 3]}민준,${i % 7 === 0 ? "똠방각하" : "서울특별시 중구"}`);
  const file = iconv.encode(`${s}${rows.join("\n")}\n`, "cp949");
  const r = await sniffEncoding(chunked(file, 64));
  assert.equal(r.decision.name, "euc-kr");
  assert.equal(text(await collect(decode(r.bytes, r.decision))).includes("\uFFFD"), false);
});

test("byteLengthOf: single-byte is length, UTF-16 twice the length, other multi-byte unknown", () => {
  assert.equal(byteLengthOf("héllo", dec("windows-1252")), 5);
  assert.equal(byteLengthOf("héllo", dec("utf-16le")), 10);
  assert.equal(byteLengthOf("héllo", dec("utf-8")), 6);
  assert.equal(byteLengthOf("名前", dec("shift_jis")), null);
});

test("sniff then decode: the windows-1252 tail of a UTF-8 file yields U+FFFD, the UTF-8 part reads right", async () => {
  const buf = fixture("utf8-then-1252-tail.csv");
  const r = await sniffEncoding(chunked(buf, 100));
  const t = text(await collect(decode(r.bytes, r.decision)));
  assert.ok(t.startsWith("id,name,city,amount,note\n1,José Núñez,Málaga,12.50 €"));
  assert.ok(t.includes("\uFFFD"));
});

test("decode hands a chunk larger than 64 KiB on in pieces of at most 64 KiB, offsets exact across them (file reads are 1 MiB)", async () => {
  // a BOM, then ASCII up to a 3-byte character straddling the first piece's end (byte 3 + 65536), then more such characters
  const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a".repeat(65535)), Buffer.from("€,x\n".repeat(60000))]);
  const cs = await collect(decode(chunked(body, body.length), dec("utf-8", true)));
  assert.ok(cs.length >= 3, `${cs.length} chunks`);
  for (const c of cs) assert.ok(c.text.length <= 65536, `a chunk of ${c.text.length} characters`);
  assert.equal(text(cs), body.subarray(3).toString("utf8"));
  assertContiguous(cs, "utf-8", 3, body.length);
  assertSpans(cs, body, "utf-8");
});

test("sniffEncoding replays a sample read in 1 MiB chunks byte for byte, in pieces of at most 64 KiB; all ASCII is ASCII UTF-8", async () => {
  const row = "1,alpha,2024-01-01\n";
  const ascii = Buffer.from(row.repeat(Math.ceil((9 << 20) / row.length)));
  const r = await sniffEncoding(chunked(ascii, 1 << 20));
  assert.equal(r.decision.name, "utf-8");
  assert.equal(r.decision.ascii, true);
  const parts: Buffer[] = [];
  for await (const b of r.bytes) parts.push(b);
  assert.ok(parts.slice(0, 128).every((b) => b.length <= 65536));
  assert.ok(Buffer.concat(parts).equals(ascii));
  // the same bytes with one windows-1252 "é" in the 8th MiB: no longer ASCII
  const accented = Buffer.from(ascii);
  accented[(7 << 20) + 5] = 0xe9;
  const a = await sniffEncoding(chunked(accented, 1 << 20));
  assert.notEqual(a.decision.ascii, true);
  assert.ok((await bytesOf(a.bytes)).equals(accented));
});

test("a decoder step says when its bytes were all ASCII (ascii: true), and only then; decode passes the flag on", async () => {
  // why it matters: a split part and the tokenizer trust the flag and skip measuring the text (split.ts, csv.ts append)
  const trusted = (cs: TextChunk[]) => cs.filter((c) => c.ascii === true);
  const utf8 = createDecoder("utf-8");
  const plain = utf8.write(Buffer.from("id,name\n1,Ann\n"), 0);
  assert.deepEqual(plain, [{ text: "id,name\n1,Ann\n", byteStart: 0, ascii: true }]);
  // refused: a non-ASCII chunk, and an ASCII chunk whose text starts with bytes held back from the chunk before it
  assert.equal(trusted(utf8.write(Buffer.from("2,Zoë\n"), 14)).length, 0);
  const held = createDecoder("utf-8");
  assert.equal(trusted(held.write(Buffer.from([0x61, 0xc3]), 0)).length, 0);
  const after = held.write(Buffer.from("a,b\n"), 2);
  assert.equal(trusted(after).length, 0);
  assert.equal(after[0].byteStart, 1);
  const cp1252 = createDecoder("windows-1252");
  assert.equal(cp1252.write(Buffer.from("a,b\n"), 0)[0].ascii, true);
  assert.equal(trusted(cp1252.write(Buffer.from([0x61, 0x80, 0x0a]), 4)).length, 0);
  // through decode: a 200 KB body read in one chunk, one "é" in its second 64 KiB piece
  const body = Buffer.from("x,y\n".repeat(50000));
  body.write("\u00e9", 70000, "latin1");
  const fixed = Buffer.from(body.toString("latin1"), "utf8");
  const cs = await collect(decode(chunked(fixed, fixed.length), dec("utf-8")));
  assert.deepEqual(cs.map((c) => c.ascii === true), [true, false, true, true]);
  for (const c of trusted(cs)) assert.equal(Buffer.byteLength(c.text, "utf8"), c.text.length);
  assert.equal(text(cs), fixed.toString("utf8"));
});
