// arrowListing (src/dialect/arrow-listing.ts): `keys → value` lines whose arrow stands at spread word positions are one column, not a ragged space table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { arrowListing } from "../../src/dialect/arrow-listing.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/code-point-sequences-arrow-characters-spread-widths.txt";

test("arrowListing: code point sequences of 1 to 4 points, each `→` its characters, read whole, no row errors", () => {
  const text = readFileSync(NAME, "utf8");
  assert.equal(arrowListing(text), true);
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], ["", false]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [1, 16, 0]);
});

test("arrowListing: an arrow at one position, two arrows, a glued arrow, a line without one or a short list keep the space", () => {
  const pairs = ["apple → red", "banana → yellow", "cherry → dark red", "lime → green", "plum → purple", "kiwi → brown",
    "grape → green", "lemon → yellow", "peach → orange", "fig → purple", "pear → green"];
  assert.equal(arrowListing(pairs.join("\n")), false);
  assert.equal(sniffDialect(pairs.join("\n") + "\n", true).delimiter, " ");
  const lines = readFileSync(NAME, "utf8").trimEnd().split("\n");
  assert.equal(arrowListing(lines.join("\n")), true);
  assert.equal(arrowListing([...lines.slice(1), "U+0041 → A → a"].join("\n")), false);
  assert.equal(arrowListing([...lines.slice(1), "U+0041→A"].join("\n")), false);
  assert.equal(arrowListing([...lines.slice(1), "U+0041 A"].join("\n")), false);
  assert.equal(arrowListing([...lines.slice(1), "U+0041  → A"].join("\n")), false);
  assert.equal(arrowListing(lines.slice(0, 9).join("\n")), false);
});
