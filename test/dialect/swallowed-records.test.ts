// opensOverRecords (src/dialect/swallowed-records.ts): a quote that is a whole cell before the delimiter, opening a span of records, is a value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { opensOverRecords } from "../../src/dialect/swallowed-records.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

// A letter-frequency list (n-gram, TAB, count) holding `'` and `_'` as n-grams, as libexttextcat's he.lm does.
const grams = ["_", "a", "e", "n", "_t", "th", "he", "'", "in", "er", "an", "re", "on", "_'", "at", "en", "nd", "ti"];
const NGRAMS = grams.map((g, i) => `${g}\t ${9000 - i * 100}`).join("\n") + "\n";

test("opensOverRecords: an n-gram list holding `'` and `_'` is read with no quote, one record per line", () => {
  assert.equal(sniffDialect(NGRAMS, true).quote, null);
  const f = (JSON.parse(runCli(["-", "--format", "json", "-q"], { stdin: NGRAMS }).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors], [18, 0]);
});

test("opensOverRecords: a quote opening on text or a line break, one line, or lines of text keep their quoting", () => {
  const at = (s: string) => [s.indexOf("'"), s.lastIndexOf("'")] as const;
  const check = (s: string) => opensOverRecords(s, ...at(s), 9);
  assert.equal(check("'\t1\nab\t2\ncd\t3\n_'\t4\n"), true);
  assert.equal(check("'12 Main St\nab\t2\ncd\t3\n_'\t4\n"), false);
  assert.equal(check("x\t'\tb'\t1\n"), false);
  assert.equal(check("'\tfirst line\nsome text\nmore text\nend'\t4\n"), false);
  assert.equal(check("x'\t1\nab\t2\ncd\t3\n_'\t4\n"), false);
  const quoted = 'id,note\n1,"12 Main St\nSpringfield, IL"\n2,"a, b"\n3,"c, d"\n';
  assert.equal(sniffDialect(quoted, true).quote, '"');
});
