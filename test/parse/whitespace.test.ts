// CsvTokenizer in whitespace mode (aligned columns): runs of spaces split, leading and trailing spaces do not; sniffed and forced end to end.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";
import { reportValidator } from "../report/helpers.js";
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { sniffDialect } from "../../src/dialect/index.js";

const ws = { delimiter: " ", quote: null, whitespace: true } as const;

test("runs of spaces are one delimiter; leading and trailing spaces are none, in any chunking", () => {
  const text = " 0   0    0\n 1   1    1  \n10 100 1000\n\n  \"a b\"  c  d";
  for (const sizes of [[], [1], [2, 5], [4]]) {
    const recs = tokenize(text, ws, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["0", "0", "0"], ["1", "1", "1"], ["10", "100", "1000"], [""], ["a b", "c", "d"]], `sizes ${sizes}`);
    assert.deepEqual(recs.map((r) => r.line), [1, 2, 3, 4, 5]);
  }
});

test("without the flag a space delimiter still splits at every space (an empty field between two)", () => {
  assert.deepEqual(tokenize("a  b\n", { delimiter: " ", quote: null }).map((r) => r.cells), [["a", "", "b"]]);
});

test("CLI: a right-aligned table is sniffed as whitespace-aligned and reads without row-missing-cells", () => {
  const r = runCli(["fixtures/dialect/whitespace-aligned-right.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect?.whitespace, true);
  assert.equal(f.columns.length, 3);
  assert.equal(f.errors, 0);
  assert.equal(r.code, 0);
});

test("CLI: --delimiter whitespace forces it; --delimiter space does not", () => {
  const forced = (JSON.parse(runCli(["fixtures/dialect/whitespace-aligned-header.txt", "--delimiter", "whitespace", "--format", "json"]).stdout) as Report).files[0];
  assert.equal(forced.dialect?.whitespace, true);
  assert.deepEqual(forced.columns, ["name", "kind", "size"]);
  assert.equal(forced.errors, 0);
  const single = (JSON.parse(runCli(["fixtures/dialect/whitespace-aligned-header.txt", "--delimiter", "space", "--format", "json"]).stdout) as Report).files[0];
  assert.equal(single.dialect?.whitespace, undefined);
  assert.ok(single.errors > 0);
});

test("fixed-width columns: one-line records cut at the column starts in any chunking; a line that does not fit keeps the runs reading", () => {
  const text = "  id name      city\n   1 Ann Lee   New York\n  22 Bob       Paris\n 333 Carla Smith Oslo\n";
  for (const sizes of [[], [1], [3, 7], [5]]) {
    const recs = tokenize(text, { ...ws, columns: [0, 5, 15] }, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["id", "name", "city"], ["1", "Ann Lee", "New York"], ["22", "Bob", "Paris"], ["333", "Carla", "Smith", "Oslo"]], `sizes ${sizes}`);
  }
});

test("fixed-width columns: a quote inside a cell is text, one wrapping a whole cell quotes it; a quoted field across a column start keeps the quote reading", () => {
  const text = '1    Ed Fox        Davis "CA"    95616\n2    "Bo ""B"" Chan" Reno          89501\n3    "Cy   Diaz      Reno"         97201\n';
  for (const sizes of [[], [4, 9]]) {
    const recs = tokenize(text, { ...ws, quote: '"', columns: [0, 5, 19, 33] }, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["1", "Ed Fox", 'Davis "CA"', "95616"], ["2", 'Bo "B" Chan', "Reno", "89501"], ["3", "Cy   Diaz      Reno", "97201"]], `sizes ${sizes}`);
    assert.deepEqual(recs.map((r) => r.quoted), [null, [false, true, false, false], [false, true, false]]);
  }
  const r = runCli(["fixtures/dialect/aligned-table-quoted-word-inside-a-cell.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.dialect!.columns, [0, 5, 19, 33, 40]);
  assert.deepEqual(f.defects.map((d) => d.code), []);
});

test("CLI: an aligned table with single spaces inside text columns reads without defects, columns reported", () => {
  const r = runCli(["fixtures/dialect/fixed-width-text-with-spaces.txt", "--format", "json"]);
  const validate = reportValidator();
  assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors));
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect?.whitespace, true);
  assert.deepEqual(f.dialect?.columns, [1, 6, 13, 27]);
  assert.deepEqual(f.columns, ["id", "score", "name", "city"]);
  assert.equal(f.errors, 0);
  assert.equal(r.code, 0);
  const single = (JSON.parse(runCli(["fixtures/dialect/fixed-width-text-with-spaces.txt", "--delimiter", "space", "--format", "json"]).stdout) as Report).files[0];
  assert.ok(single.errors > 0);
});

