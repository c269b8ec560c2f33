// noteShaped (src/dialect/comment.ts): in a one-column table a run of the comment mark (`;;; # note`, `;;;`) opens a note as one mark does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { sniffComment } from "../../src/dialect/comment.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/pronouncing-dictionary-under-tripled-semicolon-notes.txt";
const oneColumn = () => ({ delimiter: "", quote: "", escape: "" });

test("noteShaped: `;;;` notes above a pronouncing dictionary are comments, not its header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.comment, d.header], [";", false]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 28, 0]);
});

test("noteShaped: an entry glued to the run of marks (`;;)` among emoticons) stays a row", () => {
  const emoticons = [";;)", ":-)", ";-)", ":D", ":P", "XD", ":(", ";;)"];
  assert.equal(sniffComment(emoticons, oneColumn).comment, null);
});

test("noteShaped: a run of marks alone is an entry of a word or password list, not a note (wqa18c)", () => {
  assert.equal(sniffComment(["token", "the", ";;", "and", "of", "to"], oneColumn).comment, null);
  assert.equal(sniffComment(["the", ".", ",", ";", ";;", ":", "and", "of"], oneColumn).comment, null);
  assert.equal(sniffComment(["!!", "!!!", "000000", "111111", "123456", "abc123", "password", "qwerty"], oneColumn).comment, null);
});

test("sniffDialect: a sorted password list opening with `!!`, `!!!`, `!@#$%` keeps them all as entries (no note, no preamble)", () => {
  const d = sniffDialect(["!!", "!!!", "!@#$%", "000000", "111111", "123456", "abc123", "password", "qwerty"].join("\n") + "\n", true);
  assert.deepEqual([d.comment, d.skipRows, d.header], [null, 0, false]);
});
