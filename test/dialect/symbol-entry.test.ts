// symbolEntry (src/dialect/symbol-entry.ts): a one-column list's head of symbols only, written like an entry below (`*****` above `******`), is an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { symbolEntry } from "../../src/dialect/symbol-entry.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/sorted-password-list-opening-with-symbols.txt";

test("symbolEntry: a sorted password list opening with `*****` above `******` has no header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 30, 0]);
});

test("symbolEntry: one sign over values written in other signs (`#` above `1`, `-`, `2`) stays the header", () => {
  assert.equal(sniffDialect("#\n1\n2\n-\n3\n4\n5\n6\n", true).header, true);
  assert.equal(symbolEntry("#", ["1", "2", "-", "3"]), false);
  assert.equal(symbolEntry("Password", ["******", "0000"]), false);
  assert.equal(symbolEntry("*****", ["******", "0000"]), true);
});

const STOPWORDS = "fixtures/dialect/stopword-list-opening-with-punctuation-entries.txt";

test("symbolEntry: a stopword list opening with `———` above punctuation entries (`：`, `&`, `~~~~`) has no header", () => {
  assert.equal(sniffDialect(readFileSync(STOPWORDS, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([STOPWORDS, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 24, 0]);
});

test("symbolEntry: one sign over sign entries (`#` above `:`, `&`, `*`) and signs over one sign entry stay the header", () => {
  assert.equal(symbolEntry("#", [":", "&", "*", "a"]), false);
  assert.equal(symbolEntry("——", ["a", "-", "b", "c"]), false);
  assert.equal(symbolEntry("——", ["a", "-", "&", "*"]), true);
  assert.equal(sniffDialect("##\nalpha\n-\nbeta\ngamma\ndelta\n", true).header, true);
});

const EMOJI = "fixtures/dialect/emoji-list-opening-with-an-emoji.txt";

test("symbolEntry: an emoji list opening with one emoji (`🎉` above `👀`, `✌️`) has no header", () => {
  assert.equal(sniffDialect(readFileSync(EMOJI, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([EMOJI, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 12, 0]);
  assert.equal(symbolEntry("🎉", ["👀", "✌️", "👉"]), true);
});

test("symbolEntry: one emoji over words, or over fewer than 3 sign entries, is no entry by this rule", () => {
  assert.equal(symbolEntry("🎉", ["party", "cake", "fun", "👀"]), false);
  assert.equal(symbolEntry("🎉", ["👀", "👀", "a"]), false);
});
