// regexPatternLikeBody (src/dialect/regex-pattern.ts): an anchored pattern above patterns is a record, not a column name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { regexPatternLikeBody } from "../../src/dialect/regex-pattern.js";

const NAME = "fixtures/dialect/rewrite-rules-first-pattern-anchored.txt";

test("regexPatternLikeBody: a table of rewrite rules led by an anchored pattern has no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ";");
  assert.equal(d.header, false);
});

test("regexPatternLikeBody refuses: a cell not anchored at its start, values mostly not patterns, too few values", () => {
  const values = ["^ob$", "(^|[ae])i", "[ae]e", "ph"];
  assert.equal(regexPatternLikeBody("^ab$", values), true);
  assert.equal(regexPatternLikeBody("pattern", values), false);
  assert.equal(regexPatternLikeBody("US$", values), false);
  assert.equal(regexPatternLikeBody("[unit]", values), false);
  assert.equal(regexPatternLikeBody("^ab$", ["ob", "sub", "ph", "[ae]e"]), false);
  assert.equal(regexPatternLikeBody("^ab$", ["^ob$", "^sub$"]), false);
});

test("regexPatternLikeBody refuses: names above rewrite rules keep their header", () => {
  const d = sniffDialect("pattern;replacement\n^ab$;ab\n^ob$;ob\n(^|[aeo])i([aeiou]);\\1j\\2\n[ae]e;ae\n", true);
  assert.equal(d.header, true);
});