test("CLI: a code column then a name of several words (headerless) is read as two columns", () => {
  const r = runCli(["fixtures/dialect/code-then-name-with-spaces.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.dialect?.columns, [0, 4]);
  assert.equal(f.columns.length, 2);
  assert.equal(f.errors, 0);
});

test("whitespace mode: a TAB is whitespace too, in runs with spaces, in any chunking", () => {
  const text = "ALA\tProtein\nARG  \tProtein\nASNX    Protein\nred\t\t   f03232\n";
  for (const sizes of [[], [1], [3, 7], [5]]) {
    assert.deepEqual(tokenize(text, ws, sizes).map((r) => r.cells), [["ALA", "Protein"], ["ARG", "Protein"], ["ASNX", "Protein"], ["red", "f03232"]], `sizes ${sizes}`);
  }
});

test("sniffer: tabs and spaces mixed as separators read as whitespace; a TSV with an empty middle cell stays TAB", () => {
  const mixed = sniffDialect(readFileSync("fixtures/dialect/tabs-and-spaces-aligned.txt", "utf8"), true);
  assert.equal(mixed.delimiter, " ");
  assert.equal(mixed.whitespace, true);
  const spacedHeader = sniffDialect(readFileSync("fixtures/dialect/header-spaced-rows-tabbed.tsv", "utf8"), true);
  assert.equal(spacedHeader.whitespace, true);
  assert.equal(spacedHeader.header, true);
  // consecutive tabs that are an empty cell: single tabs read every line at one width, so TAB stays
  const tsv = sniffDialect("a\tb\tc\n1\t\t3\n4\t5\t6\n7\t8\t9\n", true);
  assert.equal(tsv.delimiter, "\t");
  assert.equal(tsv.whitespace, undefined);
  // a TAB ending the header only (an empty last name) is no alignment either
  assert.equal(sniffDialect("day\tcount\t\n2024-01-01\t3\n2024-01-02\t5\n2024-01-03\t8\n", true).delimiter, "\t");
});

test("sniffer: numbers padded for their sign on some lines only are read at runs of spaces", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/sign-padded-numbers.txt", "utf8"), true);
  assert.equal(d.delimiter, " ");
  assert.equal(d.whitespace, true);
  // one line with two spaces in a single-spaced file is an empty field, not alignment
  assert.equal(sniffDialect("10 2 3\n4  6\n7 80 9\n1 2 300\n45 5 6\n", true).whitespace, undefined);
});

test("CLI: tab/space-aligned files and a spaced header above tabbed rows read without defects", () => {
  for (const [name, columns] of [["tabs-and-spaces-aligned.txt", 2], ["header-spaced-rows-tabbed.tsv", 3], ["sign-padded-numbers.txt", 3]] as const) {
    const r = runCli([`fixtures/dialect/${name}`, "--format", "json"]);
    const f = (JSON.parse(r.stdout) as Report).files[0];
    assert.equal(f.columns.length, columns, name);
    assert.equal(f.errors, 0, name);
    assert.equal(r.code, 0, name);
  }
});

test("tabRuns: a run of TABs is one delimiter and a run at the line's end none, in any chunking; a space stays text", () => {
  const text = "Primer A\t\t\tACGT\nLong Adapter 2\tGGCC\t\t\nx\t\t\"a\tb\"\n";
  for (const sizes of [[], [1], [2, 5], [4]]) {
    const recs = tokenize(text, { delimiter: "\t", quote: '"', tabRuns: true }, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["Primer A", "ACGT"], ["Long Adapter 2", "GGCC"], ["x", "a\tb"]], `sizes ${sizes}`);
  }
  // without the flag every TAB parts two cells
  assert.deepEqual(tokenize("a\t\tb\n", { delimiter: "\t", quote: null }).map((r) => r.cells), [["a", "", "b"]]);
});

