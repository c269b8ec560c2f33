// utf8-clean-word.ts: tolerant UTF-8 needs one word that is valid UTF-8 by itself; valid pairs only inside words that also hold a bad byte are a legacy page's letters (cp855 `Кинески` is three valid pairs around one bad byte).
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { hasCleanUtf8Word } from "../../src/encoding/utf8-clean-word.js";
import { chunked, fixture } from "./helpers.js";

const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");

test("hasCleanUtf8Word: a UTF-8 word beside a bad byte counts; a word whose valid pairs sit around a bad byte does not", () => {
  const cp855 = iconv.encode("1;Кинески;2005\n", "cp855");
  assert.equal(hasCleanUtf8Word(cp855, 0, cp855.length), false);
  const mixed = Buffer.concat([utf8("1;Elettricità;x\n2;Caff"), Buffer.from([0xe8]), utf8(";y\n")]);
  assert.equal(hasCleanUtf8Word(mixed, 0, mixed.length), true);
  const damaged = Buffer.concat([utf8("Бит"), Buffer.from([0xd0]), utf8("ола;Москва\n")]);
  assert.equal(hasCleanUtf8Word(damaged, 0, damaged.length), true, "Москва is clean");
  const cut = utf8("a;Москва");
  assert.equal(hasCleanUtf8Word(cut, 0, cut.length - 1), true, "a word cut by the window's end counts by its bytes so far");
  assert.equal(hasCleanUtf8Word(utf8("plain ascii\n"), 0, 12), false);
});

test("an English list in cp855 whose one Macedonian word forms three valid UTF-8 pairs: never UTF-8 `ǷԨ�Ʒ` without a warning", async () => {
  // why: on main tolerant UTF-8 took it at 3 valid pairs to 1 bad byte (0.75), silently
  const d = (await sniffEncoding(chunked(fixture("cp855-macedonian-word-valid-utf8-pairs-among-english.csv")))).decision;
  assert.notEqual(d.name, "utf-8", JSON.stringify(d));
  assert.ok(d.name === "cp855" || d.uncertain, JSON.stringify(d));
});

test("near misses: a UTF-8 table with one row from a windows-1252 tool, and a UTF-8 list with one damaged word, stay UTF-8", async () => {
  const d1 = (await sniffEncoding(chunked(fixture("utf8-italian-with-one-1252-row.csv")))).decision;
  assert.equal(d1.name, "utf-8", JSON.stringify(d1));
  const d2 = (await sniffEncoding(chunked(fixture("utf8-cyrillic-one-damaged-word.csv")))).decision;
  assert.deepEqual([d2.name, d2.uncertain], ["utf-8", false], JSON.stringify(d2));
});
