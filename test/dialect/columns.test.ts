// Fixed-width column detection (src/dialect/columns.ts) and its use by the sniffer: text columns with single spaces.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { fixedColumns, cutColumns, tabAlignedColumns } from "../../src/dialect/columns.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { valuesThenText } from "../../src/dialect/values-then-text.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(join(here, "..", "..", "fixtures", "dialect", name), "utf8");
const lines = (name: string): string[] => fixture(name).split("\n");

test("fixedColumns: column starts of an aligned table whose text columns hold single spaces", () => {
  // right-aligned id and score, left-aligned name and a ragged last column (city)
  assert.deepEqual(fixedColumns(lines("fixed-width-text-with-spaces.txt")), [1, 6, 13, 27]);
});

test("fixedColumns: inner spaces that line up on one long value are no boundary (`Carla de Sa`)", () => {
  const starts = fixedColumns(lines("fixed-width-text-with-spaces.txt"))!;
  assert.deepEqual(cutColumns("  13  120.2  Carla de Sa   Rio de Janeiro", starts), ["13", "120.2", "Carla de Sa", "Rio de Janeiro"]);
});

test("fixedColumns: a code column then a name of one or more words", () => {
  assert.deepEqual(fixedColumns(lines("code-then-name-with-spaces.txt")), [0, 4]);
});

test("fixedColumns: none when runs of spaces already read the table right, or with too few lines", () => {
  assert.equal(fixedColumns(lines("whitespace-aligned-right.txt")), null);
  assert.equal(fixedColumns(["a b c", "d e f g"]), null);
});

test("cutColumns: a value over a column boundary does not fit; a short line has fewer cells", () => {
  assert.equal(cutColumns("  1234 Bob", [0, 4]), null);
  assert.deepEqual(cutColumns("  12 Bob", [0, 5, 10]), ["12", "Bob"]);
  assert.deepEqual(cutColumns("  12      x", [0, 5, 10]), ["12", "", "x"]);
});

test("sniffDialect: fixed-width columns reported with whitespace, and the header read from them", () => {
  const d = sniffDialect(fixture("fixed-width-text-with-spaces.txt"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.whitespace, true);
  assert.deepEqual(d.columns, [1, 6, 13, 27]);
  assert.equal(d.header, true);
  const plain = sniffDialect(fixture("whitespace-aligned-right.txt"), true);
  assert.equal(plain.whitespace, true);
  assert.equal(plain.columns, undefined);
});

test("sniffDialect: a forced other delimiter learns no columns", () => {
  assert.equal(sniffDialect(fixture("code-then-name-with-spaces.txt"), true, { delimiter: "space" }).columns, undefined);
  assert.deepEqual(sniffDialect(fixture("code-then-name-with-spaces.txt"), true, { delimiter: "whitespace" }).columns, [0, 4]);
});

test("fixedColumns: positions whose cells keep runs of spaces (letters above right-aligned scores) are refused; runs read the matrix", () => {
  const text = fixture("score-matrix-row-labels.txt");
  assert.equal(fixedColumns(text.split("\n")), null);
  const d = sniffDialect(text, true);
  assert.equal(d.whitespace, true);
  assert.equal(d.columns, undefined);
});

test("CLI: a score matrix with row labels reads as row names and one column per letter", () => {
  const r = runCli([join(here, "..", "..", "fixtures", "dialect", "score-matrix-row-labels.txt"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["row.names", "W", "X", "Y", "Z", "*"]);
  assert.equal(f.errors, 0);
});

test("tabAlignedColumns: numbers padded with spaces and TABs alike, then names with spaces (X11 rgb.txt layout)", () => {
  const rows = lines("colour-names-aligned-with-tabs-and-spaces.txt").slice(1);
  assert.deepEqual(tabAlignedColumns(rows), [0, 4, 8, 13]);
  // a TSV whose TABs already read every line at one width keeps its TABs
  assert.equal(tabAlignedColumns(["id\tname", "1\tAnn Lee", "22\tBo", "333\tCy Young"]), null);
  // log lines above `    0<TAB>0.862` line up by chance at `INFO: `: no more columns than TABs make, so TABs stay
  assert.equal(tabAlignedColumns(["INFO: start", "INFO: step one", "INFO: done", "    0\t0.862", "    1\t0.883", "    2\t0.889", "    3\t0.885"]), null);
});

test("the built CLI: `!` note line skipped, three numbers and a name with spaces on every row, no error", () => {
  const d = sniffDialect(fixture("colour-names-aligned-with-tabs-and-spaces.txt"), true);
  assert.deepEqual([d.comment, d.whitespace, d.columns, d.header], ["!", true, [0, 4, 8, 13], false]);
  const r = runCli(["fixtures/dialect/colour-names-aligned-with-tabs-and-spaces.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, 12);
  assert.deepEqual(f.stats!.map((s) => s.type), ["integer", "integer", "integer", "string"]);
});

test("fixedColumns: ragged rows of numbers that merge values at the positions (`200 180 160 0` in one cell) are no fixed-width table", () => {
  assert.equal(fixedColumns(lines("ragged-number-rows-not-fixed-width.txt")), null);
});

test("fixedColumns: merged numbers are refused only when asked (the sniffer asks when runs of spaces would read the rows instead)", () => {
  assert.notEqual(fixedColumns(lines("ragged-number-rows-not-fixed-width.txt"), false), null);
});

test("valuesThenText: padded values then free text of single spaces are read by position, not as one column", () => {
  const d = sniffDialect(fixture("values-then-free-text-padded.txt"), true);
  assert.deepEqual([d.delimiter, d.header, d.columns], [" ", false, [0, 12]]);
  const r = runCli(["fixtures/dialect/values-then-free-text-padded.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "string"]);
  assert.equal(f.rows.total, 24);
  assert.equal(f.errors, 0);
  // the codes go on past the fixed positions (`A Salta`, `ACT Australian Capital Territory`): no cut there
  const coded = "AR A Salta\nAR B Buenos Aires\nAU ACT Australian Capital Territory\nAU NSW New South Wales\nBR AC Acre\nBR AL Alagoas\n";
  assert.equal(valuesThenText(coded), null);
  // prose, and single-spaced lower-case words first, are no such list
  assert.equal(valuesThenText("the cat sat on the mat\nand the dog sat too\nbut not for long\nthen all went home\nand slept\n"), null);
  assert.equal(valuesThenText("john went home\nmary went out\npete went away\nanna went in\nbill went up\n"), null);
});

test("fixedColumns: one line whose last cell holds a run of spaces (`7 Elm Rd  (rear)`) is text; the table is read by position", () => {
  const text = fixture("aligned-address-list-one-run-in-last-column.txt");
  assert.deepEqual(fixedColumns(text.split("\n")), [0, 7, 22]);
  const r = runCli([join(here, "..", "..", "fixtures", "dialect", "aligned-address-list-one-run-in-last-column.txt"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["CODE", "NAME", "ADDRESS"], 5, 0]);
  // two such lines are columns merged, as in a score matrix: refused
  assert.equal(fixedColumns(text.replace("12 Oak St, Dover", "12 Oak St  Dover").split("\n")), null);
});
