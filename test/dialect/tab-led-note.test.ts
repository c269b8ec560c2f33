// A `#` note indented by a TAB among notes indented by spaces is a comment line (isCommentLine, csv.ts indentedComment).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { isCommentLine } from "../../src/dialect/comment.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/word-list-under-notes-indented-by-spaces-and-a-tab.txt";

test("isCommentLine: `<TAB># and affix …` is a note as `    # …` is; `<TAB>#ff0000` (no blank after the mark) is not", () => {
  assert.deepEqual(["\t# and affix definitions", "\t#", " \t # x", "    # x"].map((l) => isCommentLine(l, "#")), [true, true, true, true]);
  assert.deepEqual(["\t#ff0000\tred", "x\t# y"].map((l) => isCommentLine(l, "#")), [false, false]);
});

test("sniffDialect and the built CLI: the word list under the notes reads 6 entries, no header (the TAB note was the header)", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["", "#", false]);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.columns, f.defects.length, f.lines.comments], [6, ["field1"], 0, 5]);
});

test("near miss: in a TSV a leading TAB is an empty cell, so `<TAB># note<TAB>x` rows under `#` notes stay rows", () => {
  const file = ["# colours", "# from a palette", "name\tcode\tnote", "\t# 1\tred", "\t# 2\tgreen", "x\t# 3\tblue", "y\t# 4\tgrey"].join("\n") + "\n";
  const f = (JSON.parse(runCli(["-", "--format", "json"], { stdin: file }).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [4, 0, 3]);
});

test("isCommentLine: a TAB-led `#` line holding a further TAB (`<TAB># x<TAB>note-like`) is a row: an empty cell, then one starting with the mark", () => {
  assert.deepEqual(["\t# x\tnote-like", "\t# \tspace hash", "\t#\tx"].map((l) => isCommentLine(l, "#")), [false, false, false]);
});

test("near miss: a TSV with `<TAB># x<TAB>note-like` rows under a `# key list` note keeps its TAB and header (it was a whitespace table with no header)", () => {
  const file = ["# key list", "key\tsym\tname", "\t# \tspace hash", "\t# x\tnote-like", "2\t!\tbang", "3\t$\tdollar", "4\t%\tpercent"].join("\n") + "\n";
  const f = (JSON.parse(runCli(["-", "--format", "json"], { stdin: file }).stdout) as Report).files[0];
  assert.deepEqual([f.dialect.delimiter, f.dialect.header, f.columns, f.rows.total], ["\t", true, ["key", "sym", "name"], 5]);
});
