// sniffEncoding: detection order, binary inputs, the bounded sample, and the replay of the input.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding, MAX_SAMPLE_BYTES } from "../../src/encoding/index.js";
import { bytesOf, chunked, fixture } from "./helpers.js";

async function sniff(buf: Buffer, size = 65536, forced?: string) {
  return sniffEncoding(chunked(buf, size), { forced });
}

test("BOMs decide: utf-8, utf-16be, utf-32le", async () => {
  let r = await sniff(fixture("utf8-bom.csv"));
  assert.deepEqual(r.decision, { name: "utf-8", confidence: 1, bom: true, how: "bom", uncertain: false });
  r = await sniff(fixture("utf16be-bom.csv"));
  assert.equal(r.decision.name, "utf-16be");
  assert.equal(r.decision.bom, true);
  r = await sniff(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
  assert.equal(r.decision.name, "utf-32le");
  assert.equal(r.decision.how, "bom");
});

test("BOM-less UTF-16LE is found by its NUL pattern", async () => {
  const r = await sniff(fixture("utf16le-no-bom.csv"));
  assert.equal(r.decision.name, "utf-16le");
  assert.equal(r.decision.how, "utf16-pattern");
  assert.equal(r.decision.bom, false);
  assert.equal(r.binary, null);
});

test("BOM-less UTF-16 with CJK text (no NULs) is not called binary", async () => {
  const text = "日本語のテキストです。東京都、大阪府、名古屋市。".repeat(4);
  const r = await sniff(Buffer.from(text, "utf16le"));
  assert.equal(r.binary, null);
  assert.equal(r.decision.name, "utf-16le");
});

test("windows-1252 without BOM is detected, confidently", async () => {
  const r = await sniff(fixture("latin1-no-bom.csv"));
  assert.equal(r.decision.name, "windows-1252");
  assert.equal(r.decision.how, "detected");
  assert.equal(r.decision.uncertain, false);
  assert.ok((r.decision.confidence ?? 0) >= 0.5);
});

test("windows-1251 and Shift_JIS are detected", async () => {
  assert.equal((await sniff(fixture("cyrillic-1251.csv"))).decision.name, "windows-1251");
  assert.equal((await sniff(fixture("shiftjis-japanese.csv"))).decision.name, "shift_jis");
});

test("ISO-8859-7 Greek is not taken for windows-1253 (Ά reads as ¶ there)", async () => {
  const text = "id,όνομα,πόλη\n1,Άννα Παπαδοπούλου,Αθήνα\n2,Άρης Νικολάου,Θεσσαλονίκη\n3,Ελένη Γεωργίου,Ηράκλειο\n";
  const r = await sniff(iconv.encode(text, "iso-8859-7"));
  assert.equal(r.decision.name, "iso-8859-7");
});

test("UTF-8 with three invalid bytes stays utf-8", async () => {
  const r = await sniff(fixture("utf8-three-bad-bytes.csv"));
  assert.equal(r.decision.name, "utf-8");
  assert.equal(r.decision.how, "utf8-valid");
});

test("UTF-8 with a windows-1252 tail stays utf-8", async () => {
  const r = await sniff(fixture("utf8-then-1252-tail.csv"));
  assert.equal(r.decision.name, "utf-8");
  assert.equal(r.decision.how, "utf8-valid");
});

test("a windows-1252 file whose first accent is after 70 KB is still windows-1252", async () => {
  const buf = fixture("late-accents-1252.csv");
  const first = buf.findIndex((b) => b >= 0x80);
  assert.ok(first > 70_000, "fixture: first accent after 70 KB");
  const r = await sniff(buf, 4096);
  assert.equal(r.decision.name, "windows-1252");
});

test("pure ASCII is utf-8 (utf8-valid, ascii); empty input is utf-8 (default)", async () => {
  assert.deepEqual((await sniff(fixture("ascii-only.csv"))).decision, { name: "utf-8", confidence: 1, bom: false, how: "utf8-valid", uncertain: false, ascii: true });
  assert.equal((await sniff(Buffer.from("name,city\nJosé,Málaga\n"))).decision.ascii, undefined, "a multi-byte character is not ASCII");
  const e = await sniff(Buffer.alloc(0));
  assert.equal(e.decision.how, "default");
  assert.equal(e.decision.name, "utf-8");
  assert.equal(e.binary, null);
  assert.equal((await bytesOf(e.bytes)).length, 0);
});

test("binary inputs: PNG by magic number, random bytes by control share, xlsx named", async () => {
  assert.equal((await sniff(fixture("png-as-csv.csv"))).binary, "a PNG image");
  assert.equal((await sniff(fixture("random-binary.csv"))).binary, "binary data");
  const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from("[Content_Types].xml xl/workbook.xml")]);
  assert.match((await sniff(xlsx)).binary ?? "", /Excel workbook/);
  assert.equal((await sniff(fixture("latin1-no-bom.csv"))).binary, null);
});

test("--encoding skips detection and still strips its own BOM", async () => {
  let r = await sniff(fixture("latin1-no-bom.csv"), 65536, "latin1");
  assert.deepEqual(r.decision, { name: "windows-1252", confidence: 1, bom: false, how: "forced", uncertain: false });
  r = await sniff(fixture("utf8-bom.csv"), 65536, "utf8");
  assert.equal(r.decision.bom, true);
  await assert.rejects(sniff(Buffer.from("a"), 1, "nope"), /unknown encoding "nope"/);
});

test("the replay gives back every byte, in order, whatever the chunking", async () => {
  for (const name of ["late-accents-1252.csv", "utf16le-no-bom.csv", "latin1-no-bom.csv"]) {
    const buf = fixture(name);
    for (const size of [1, 7, 4096, 1 << 20]) {
      if (size === 1 && buf.length > 10_000) continue;
      const r = await sniff(buf, size);
      assert.ok((await bytesOf(r.bytes)).equals(buf), `${name} @${size}`);
    }
  }
});

test("an all-ASCII stream is sampled up to 8 MiB, not read whole", async () => {
  const chunk = Buffer.alloc(65536, 0x61);
  let pulled = 0;
  let closed = false;
  async function* endless(): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        pulled++;
        yield chunk;
      }
    } finally {
      closed = true;
    }
  }
  const r = await sniffEncoding(endless());
  assert.equal(r.decision.name, "utf-8");
  assert.ok(pulled * chunk.length <= MAX_SAMPLE_BYTES + chunk.length, `pulled ${pulled} chunks`);
  assert.ok(pulled * chunk.length >= MAX_SAMPLE_BYTES);
  // A consumer that stops early closes the source.
  for await (const _ of r.bytes) break;
  assert.equal(closed, true);
});
