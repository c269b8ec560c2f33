// untitledFullNames: a list of full names with no title line, a few of three words or more, is one column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spacedNames } from "../../src/dialect/spaced-names.js";
import { untitledFullNames, withoutStrayTrailingSpaces } from "../../src/dialect/untitled-full-names.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/full-names-credits-list-no-title.txt";
const widths = (lines: string[]): number[] => lines.map((l) => l.split(" ").length);

test("untitledFullNames: full names, given names recurring, a stray trailing space, no title: one column, clean", () => {
  const r = runCli([FIXTURE, "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], ["", false, 22, 0]);
  assert.equal(r.code, 0);
});

test("untitledFullNames: refuses short lists, one-word lines, digits, lower-case rows, keys met once, wide rows", () => {
  const names = readFileSync(FIXTURE, "utf8").split("\n").filter(Boolean).map((l) => l.trimEnd());
  assert.equal(untitledFullNames(names, widths(names)), true);
  // under 20 lines; a one-word line (spacedNames' own case); a digit; a lower-case row
  assert.equal(untitledFullNames(names.slice(0, 19), widths(names.slice(0, 19))), false);
  const oneWord = [...names, "Cher"];
  assert.equal(untitledFullNames(oneWord, widths(oneWord)), false);
  const digit = names.map((l, i) => (i === 3 ? "John Carter 3" : l));
  assert.equal(untitledFullNames(digit, widths(digit)), false);
  const lower = names.map((l, i) => (i === 3 ? "john carter" : l));
  assert.equal(untitledFullNames(lower, widths(lower)), false);
  // codes or keys before names, each met once (`Country Capital` rows): no first word recurs
  const keys = names.map((l, i) => `K${String.fromCharCode(97 + i)}y ${l.split(" ").slice(1).join(" ")}`);
  assert.equal(untitledFullNames(keys, widths(keys)), false);
  // most rows of three words: a space table of three columns, not names of two
  const wide = names.map((l) => `${l} Berlin`);
  assert.equal(untitledFullNames(wide, widths(wide)), false);
  // the whole text: many trailing spaces pad a layout and keep spacedNames' refusal
  assert.equal(spacedNames(names.join("\n")), true);
  assert.equal(spacedNames(names.map((l) => `${l} `).join("\n")), false);
});

test("withoutStrayTrailingSpaces: drops a few lines' trailing spaces, keeps many", () => {
  const lines = Array.from({ length: 20 }, (_, i) => `Name ${i}`);
  assert.deepEqual(withoutStrayTrailingSpaces([...lines.slice(0, 19), "Name 19  "]), lines);
  const padded = lines.map((l, i) => (i < 2 ? `${l} ` : l));
  assert.deepEqual(withoutStrayTrailingSpaces(padded), padded);
});
