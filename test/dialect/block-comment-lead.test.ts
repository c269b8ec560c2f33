// A C block comment (`/* … */` licence notice) at the top is a preamble above the table (src/dialect/block-comment-lead.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { blockCommentLead } from "../../src/dialect/block-comment-lead.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "register-map-under-block-comment-notice.data");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: the `NAME EQU n` register map under a `/* … */` notice is read at spaces, the notice skipped", () => {
  // why: the notice's words, many to a line, outvoted the space delimiter; every line was one cell, without a word
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [" ", 11, false]);
});

test("the built CLI reads the 24 registers in 3 columns, the addresses as integers, with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [24, 0, 3]);
  assert.equal(f.schema?.fields[2].type, "integer");
  assert.ok(f.defects.some((x) => x.code === "preamble-skipped"));
});

test("blockCommentLead counts the notice, the blank lines under it, and blank lines above it", () => {
  assert.equal(blockCommentLead(["", "/*", " * note", " */", "", "a b", "c d"]), 5);
  assert.equal(blockCommentLead(["/**", " * note", " **/", "a b"]), 3);
});

test("blockCommentLead refuses: no block first, a one-line note, text after the close, no close, nothing under, another block under", () => {
  assert.equal(blockCommentLead(["a b", "/*", " */", "c d"]), null);
  assert.equal(blockCommentLead(["/* a note */", "a b", "c d"]), null);
  assert.equal(blockCommentLead(["/*", " * note", " */ a b", "c d"]), null);
  assert.equal(blockCommentLead(["/*", " * note", "a b", "c d"]), null);
  assert.equal(blockCommentLead(["/*", " * note", " */", "", ""]), null);
  assert.equal(blockCommentLead(["/*", " * note", " */", "/* the first: */", "uniform vec2 a;"]), null);
  const long = ["/*", ...Array.from({ length: 250 }, (_, i) => ` * line ${i}`), " */", "a b"];
  assert.equal(blockCommentLead(long), null);
});

test("near misses keep today's reading: a one-column list under a notice, source code with notes between statements", () => {
  const notice = ["/*", " * Word list for the spelling game: one word a line, free to copy", " * under the terms of the licence shipped with the game.", " */", ""];
  const words = ["apple", "banana", "cherry", "damson", "elder", "fig", "grape", "hazel", "ilama", "jujube", "kiwi", "lemon", "mango", "nectarine"];
  const list = sniffDialect([...notice, ...words, ""].join("\n"), true);
  assert.deepEqual([list.delimiter, list.skipRows, list.header], ["", 0, false]);
  const shader = ["/*", " * Shader notes: computes a blend of two images.", " * (c) 2014, licensed under the MIT licence.", " */", "",
    "/* The first image: */", "uniform sampler2D Image1;", "/* The second image: */", "uniform sampler2D Image2;", "varying vec4 baseColor;",
    "void main(void)", "{", "    gl_FragColor = baseColor;", "}", ""].join("\n");
  const code = sniffDialect(shader, true);
  assert.deepEqual([code.delimiter, code.skipRows, code.header], [" ", 0, true]);
});

test("a --skip-rows the warning names keeps the reading", () => {
  const d = sniffDialect(text, true, { skipRows: 11 });
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [" ", 11, false]);
});
