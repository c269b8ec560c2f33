// starSections (src/dialect/star-sections.ts), asked by sniffComment: `* name size W H` lines opening each section of
// a sprite atlas are notes, so the rows between them are read whole and no section line is a short row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { starSections } from "../../src/dialect/star-sections.js";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/star-section-lines-between-sprite-rows.txt";
const ROWS = ["a.png 0 0 4 5 off -2 -5", "b.png 5 0 4 5 off -2 -5", "c.png 10 0 4 5 off -2 -5", "d.png 15 0 4 5 off -2 -5", "e.png 20 0 4 5 off -2 -5"];

test("starSections: three `*` section lines between rows of 8 values: comment `*`, 9 rows of 8, no error", () => {
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect.comment, f.columns.length, f.rows.total, f.errors, f.warnings], ["*", 8, 9, 0, 0]);
  assert.deepEqual(f.lines, { comments: 3, preamble: 0 });
});

test("starSections: near misses keep their reading (a glued mark, a row first, a bulleted list, few rows, a row's width)", () => {
  const sec = (l: string[]) => starSections(l);
  assert.equal(sec(["* atlas.png size 64 64", ...ROWS]), true);
  assert.equal(sec(["*atlas.png size 64 64", ...ROWS]), false, "the mark glued to text");
  assert.equal(sec([ROWS[0], "* atlas.png size 64 64", ...ROWS.slice(1)]), false, "a row first");
  assert.equal(sec(["* one", "* two", ...ROWS]), false, "two marked lines in a row: a bulleted list");
  assert.equal(sec(["* atlas.png size 64 64", ...ROWS.slice(0, 4)]), false, "fewer than 5 rows");
  assert.equal(sec(["* atlas.png size 64 64", ...ROWS, "* last"]), false, "a marked line with no rows under it");
  // a `*` line of the rows' width is a row: the table fit keeps it (`*` in a first column of wildcards)
  const wild = ["* x 1 2", "a x 3 4", "b y 5 6", "* y 7 8", "c z 9 1", "d z 2 3", "e z 4 5"];
  assert.equal(sniffDialect(wild.join("\n") + "\n", true).comment, null);
});
