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
  assert.equal(mixed(Buffer.from("a Жé b", "utf8")), 2);
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

test("mixedScriptSequences: CJK beside other letters and spacing modifier letters make no mix (audit F4); Latin with Cyrillic still does", () => {
  // why: Greek glued to kanji is ordinary (`β遮断薬` beta blocker), IPA marks `ˈ ː` and the okina `ʻ` and the Ukrainian `ʼ` are U+02B0–02FF
  for (const s of ["β遮断薬", "α粒子", "γ線", "ˈwɔːtər", "kæˈfeɪ", "Lānaʻi", "мʼясо", "памʼять"]) assert.equal(mixed(Buffer.from(s, "utf8")), 0, s);
  // refused: kanji do not shield a Latin Extended-B and Cyrillic Supplement pair; IPA marks do not shield a Cyrillic and a Latin letter
  assert.equal(mixed(Buffer.from("\u01f7\u0528遮", "utf8")), 3);
  assert.equal(mixed(Buffer.from("ˈЖé", "utf8")), 3);
});

test("mixedScriptSequences: a Greek letter glued to accented Latin ones (`μéq`, `Δélai`) makes no mix; Greek with Cyrillic or Armenian still does", () => {
  // why: on main `μéq/L` (micro-equivalents typed with Greek mu) counted as a chance pair, as cp855 `ǷԨ` does
  for (const s of ["μéq", "Δélai", "10 μéq/L"]) assert.equal(mixed(Buffer.from(s, "utf8")), 0, s);
  for (const s of ["Δж", "éΔж", "μՌ"]) assert.ok(mixed(Buffer.from(s, "utf8")) > 0, s);
});

/** UTF-8 rows of `cells` (one column's values) with one raw windows-1252 `é` (E9) in the last row. */
function utf8WithOneStrayByte(head: string, cells: string[], stray: string): Buffer {
  const rows = cells.map((c, i) => `${i + 1},item${i + 1},${c}`);
  return Buffer.concat([Buffer.from(`${head}\r\n${rows.join("\r\n")}\r\n${cells.length + 1},`, "utf8"), Buffer.from(stray, "latin1"), Buffer.from("\r\n")]);
}

test("sniffEncoding: UTF-8 Japanese with Greek glued to kanji and one stray windows-1252 byte stays UTF-8 (audit F4)", async () => {
  // why: before, every `β遮断薬` cell counted as a mixed-script word, the valid sequences were discounted, and the file read windows-874
  const b = utf8WithOneStrayByte("id,code,class", ["β遮断薬", "α遮断薬", "β刺激薬", "β遮断薬", "α遮断薬"], "glucosidase inhibitor (Caf\xe9)");
  const d = (await sniffEncoding(chunked(b))).decision;
  assert.equal(d.name, "utf-8");
});

test("sniffEncoding: a UTF-8 IPA pronunciation list with one stray windows-1252 byte stays UTF-8 (audit F4)", async () => {
  // why: `ˈwɔːtər` mixes IPA letters with the modifier marks U+02C8 and U+02D0; before, it read macintosh
  const b = utf8WithOneStrayByte("id,word,ipa", ["ˈwɔːtər", "ˈæpəl", "ˈbʌtər", "ˈmʌðər", "ˈfɑːðər", "ˈsɪstər", "ˈdɔːtər", "ˈwɪntər"], "caf\xe9 k\xe6\xe9");
  const d = (await sniffEncoding(chunked(b))).decision;
  assert.equal(d.name, "utf-8");
});
