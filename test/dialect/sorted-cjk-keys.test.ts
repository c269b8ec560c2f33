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
