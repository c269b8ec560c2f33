// A row holding `.` in two cells or more is a record, not a header (src/dialect/dot-placeholders.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { dotPlaceholders } from "../../src/dialect/dot-placeholders.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "one-gff-record-with-dot-placeholders-under-note.gff");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: one GFF record of words and `.` under a `#` note is a record, not the header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.comment, d.header], ["\t", "#", false]);
});

test("the built CLI reads the one record of 9 columns with no error", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [1, 0, 9]);
});

test("dotPlaceholders: two lone `.` cells or more; one `.`, `-` or `NA` cells, and `.` inside a name, are not enough", () => {
  assert.equal(dotPlaceholders(["chr1", ".", ".", "+"]), true);
  assert.equal(dotPlaceholders(["id", ".", "name"]), false);
  assert.equal(dotPlaceholders(["id", "-", "-", "NA", "NA"]), false);
  assert.equal(dotPlaceholders(["a.b", "c.d", "e"]), false);
});

test("near miss: a lone line of names stays the header", () => {
  const d = sniffDialect("seqid\tsource\ttype\tstart\tend\tscore\tstrand\tphase\tattributes\n", true);
  assert.equal(d.header, true);
});
