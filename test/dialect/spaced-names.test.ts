// spacedNames and the one-column list it keeps whole: names holding a space (`IC 1613`) among one-word names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { spacedNames } from "../../src/dialect/spaced-names.js";
import { prefixedLikeBody } from "../../src/dialect/stem-like-body.js";
import { readFileSync } from "node:fs";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/sky-object-names-with-spaces-under-notes.txt";

test("spacedNames: a list of one- and two-word names, off one width on more than 1 line in 20, is one column", () => {
  const r = runCli([FIXTURE, "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect!.delimiter, "");
  assert.equal(f.dialect!.comment, "#");
  assert.equal(f.dialect!.header, false);
  assert.equal(f.rows.total, 22);
  assert.equal(f.errors, 0);
  assert.equal(r.code, 0);
});

test("spacedNames: a space giving nearly one width, runs of spaces, or another delimiter candidate keep the split", () => {
  const pairs = Array.from({ length: 20 }, (_, i) => `NGC ${100 + i * 7}`);
  assert.equal(spacedNames([...pairs, "Vega"].join("\n")), false);
  assert.equal(spacedNames([...pairs, "Vega", "Deneb"].join("\n")), true);
  assert.equal(spacedNames([...pairs.map((p) => p.replace(" ", "  ")), "Vega", "Deneb"].join("\n")), false);
  assert.equal(spacedNames([...pairs, "Vega", "Deneb;x"].join("\n")), false);
  assert.equal(sniffDialect([...pairs, "Vega"].join("\n"), true).delimiter, " ");
  // ragged rows of numbers are a table's; lines off the width above the rows are a header or a preamble
  assert.equal(spacedNames(["1 2", ...Array.from({ length: 20 }, (_, i) => `${i} ${i * 3}`), "7"].join("\n")), false);
  assert.equal(spacedNames(["Catalogue names", "kept by hand", ...pairs].join("\n")), false);
  // codes before names (`Com Coma Berenices`): every line holds a space, and the codes have one length
  const coded = [...Array.from({ length: 18 }, (_, i) => `C${10 + i} Name${i}`), "Com Coma Berenices", "Cvn Canes Venatici"];
  assert.equal(spacedNames(coded.join("\n")), false);
  assert.equal(spacedNames([...coded, "Cxx"].join("\n")), false);
});

test("spacedNames: distinct keys each ending in a number are a table; a one-word line there misses its value (reported)", () => {
  const r = runCli(["fixtures/dialect/names-and-scores-single-spaced-one-score-missing.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.columns], [" ", true, ["player", "score"]]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["row-missing-cells", 4]]);
  // headerless word counts too; a series of names numbered under one word (`NGC 104`, `NGC 253`) stays one column
  assert.equal(spacedNames("the 100\na\nof 80\nand 70\nto\nin 50\n"), false);
  assert.equal(spacedNames("NGC 104\nNGC 253\nM 31\nVega\nNGC 869\n"), true);
});

test("spacedNames: names of a series under a few recurring prefixes (`P 1 21 1`, `C 1 2/c 1`) are one column, the first a record", () => {
  const r = runCli(["fixtures/dialect/space-group-names-with-spaces-one-column.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], ["", false, 32, 0]);
  // a name above them stays the header; codes before names, each once, keep their column
  const names = readFileSync("fixtures/dialect/space-group-names-with-spaces-one-column.txt", "utf8");
  assert.equal(sniffDialect("Space group\n" + names, true).header, true);
  assert.equal(prefixedLikeBody("NGC number", ["NGC 104", "NGC 253", "NGC 869", "M 31", "M 42"]), false);
  // a ragged table keeps most rows at its width: its numbers after a recurring word stay columns
  const ragged = Array.from({ length: 20 }, (_, i) => (i % 6 === 5 ? `chr1 ${i}` : `chr1 ${i} ${i * 2}`)).join("\n");
  assert.equal(spacedNames(ragged), false);
});

test("spacedNames: a short series (7 lines, `P 1` … `P 4 3 2`) is one column too, its shorter first lines part of it", () => {
  const r = runCli(["fixtures/dialect/space-group-names-seven-lines-one-column.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], ["", false, 7, 0]);
  // five lines still make a series, its first a record (two of the four below open with `P` and a number)
  assert.equal(spacedNames("P 1\nP -1\nP 1 m 1\nP 2 2 2\nP 4 3 2\n"), true);
  assert.equal(prefixedLikeBody("P 1", ["P -1", "P 1 m 1", "P 2 2 2", "P 4 3 2"]), true);
  assert.equal(prefixedLikeBody("P 1", ["P -1", "Q 1 m 1", "R 2 2 2", "S 4 3 2"]), false);
  // four lines are too few to tell a series from a table with one short row; a short ragged table keeps its columns
  assert.equal(spacedNames("P 1\nP 1 m 1\nP 4 3 2\nP 2\n"), false);
  assert.equal(spacedNames("chr1 5 10\nchr1 7\nchr1 9 18\nchr1 11 22\nchr1 13 26\n"), false);
});

test("spacedNames: a few names, every one holding a space, under a one-line title are one column (capitalisedNames)", () => {
  const r = runCli(["fixtures/dialect/city-names-all-holding-spaces-under-title-one-column.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(f.dialect!.delimiter, "");
  assert.deepEqual(f.columns, ["Our offices"]);
  assert.equal(f.rows.total, 5);
  assert.deepEqual(f.defects.map((d) => d.code), []);
  // near misses keep the split: a ragged table of lower-case words, and codes before names
  assert.equal(spacedNames(["fruit colour", "apple red", "banana yellow", "cherry dark red", "plum purple", "lime green"].join("\n")), false);
  assert.equal(spacedNames(["Country codes", "AF Afghanistan", "AX Aland Islands", "AL Albania", "DZ Algeria", "AS American Samoa"].join("\n")), false);
});

test("spacedNames: capitalised rows under a first line written like them are a space table, a short row kept loud (wqa18b)", () => {
  const rows = ["Alice Paris France", "Bob London England", "Carol Berlin", "Dave Rome Italy", "Eve Madrid Spain"];
  assert.equal(spacedNames(["Name City Country", ...rows].join("\n")), false);
  assert.equal(spacedNames(rows.join("\n")), false);
  assert.equal(spacedNames(["name city country", ...rows].join("\n")), false);
});
