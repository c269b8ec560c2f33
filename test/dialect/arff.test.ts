// arffLayout (src/dialect/arff.ts): an ARFF file's `@data` records are the table, named by its `@attribute` lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { arffLayout } from "../../src/dialect/arff.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/arff-attributes-above-data-section.arff";

test("arffLayout: the records under @data, named by the attributes, with one preamble warning and no error", () => {
  const text = readFileSync(FIXTURE, "utf8");
  assert.deepEqual(arffLayout(text), { skipRows: 10, names: ["tree", "fruit kind", "height", "healthy"], line: 5 });
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], [",", false, 10]);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["tree", "fruit kind", "height", "healthy"]);
  assert.deepEqual([f.rows.total, f.errors], [5, 0]);
  assert.deepEqual(Object.keys(f.byCode), ["preamble-skipped"]);
});

test("arffLayout: refuses files that are not ARFF from the first line on", () => {
  // no @relation first (a CSV whose first cell starts with @)
  assert.equal(arffLayout("@handle,name\n@ann,Ann\n@bob,Bob\n"), null);
  // a line of another form among the header lines
  assert.equal(arffLayout("@relation x\n@attribute a numeric\nsome text\n@data\n1\n"), null);
  // no @data in the sample, or no attribute before it
  assert.equal(arffLayout("@relation x\n@attribute a numeric\n@attribute b numeric\n"), null);
  assert.equal(arffLayout("@relation x\n@data\n1,2\n"), null);
  // a --skip-rows of another count is the user's reading
  assert.notEqual(sniffDialect(readFileSync(FIXTURE, "utf8"), true, { skipRows: 2 }).skipRows, 10);
});
