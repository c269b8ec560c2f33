// stemOfVariants (src/dialect/variant-stem.ts): a first cell that is the whole stem of variants below it is a record, not a name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { stemOfVariants } from "../../src/dialect/variant-stem.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/font-family-list-without-header.txt";

test("stemOfVariants: `HVC Helvetica-Condensed` above its `-Bold` and `-Oblique` variants is the list's first record", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header], [" ", false]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1", "field2"], 8, 0, 0]);
});

test("stemOfVariants: numbered variants, one variant, a short or spaced cell, or too few values keep the name", () => {
  const fonts = ["Helvetica-Condensed-Bold", "Helvetica-Condensed-Oblique", "Times-Roman"];
  assert.equal(stemOfVariants("Helvetica-Condensed", fonts), true);
  assert.equal(stemOfVariants("gene", ["gene-1", "gene-2", "other"]), false);
  assert.equal(stemOfVariants("Helvetica-Condensed", ["Helvetica-Condensed-Bold", "Times-Roman", "Courier"]), false);
  assert.equal(stemOfVariants("font", ["font-a", "font-b", "x"]), true);
  assert.equal(stemOfVariants("id", ["id-a", "id-b", "x"]), false);
  assert.equal(stemOfVariants("font name", ["font name-a", "font name-b", "x"]), false);
  assert.equal(stemOfVariants("Helvetica", ["Helvetica-Bold", "Helvetica-Oblique"]), false);
  assert.equal(sniffDialect("code name\nHVCB Helvetica-Condensed-Bold\nHVCO Helvetica-Condensed-Oblique\nTMS Times-Roman\n", true).header, true);
});
