// Title lines of one cell, and a `name number` setting line, above a few records are a preamble (src/dialect/title-lines.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { settingLine, titleStack } from "../../src/dialect/title-lines.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const titles = join("fixtures", "dialect", "title-lines-above-few-records.txt");
const setting = join("fixtures", "dialect", "setting-line-above-few-records.tsv");
const read = (name: string): string => readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: a short title and a name of as many words as columns above 6 `;` records are a preamble", () => {
  const d = sniffDialect(read(titles), true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], [";", 2, false]);
});

test("sniffDialect: a `kappa 0.2500` line above 5 TAB records of 4 cells is a preamble, and the records have no header", () => {
  const d = sniffDialect(read(setting), true);
  assert.deepEqual([d.delimiter, d.skipRows, d.header], ["\t", 1, false]);
});

test("the built CLI reads both fixtures with no error", () => {
  for (const [name, rows, columns] of [[titles, 6, 2], [setting, 5, 4]] as const) {
    const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
    assert.deepEqual([f.rows.total, f.errors, f.columns.length], [rows, 0, columns], name);
  }
});

test("titleStack: two lines of one cell, one of several words, above records with no space in their first cell", () => {
  const records = [["K1ABC", "1"], ["W2XYZ", "2"], ["N3QRP", "3"]];
  assert.equal(titleStack([["QRC"], ["Radio Club"]], [[false], [false]], records), true);
  assert.equal(titleStack([["Radio Club"]], [[false]], records), false);
  assert.equal(titleStack([["K1ABC"], ["W2XYZ"]], [[false], [false]], records), false);
  assert.equal(titleStack([["QRC"], ["Radio Club"]], [[false], [true]], records), false);
  assert.equal(titleStack([["QRC"], ["Radio Club"]], [[false], [false]], [["K1 ABC", "1"], ...records]), false);
});

test("settingLine: a keyword and one number, nothing else", () => {
  assert.equal(settingLine(["kappa 0.23470000"]), true);
  assert.equal(settingLine(["max 4095"]), true);
  assert.equal(settingLine(["DATE TIME Qty"]), false);
  assert.equal(settingLine(["kappa 0.2 0.3"]), false);
  assert.equal(settingLine(["kappa", "0.2"]), false);
});

test("sniffDialect: one lone line of names above the same few records is still read as their header (delimiters lost)", () => {
  const d = sniffDialect(["call number", ...read(titles).split("\n").slice(2)].join("\n"), true);
  assert.deepEqual([d.skipRows, d.header], [0, true]);
  const s = sniffDialect(["el n chi eta", ...read(setting).split("\n").slice(1)].join("\n"), true);
  assert.deepEqual([s.skipRows, s.header], [0, true]);
});

test("titleStack: lines written like the records' first cells, more than three lines, or records keyed by plain words are no titles", () => {
  const records = [["Chicago", "3"], ["Boston", "4"], ["Denver", "5"]];
  assert.equal(titleStack([["New York"], ["Los Angeles"]], [[false], [false]], records), false);
  const coded = [["K1ABC", "1"], ["W2XYZ", "2"], ["N3QRP", "3"]];
  const four = [["QRC"], ["Radio Club"], ["Members"], ["2024"]];
  assert.equal(titleStack(four, four.map(() => [false]), coded), false);
  assert.equal(titleStack([["Mary Jane"], ["Bob"]], [[false], [false]], [["alice", "30"], ["carol", "28"], ["dave", "40"]]), false);
  const dated = [["2024-01-03", "4"], ["2024-01-04", "6"], ["2024-01-05", "3"]];
  assert.equal(titleStack([["2024-01-01 5"], ["2024-01-02 7"]], [[false], [false]], dated), false);
});

test("sniffDialect: a ragged list whose first four records lost their count keeps them as records", () => {
  const text = "New York\nLos Angeles\nSan Diego\nHouston\nChicago;3\nBoston;4\nDenver;5\nAustin;6\nDallas;2\nMiami;1\n";
  assert.equal(sniffDialect(text, true).skipRows, 0);
});