test("CLI: names padded with runs of TABs to their sequences are sniffed as TAB runs and read as two columns, no error", () => {
  const r = runCli(["fixtures/dialect/tab-runs-align-names-and-sequences.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.errors, 0);
  assert.equal(f.columns.length, 2);
  assert.equal(f.dialect?.header, false);
  const d = sniffDialect(readFileSync("fixtures/dialect/tab-runs-align-names-and-sequences.txt", "utf8"), true);
  assert.deepEqual([d.delimiter, d.tabRuns, d.comment], ["\t", true, "#"]);
  // a TSV whose empty cells keep every row at one width is read TAB by TAB
  assert.equal(sniffDialect("id\tname\tnote\n1\tann\t\n2\t\tx\n3\tbob\t\n4\t\t\n", true).tabRuns, undefined);
});

test("tabRunsAlign: a header naming every column refuses runs; each row's one value stays under its month", () => {
  const name = "fixtures/dialect/sparse-tsv-one-value-per-row-header-names-every-column.tsv";
  const text = readFileSync(name, "utf8");
  assert.equal(sniffDialect(text, true).tabRuns, undefined);
  // the rows leave out their empty last cells: short rows are reported, their cells where TAB by TAB puts them
  const dir = mkdtempSync(join(tmpdir(), "tab-runs-"));
  const r = runCli([name, "--rejects", join(dir, "r.csv"), "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.byCode, { "row-missing-cells": 9 });
  const rows = readFileSync(join(dir, "r.csv"), "utf8").trimEnd().split(/\r?\n/).slice(1).map((l) => l.split(",").slice(0, 5));
  const want = text.trimEnd().split("\n").slice(1).map((l) => l.split("\t")).filter((c) => c.length < 5);
  assert.deepEqual(rows, want.map((c) => [...c, "", "", "", ""].slice(0, 5)));
});

test("tabRunsAlign: a sparse TSV's runs of empty cells stay empty cells, with its empty last cells kept or left out", () => {
  for (const name of ["sparse-tsv-runs-of-empty-cells.tsv", "sparse-tsv-empty-last-cells-left-out.tsv"]) {
    const path = `fixtures/dialect/${name}`;
    assert.equal(sniffDialect(readFileSync(path, "utf8"), true).tabRuns, undefined, name);
  }
  // end to end: every record of the rectangular one is valid, its cells where TAB by TAB puts them (--clean writes CSV)
  const dir = mkdtempSync(join(tmpdir(), "tab-runs-"));
  const r = runCli(["fixtures/dialect/sparse-tsv-runs-of-empty-cells.tsv", "--clean", join(dir, "c.tsv"), "--format", "json"]);
  assert.equal(r.code, 0, r.stdout);
  const want = readFileSync("fixtures/dialect/sparse-tsv-runs-of-empty-cells.tsv", "utf8").replace(/\n$/, "").split("\n").map((l) => l.split("\t"));
  const got = readFileSync(join(dir, "c.tsv"), "utf8").trimEnd().split(/\r?\n/).map((l) => l.split(","));
  assert.deepEqual(got, want);
});
