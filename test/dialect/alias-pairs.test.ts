// An alias map's first entry, one word twice (`runA1 runa1`), is a record (src/dialect/alias-pairs.ts aliasPairEntry).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { aliasPairEntry } from "../../src/dialect/alias-pairs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "alias-map-first-entry-names-one-word-twice.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");
const left = ["runA1+", "baseline", "baseline+", "controlHi", "scenB"];
const right = ["runA1+", "baseline", "baseline+", "controlHI", "scenb"];

test("sniffDialect: `runA1 runa1` above `runA1+ runA1+` and `baseline baseline` is a record, not a header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], [" ", false]);
});

test("the built CLI keeps all 8 entries of the alias map, 2 columns", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [2, 8, 0]);
});

test("aliasPairEntry: one word twice over rows that mostly repeat a word", () => {
  assert.equal(aliasPairEntry(["runA1", "runa1"], [left, right]), true);
});

test("aliasPairEntry refuses two different words, a body that seldom repeats, another width, too few rows", () => {
  assert.equal(aliasPairEntry(["old", "new"], [left, right]), false);
  assert.equal(aliasPairEntry(["runA1", "runa1"], [left, ["a", "b", "c", "controlHI", "scenb"]]), false);
  assert.equal(aliasPairEntry(["x", "x", "x"], [left, right, right]), false);
  assert.equal(aliasPairEntry(["runA1", "runa1"], [left.slice(0, 2), right.slice(0, 2)]), false);
});

test("sniffDialect refuses a header of two names over an alias map: `spelling canonical` stays the header", () => {
  const d = sniffDialect(`spelling canonical\n${left.map((l, r) => `${l} ${right[r]}`).join("\n")}\n`, true);
  assert.equal(d.header, true);
});
