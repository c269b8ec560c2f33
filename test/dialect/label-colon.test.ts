// labelColonRows (src/dialect/label-colon.ts) and the setting line above such rows: a `:` that ends a row's label is no delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { labelColonRows } from "../../src/dialect/label-colon.js";
import { settingLine } from "../../src/dialect/title-lines.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const named = join("fixtures", "dialect", "labelled-pen-rows-under-a-setting-line.dat");
const some = join("fixtures", "dialect", "labelled-pen-rows-some-named.dat");
const block = join("fixtures", "dialect", "setting-line-under-long-comment-block.tsv");
const read = (name: string): string => readFileSync(join(here, "..", "..", name), "utf8");
const cli = (name: string): Report["files"][number] => (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];

test("sniffDialect: `max:1000` above `0:<TAB>  0  0   0<TAB><TAB>ink` rows reads the rows at blanks, the setting as a preamble", () => {
  const d = sniffDialect(read(named), true);
  assert.deepEqual([d.delimiter, d.whitespace, d.comment, d.header, d.skipRows], [" ", true, "#", false, 3]);
  const s = sniffDialect(read(some), true);
  assert.deepEqual([s.delimiter, s.whitespace, s.header, s.skipRows], [" ", true, false, 1]);
});

test("the built CLI reads 5 columns (label, red, green, blue, name), every row, no error; the name may be left off", () => {
  const f = cli(named);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [5, 6, 0]);
  const g = cli(some);
  assert.deepEqual([g.columns.length, g.rows.total, g.errors], [5, 11, 0]);
});

test("labelColonRows: a label closed by `:` and a blank, then blank-parted numbers, under at most 2 other lines", () => {
  assert.equal(labelColonRows("scale:255\n0:\t1 2 3\n1:\t4  5 6\n2:\t7 8  9\n", ":"), true);
  assert.equal(labelColonRows("a: 1 2\nb: 3 4\nc: 5 6\n", ":"), true);
});

test("labelColonRows refuses: a `:` glued to what follows, two colons, text after the label, ragged rows, more lead lines, few rows", () => {
  const rows = ["0:\t1 2 3", "1:\t4 5 6", "2:\t7 8 9"];
  assert.equal(labelColonRows(rows.join("\n"), ":"), true);
  assert.equal(labelColonRows(rows.join("\n"), ","), false);
  // a time or a `key:value` glued: 12:30 is one value
  assert.equal(labelColonRows("12:30 5 6\n12:45 7 8\n13:00 9 1\n", ":"), false);
  assert.equal(labelColonRows([...rows, "3:\t1 2 3:4"].join("\n"), ":"), false);
  // a `key: value` list of words is a `:` list
  assert.equal(labelColonRows("name:\tAnn Lee\ncity:\tNew York\nrole:\tTech Lead\n", ":"), false);
  assert.equal(labelColonRows([...rows, "3:\t1 2"].join("\n"), ":"), false);
  assert.equal(labelColonRows(["title", "scale:255", "note", ...rows].join("\n"), ":"), false);
  assert.equal(labelColonRows([rows[0], "x:y", ...rows.slice(1)].join("\n"), ":"), false);
  assert.equal(labelColonRows(rows.slice(0, 2).join("\n"), ":"), false);
  // a row one cell short must not end in a word (a middle cell lost), and the wider rows must end in one
  assert.equal(labelColonRows([...rows.map((r) => r + "\tred"), "3:\t1 2 3", "4:\t5 6 7"].join("\n"), ":"), true);
  assert.equal(labelColonRows([...rows.map((r) => r + "\tred"), "3:\t1 2 red"].join("\n"), ":"), false);
  assert.equal(labelColonRows([...rows.map((r) => r + "\t9"), "3:\t1 2 3"].join("\n"), ":"), false);
  // a `:` table keeps its `:`
  assert.equal(sniffDialect("a:1:x\nb:2:y\nc:3:z\nd:4:w\n", true).delimiter, ":");
  assert.equal(sniffDialect("name: Ann Lee\ncity: New York\nrole: Tech Lead\nteam: Data Ops\n", true).delimiter, ":");
});

test("settingLine: a keyword and one number after a blank, a `:` or a `=`", () => {
  assert.equal(settingLine(["scale:255"]), true);
  assert.equal(settingLine(["n = 12"]), true);
  assert.equal(settingLine(["scale:255:3"]), false);
  assert.equal(settingLine(["time 12:30"]), false);
  assert.equal(settingLine(["a:b"]), false);
  assert.equal(settingLine(["12:30"]), false);
});

test("sniffDialect: a `/* … */` line and `max:1000` under 32 `#` lines are a preamble; the licence lines no longer use up its room", () => {
  const d = sniffDialect(read(block), true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.skipRows], ["\t", "#", false, 32]);
  const f = cli(block);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [4, 16, 0]);
});

test("sniffDialect refuses: `#` lines only above the rows are comments, no preamble; a one-name line of words stays a header", () => {
  const text = read(block).split("\n").filter((l) => !l.startsWith("/*") && !l.startsWith("max")).join("\n");
  const d = sniffDialect(text, true);
  assert.deepEqual([d.comment, d.skipRows], ["#", 0]);
  // a lone word above the rows (no number after it) is read as before: a header whose delimiters were lost
  assert.equal(sniffDialect(read(block).replace("max:1000", "pens").replace(/^\/\*.*\n/m, ""), true).header, true);
});

test("labelColonRows refuses a lead line of two names: `name: value` heads a clean `:` list of number pairs", () => {
  const pairs = join("fixtures", "dialect", "colon-number-pairs-under-name-value-header.txt");
  const d = sniffDialect(read(pairs), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], [":", true, 0]);
  const f = cli(pairs);
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["name", "value"], 4, 0, 0]);
  assert.equal(labelColonRows(read(pairs), ":"), false);
  assert.equal(labelColonRows("key:value\na: 1 2\nb: 3 4\nc: 5 6\n", ":"), false);
});

test("labelColonRows still takes a setting line or a title of words above the rows", () => {
  const rows = "0:\t1 2 3\n1:\t4 5 6\n2:\t7 8 9\n";
  assert.equal(labelColonRows("scale:255\n" + rows, ":"), true);
  assert.equal(labelColonRows("n = 12\n" + rows, ":"), true);
  assert.equal(labelColonRows("Palette: pen colours\n" + rows, ":"), true);
});
