// utf8-mixed-scripts.ts: legacy bytes that pair up as UTF-8 by chance glue letters of unrelated scripts in one word; those pairs do not make a file tolerant UTF-8.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { mixedScriptSequences } from "../../src/encoding/utf8-mixed-scripts.js";
import { chunked } from "./helpers.js";

/** An English review sheet of `rows` rows with `value` (raw bytes) in one cell of the middle row. */
function sheet(value: Buffer, rows = 300): Buffer {
  const head: string[] = ["id;text;ok"];
  for (let i = 0; i < rows; i++) head.push(`${i};Please choose the keyboard layout number ${i};yes`);
  const mid = Math.floor(rows / 2);
  return Buffer.concat([Buffer.from(head.slice(0, mid).join("\n") + "\n150;"), value, Buffer.from(";yes\n" + head.slice(mid).join("\n") + "\n")]);
}

const mixed = (b: Buffer) => mixedScriptSequences(b, 0, b.length, -1).all;

test("mixedScriptSequences: counts the non-ASCII letters of words mixing scripts; not one script, kanji with kana, or Latin accents", () => {
  // cp855 `Кинески`: Ƿ (Latin Extended-B), Ԩ (Cyrillic Supplement), a bad byte, Ʒ
  assert.equal(mixed(Buffer.from("C7B7D4A8E3C6B7", "hex")), 3);
  assert.equal(mixed(Buffer.from("a Ωé b", "utf8")), 2);
  for (const s of ["Montréal Québec", "東京タワーへ", "Москва", "ελληνικά", "Schöne Grüße", "5µΩ", "Ελλάδα and café"]) assert.equal(mixed(Buffer.from(s, "utf8")), 0, s);
});

test("sniffEncoding on a sparse cp855 sheet whose one Macedonian word forms three UTF-8 pairs by chance: not UTF-8", async () => {
  // why: on main `ǷԨ�Ʒ` (three valid pairs, one bad byte) was tolerant UTF-8 at 0.75, silent
  const d = (await sniffEncoding(chunked(sheet(Buffer.from("C7B7D4A8E3C6B7", "hex"))))).decision;
  assert.notEqual(d.name, "utf-8");
  assert.equal(d.name, "cp855");
});

test("sniffEncoding near miss: Chinese and Japanese fields cut mid-character by a byte-width export stay UTF-8", async () => {
  const cut = (s: string, drop: number) => { const b = Buffer.from(s, "utf8"); return b.subarray(0, b.length - drop); };
  // why every field cut: no ASCII break inside a field, so each field is one word holding a bad byte (the rule taken back in round 24 failed here)
  const fields = ["東京タワーへの行き方", "中华人民共和国国务院", "サーバーの設定を変更", "대한민국의서울특별시"];
  const body = Buffer.concat([Buffer.from("id;name;note\n"), ...Array.from({ length: 40 }, (_, k) => Buffer.concat([Buffer.from(`${k};`), cut(fields[k % 4], 1 + (k % 2)), Buffer.from(";cut\n")]))]);
  const d = (await sniffEncoding(chunked(body))).decision;
  assert.equal(d.name, "utf-8");
});

test("sniffEncoding near miss: UTF-8 words glued to a windows-1252 dash or curly quotes stay UTF-8", async () => {
  for (const bad of [Buffer.concat([Buffer.from("Montréal"), Buffer.from([0x96]), Buffer.from("Québec")]), Buffer.concat([Buffer.from([0x93]), Buffer.from("Schöne Grüße"), Buffer.from([0x94])])]) {
    const d = (await sniffEncoding(chunked(sheet(bad)))).decision;
    assert.equal(d.name, "utf-8", bad.toString("latin1"));
  }
});
