// firstOfSortedCjkKeys (src/dialect/sorted-cjk-keys.ts): a CJK key sorting first in a sorted key column is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { firstOfSortedCjkKeys } from "../../src/dialect/sorted-cjk-keys.js";

const FIXTURE = "fixtures/dialect/sorted-cjk-phrase-pairs-without-header.tsv";

test("firstOfSortedCjkKeys: a mapping table of CJK phrases sorted by key has no header", () => {
  const text = readFileSync(FIXTURE, "utf8");
  const d = sniffDialect(text, true);
  assert.equal(d.delimiter, "\t");
  assert.equal(d.header, false);
});

test("firstOfSortedCjkKeys: the same table under a `#` note block still starts with its first pair", () => {
  const text = "# phrase table\n# Format: key<TAB>value\n\n" + readFileSync(FIXTURE, "utf8");
  assert.equal(sniffDialect(text, true).header, false);
});

test("firstOfSortedCjkKeys: near misses keep their header", () => {
  const body = readFileSync(FIXTURE, "utf8");
  // an ASCII name sorts before any CJK key: order says nothing about it
  assert.equal(sniffDialect("simplified\ttraditional\n" + body, true).header, true);
  // a CJK name that does not sort before the first key (简 U+7B80 above 东 U+4E1C)
  assert.equal(sniffDialect("简体\t繁體\n" + body, true).header, true);
});

test("firstOfSortedCjkKeys: the rule's limits", () => {
  const keys = ["东风", "丝绸", "乌龙茶", "书法", "云雾", "亚洲", "优点", "会议", "传说", "体验", "关键"];
  assert.equal(firstOfSortedCjkKeys(keys[0], keys.slice(1)), true);
  // fewer than 10 values: a short column sorts by chance
  assert.equal(firstOfSortedCjkKeys(keys[0], keys.slice(1, 9)), false);
  // a CJK name that does not sort before the keys (简 U+7B80 above 东 U+4E1C)
  assert.equal(firstOfSortedCjkKeys("简体", keys.slice(1)), false);
  // one value out of order
  assert.equal(firstOfSortedCjkKeys(keys[0], [...keys.slice(1, 5), "一月", ...keys.slice(5)]), false);
  // a cased script (Cyrillic) is not CJK: its names have forms of their own
  const cyr = ["Абакан", "Ачинск", "Барнаул", "Белгород", "Бийск", "Брянск", "Владимир", "Волгоград", "Вологда", "Воронеж", "Грозный"];
  assert.equal(firstOfSortedCjkKeys("Адрес", cyr), false);
});

// Audit wqa21 F1: Hangul sorts in dictionary (가나다) order and kana before every ideograph, so a Korean name early in
// 가나다 order, or a kana name above kanji/katakana, sorts first by code point as a name; these keep their header.
const SUBJECTS = "과목\t담당교사\n과학\t김민수\n국어\t이영희\n기술가정\t박지훈\n도덕\t최수진\n미술\t정하늘\n사회\t강동원\n수학\t윤서연\n영어\t임재현\n음악\t한지민\n정보\t오세훈\n체육\t서준호\n한문\t문정아\n";
const FRUITS = [
  ["과일", "원산지"], ["딸기", "논산"], ["레몬", "미국"], ["망고", "태국"], ["바나나", "필리핀"], ["배", "나주"], ["복숭아", "청도"],
  ["사과", "청송"], ["수박", "고창"], ["오렌지", "미국"], ["자두", "김천"], ["참외", "성주"], ["포도", "영동"],
];
const STAFF = "よみ,氏名,部署\nアオキ タロウ,青木 太郎,営業部\nイトウ ハナコ,伊藤 花子,総務部\nウエダ ケンジ,上田 健二,開発部\n" +
  "エンドウ ユミ,遠藤 由美,人事部\nオオタ ジロウ,太田 次郎,営業部\nカトウ サトシ,加藤 聡,経理部\nキムラ マイ,木村 舞,開発部\n" +
  "クドウ リョウ,工藤 亮,総務部\nコバヤシ ナオ,小林 直,営業部\nサトウ ケン,佐藤 健,開発部\nシミズ アイ,清水 愛,人事部\n";

test("firstOfSortedCjkKeys: a Korean header early in 가나다 order above a sorted Korean list stays a header", () => {
  assert.equal(sniffDialect(SUBJECTS, true).header, true);
  assert.equal(sniffDialect(FRUITS.map((r) => r.join("\t")).join("\n") + "\n", true).header, true);
  assert.equal(sniffDialect(FRUITS.map((r) => r.join(",")).join("\n") + "\n", true).header, true);
});

test("firstOfSortedCjkKeys: a kana header above katakana readings sorted in order stays a header", () => {
  const d = sniffDialect(STAFF, true);
  assert.equal(d.delimiter, ",");
  assert.equal(d.header, true);
});

test("firstOfSortedCjkKeys: kana or Hangul in the cell, or values without an ideograph, refuse", () => {
  const keys = SUBJECTS.trim().split("\n").map((l) => l.split("\t")[0]);
  assert.equal(firstOfSortedCjkKeys(keys[0], keys.slice(1)), false);
  const readings = STAFF.trim().split("\n").map((l) => l.split(",")[0]);
  assert.equal(firstOfSortedCjkKeys(readings[0], readings.slice(1)), false);
  // kana head above ideograph keys: kana sort before every ideograph
  assert.equal(firstOfSortedCjkKeys("よみ", ["东风", "丝绸", "乌龙茶", "书法", "云雾", "亚洲", "优点", "会议", "传说", "体验", "关键"]), false);
});
