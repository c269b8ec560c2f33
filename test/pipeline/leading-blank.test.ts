// Blank lines before the first record (src/pipeline/validate.ts): the first non-blank record is the header or gives a headerless file its width.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const run = (args: string[]) => {
  const r = runCli([...args, "--format", "json"]);
  return { code: r.code, file: (JSON.parse(r.stdout) as Report).files[0] };
};

test("headerless: a blank line after a comment block does not make the file one column wide", () => {
  const { code, file } = run(["fixtures/dialect/comment-block-blank-line-headerless.dat", "--comment", "#", "--no-header"]);
  assert.deepEqual(file.columns, ["field1", "field2", "field3"]);
  assert.equal(file.errors, 0);
  assert.equal(code, 0);
  // every line is accounted for: 9 records of data and the blank lines as blank rows
  assert.equal(file.rows.total, 12);
  assert.equal(file.byCode["row-blank"], 3);
});

test("with a header: the first non-blank record after the blank lines is the header", () => {
  const { code, file } = run(["fixtures/dialect/comment-block-blank-line-header.csv", "--comment", "#", "--skip-rows", "0"]);
  assert.deepEqual(file.columns, ["name", "count", "city"]);
  assert.equal(file.errors, 0);
  assert.equal(code, 0);
  // (--skip-rows 0: no preamble sniffed, so the blank lines reach the reader) they are kept as blank rows, not lost
  assert.equal(file.byCode["row-blank"], 2);
});

test("a file of blank lines only is still an empty file", () => {
  const { file } = run(["fixtures/dialect/only-blank-lines.csv"]);
  assert.ok(file.byCode["empty-file"] >= 1);
});

test("headerless: a file of blank records only keeps them as rows", () => {
  const { file } = run(["fixtures/dialect/only-blank-lines.csv", "--no-header"]);
  assert.equal(file.rows.total, 3);
  assert.equal(file.byCode["row-blank"], 3);
  assert.equal(file.byCode["empty-file"], undefined);
});
