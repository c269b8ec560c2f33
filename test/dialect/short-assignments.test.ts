// A `key=value` list of 2 or 3 pairs whose first pair cannot be names (a phrase, a figure, an empty value) reads it as an entry (wlay22).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { shortAssignmentEntry } from "../../src/dialect/short-assignments.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/two-pair-catalog-first-pair-is-a-phrase-entry.tr";
const rows = (lines: string[]) => lines.map((l) => ({ cells: l.split("=") }));

test("the built CLI reads both pairs of a two-pair catalog (the first was the header, silently)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.header, f.rows.total, f.errors, f.columns], [false, 2, 0, ["field1", "field2"]]);
});

test("sniffDialect: a catalog's template (empty values) and a three-line settings list keep their first pair", () => {
  assert.equal(sniffDialect("# textdomain: boats\nBoat cruise mode on=\nBoat cruise mode off=\nBoat=\n", true).header, false);
  assert.equal(sniffDialect("server = mail.example.org\nport = 25\nuser = bob\n", true).header, false);
});

test("near misses: two names, generic nouns, a word above figures, other delimiters, longer lists: not this rule", () => {
  assert.equal(shortAssignmentEntry(rows(["Alias = Command", "ls = list_files"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["Binoculars=Fernglas", "Use with 'Zoom' key=Mit Zoom-Taste benutzen"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["name=value", "Boat cruise mode on=an"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["Fruit=Calories per 100 g", "Apple=52", "Pear=57"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["Boat cruise mode on=an"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["a b c=1", "d=2", "e=3", "f=4"]), 0, "="), false);
  assert.equal(shortAssignmentEntry([{ cells: ["Boat cruise mode on", "an"] }, { cells: ["Boat", "Boot"] }], 0, ","), false);
  assert.equal(shortAssignmentEntry(rows(["Boat cruise mode on=an", "Boat=Boot=x"]), 0, "="), false);
});

test("a header whose name ends in a bracketed unit stays the header (wlay22: `Variable=Description (unit)` a record)", () => {
  const d = sniffDialect("Variable=Description (unit)\nT=temperature (K)\nP=pressure (Pa)\n", true);
  assert.deepEqual([d.delimiter, d.header], ["=", true]);
  assert.equal(shortAssignmentEntry(rows(["Variable=Description (unit)", "T=temperature (K)"]), 0, "="), false);
  assert.equal(shortAssignmentEntry(rows(["Boat cruise mode on (fast)=an", "Boat=Boot"]), 0, "="), true);
});
