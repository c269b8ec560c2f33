// Cells padded with TABs around a `;` delimiter are padded, not TAB-led text (src/dialect/tab-padding.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { tabPadded } from "../../src/dialect/tab-padding.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "semicolon-columns-padded-with-tabs.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `inch;<TAB>centimeter;<TAB>2.54` rows are `;` columns padded with TABs", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.paddedCells], [";", true, true]);
});

test("the built CLI reads the names and cells without their TABs, and warns of no formula", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["from", "to", "factor"]);
  assert.deepEqual([f.rows.total, f.errors, f.warnings], [5, 0, 0]);
});

test("tabPadded: TABs before and after the delimiter pad; a TAB after some delimiters only is text", () => {
  assert.equal(tabPadded("a\t;\tb\nc\t;\td\ne\t;\tf\n", ";"), true);
  assert.equal(tabPadded("a;\tb;c\nd;\te;f\ng;\th;i\n", ";"), false);
});

test("near misses: a TAB or space delimiter, fewer than 3 lines, cells of TABs only are not padding", () => {
  assert.equal(tabPadded("a\t\tb\nc\t\td\ne\t\tf\n", "\t"), false);
  assert.equal(tabPadded("a \tb\nc \td\ne \tf\n", " "), false);
  assert.equal(tabPadded("a;\tb\nc;\td\n", ";"), false);
  assert.equal(tabPadded("a;\t\nb;\t\nc;\t\n", ";"), false);
});
