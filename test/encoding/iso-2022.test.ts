// iso-2022.ts: 7-bit ISO-2022 pages told from ASCII by their escape sequences; ISO-2022-JP is read as Japanese, ISO-2022-KR named as unreadable, ASCII with other escapes (terminal colours) stays ASCII.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, sniffEncoding } from "../../src/encoding/index.js";
import { iso2022Decision } from "../../src/encoding/iso-2022.js";
import { mayStillBe } from "../../src/encoding/names.js";
import { encodingNotes } from "../../src/pipeline/encoding-notes.js";
import { chunked, collect, fixture, pieces } from "./helpers.js";

const JP_TEXT = "code,city,region\n1,東京,関東\n2,大阪,近畿\n3,名古屋,中部\n4,札幌,北海道\n5,福岡,九州\n";

test("sniffEncoding on ISO-2022-JP city names (every byte ASCII): iso-2022-jp, not UTF-8 at confidence 1", async () => {
  // why: before iso-2022.ts the all-ASCII sample took the ASCII fast path, read as UTF-8 with no word
  const d = (await sniffEncoding(chunked(fixture("iso-2022-jp-city-names.csv")))).decision;
  assert.equal(d.name, "iso-2022-jp");
  assert.equal(d.how, "detected");
  assert.equal(d.uncertain, false);
  assert.equal(d.ascii, undefined);
});

test("decode of the ISO-2022-JP fixture fed in odd pieces gives the Japanese text", async () => {
  const bytes = fixture("iso-2022-jp-city-names.csv");
  const enc = await sniffEncoding(pieces(bytes, [5, 3, 11]));
  const text = (await collect(decode(enc.bytes, enc.decision))).map((c) => c.text).join("");
  assert.equal(text, JP_TEXT);
});

test("sniffEncoding on ISO-2022-KR (SO/SI shifts, control bytes that alone looked binary): read as ASCII, the page named as unsupported", async () => {
  const d = (await sniffEncoding(chunked(fixture("iso-2022-kr-city-names.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.unsupported, "iso-2022-kr");
  const notes = encodingNotes({ decision: d });
  assert.deepEqual(notes.map((n) => [n.code, n.params?.encoding]), [["encoding-unsupported", "iso-2022-kr"]]);
});

test("near miss: ASCII with terminal colour escapes (ESC [32m) stays plain ASCII, no note", async () => {
  const d = (await sniffEncoding(chunked(fixture("ascii-log-with-terminal-colours.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.ascii, true);
  assert.equal(d.unsupported, undefined);
  assert.deepEqual(encodingNotes({ decision: d }), []);
});

test("iso2022Decision refuses a sample without ESC, and one whose escapes are mostly not ISO-2022's", async () => {
  assert.equal(await iso2022Decision(Buffer.from("id,name\n1,Ann\n")), null);
  const mostlyOther = Buffer.from("a,\x1b$Bx\x1b(B\n" + "b,\x1b[1mbold\x1b[0m\n".repeat(3));
  assert.equal(await iso2022Decision(mostlyOther), null);
});

test("mayStillBe: an ISO-2022-JP or Shift_JIS feed's ASCII-only day is no change; a UTF-16 feed's is, and so is UTF-8 text", () => {
  const asciiDay = { name: "utf-8", bom: false, ascii: true };
  assert.equal(mayStillBe(asciiDay, "iso-2022-jp"), true);
  assert.equal(mayStillBe(asciiDay, "shift_jis"), true);
  assert.equal(mayStillBe(asciiDay, "utf-16le"), false);
  assert.equal(mayStillBe({ name: "utf-8", bom: false }, "iso-2022-jp"), false);
});

test("near miss: a key-binding table of keypad escapes (ESC O q, which chardet scores ISO-2022-CN) stays ASCII, no note", async () => {
  // why: ESC O is also ISO-2022-CN's single shift, but a Chinese page designates its set (ESC $ ) A) before shifting
  const d = (await sniffEncoding(chunked(fixture("ascii-keypad-escape-sequences.txt")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.unsupported, undefined);
  assert.deepEqual(encodingNotes({ decision: d }), []);
});
