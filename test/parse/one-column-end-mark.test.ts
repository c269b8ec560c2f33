// endMark (src/parse/csv.ts) and sniffComment (src/dialect/comment.ts): a last `//` line of a one-column table is a value, not an end mark or a comment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { tokenize, cellsOf } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/one-column-list-ending-in-double-slash.txt";

test("sniffComment: a bare `//` last line of a one-column list makes no comment character", () => {
  assert.equal(sniffDialect(readFileSync(FIXTURE, "utf8"), true).comment, null);
  // a `//` note with words in the same list still does
  assert.equal(sniffDialect("// prefixes served\nprefix\n/\n/api\n/api/v1\n// end of list\n", true).comment, "//");
});

test("endMark: in a one-column table a last `//` is a record; in a TAB table it still ends the table", () => {
  assert.deepEqual(cellsOf(tokenize("/\n/api\n//\n", { delimiter: "" })), [["/"], ["/api"], ["//"]]);
  assert.deepEqual(cellsOf(tokenize("a\t1\nb\t2\n//\n", { delimiter: "\t" })), [["a", "1"], ["b", "2"]]);
  // ^Z is a control character, never a value: it stays the end mark in a one-column table too
  assert.deepEqual(cellsOf(tokenize("/\n/api\n\x1a", { delimiter: "" })), [["/"], ["/api"]]);
});

test("the CLI reads every line of a one-column list ending in `//`, none skipped", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.lines], [["prefix"], 4, 0, undefined]);
});
