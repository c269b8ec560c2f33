// utf8-orphan-marks.ts: GBK or Big5 hanzi whose bytes are valid UTF-8 by chance, read as combining marks on no letter (`停止` = CD A3 D6 B9, UTF-8 `ֹͣ`), are UTF-8 warned naming the CJK page; marks on letters, emoji and keycaps are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { orphanMarkRuns } from "../../src/encoding/utf8-orphan-marks.js";
import { hanziPages } from "../../src/encoding/utf8-cjk-pairs.js";
import { chunked, fixture } from "./helpers.js";

test("orphanMarkRuns: every non-ASCII run opening with a mark after a sign, space or the start gives the runs' bytes", () => {
  assert.deepEqual(orphanMarkRuns("3,\u0363\u05b9(S),F7\n6,\u05b5,F9"), ["\xcd\xa3\xd6\xb9", "\xd6\xb5"]);
  assert.deepEqual(orphanMarkRuns("\u0301 alone"), ["\xcc\x81"]);
});

test("orphanMarkRuns refuses marks on letters or figures, emoji and keycap marks, runs opening with a letter, and any real word beside", () => {
  for (const s of ["Cafe\u0301", "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd", "\u0643\u064e\u062a\u064e", "\u2764\ufe0f", "#\ufe0f\u20e3", "1\ufe0f\u20e3", "(\u20dd)", "plain ASCII", "caf\u00e9", ",\u0363\u05b9, caf\u00e9", ",\u0363\ufffd"]) {
    assert.equal(orphanMarkRuns(s), null, JSON.stringify(s));
  }
});

test("hanziPages reads runs of several hanzi: `停止` (CD A3 D6 B9) is common hanzi in GBK, not a run of an odd length", () => {
  assert.deepEqual(hanziPages(["\xcd\xa3\xd6\xb9"]), ["gb18030"]);
  assert.deepEqual(hanziPages(["\xcd\xa3\xd6"]), []);
});

test("sniffEncoding on a GBK shortcut list whose only hanzi (`停止(S)`, `值`) are valid UTF-8 marks: UTF-8 warned, naming gb18030", async () => {
  // why: on main the file was UTF-8 at confidence 1, silently (four bytes tell a page too little to answer it)
  const d = (await sniffEncoding(chunked(fixture("gbk-hanzi-pairs-valid-utf8-as-marks.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, true);
  assert.equal(d.alternative, "gb18030");
});

test("sniffEncoding near miss: UTF-8 marks on letters (decomposed `é`, Hebrew points, Arabic harakat), emoji and keycaps stay UTF-8, unwarned", async () => {
  const d = (await sniffEncoding(chunked(fixture("utf8-marks-on-letters-and-symbols.csv")))).decision;
  assert.equal(d.name, "utf-8");
  assert.equal(d.uncertain, false);
  assert.equal(d.confidence, 1);
});

test("orphanMarkWarned: a reference list of lone combining marks (`acute,́`, `grave,̀`, …) stays UTF-8, unwarned", async () => {
  // why: main warned it `windows-1251 was close`; a list of diacritics writes each on no letter, one a cell
  const d = (await sniffEncoding(chunked(fixture("utf8-combining-diacritics-reference-list.csv")))).decision;
  assert.deepEqual([d.name, d.uncertain, d.confidence], ["utf-8", false, 1], JSON.stringify(d));
  // Hebrew points and Thai tone marks listed one a row: the same
  const points = Buffer.from("name;point\nsheva;\u05b0\nhiriq;\u05b4\ntsere;\u05b5\nqamats;\u05b8\n", "utf8");
  assert.equal((await sniffEncoding(chunked(points))).decision.uncertain, false);
  const tones = Buffer.from("name\tsign\nmai ek\t\u0e48\nmai tho\t\u0e49\nmai tri\t\u0e4a\n", "utf8");
  assert.equal((await sniffEncoding(chunked(tones))).decision.uncertain, false);
});

test("refused: two lone marks only, or a run of two marks, keep the warning (GBK `值`, `停止` read as marks)", async () => {
  const two = Buffer.from("id,action\n1,\u05b5\n2,\u0363\n3,\u05b5\n", "utf8");
  assert.equal((await sniffEncoding(chunked(two))).decision.uncertain, true);
  const pair = Buffer.from("id,action\n1,\u0363\u05b9\n2,\u05b5\n3,\u05b0\n4,\u05b4\n", "utf8");
  assert.equal((await sniffEncoding(chunked(pair))).decision.uncertain, true);
});
