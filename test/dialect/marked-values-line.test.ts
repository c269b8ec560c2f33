// holdsRowValues (src/dialect/marked-values-line.ts): a marked line above the rows whose cells recur as their values is a note, not a commented header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { holdsRowValues } from "../../src/dialect/marked-values-line.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/property-default-note-above-code-ranges.txt";

test("holdsRowValues: `# @missing: 0000..10FFFF; N` above ranges valued `N` is a note; `#` is the comment mark", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.skipRows ?? 0], [";", "#", false, 0]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1", "field2"], 13, 0, 0]);
});

test("holdsRowValues: a `#` header under `#` notes whose names are no values of the rows stays the header", () => {
  const rows = ["0000;N", "0020;Na", "00A0;N", "3000;W", "FF01;W"];
  const d = sniffDialect(["# made-up notes", "# on two lines", "#code;width", ...rows, ""].join("\n"), true);
  assert.deepEqual([d.comment ?? null, d.skipRows, d.header], [null, 2, true]);
  // a name equal to one value of its column only is chance, not a note about the values
  assert.equal(holdsRowValues(["code", "N"], rows.map((r) => r.split(";")).slice(1)), false);
  assert.equal(holdsRowValues(["@missing: 0000..10FFFF", "N"], rows.map((r) => r.split(";"))), true);
  // a number among the names (`# pair<TAB>1<TAB>L1`) names a numbered column, whatever the values below
  assert.equal(holdsRowValues(["pair", "1", "L1"], [["1", "1", "50.0"], ["2", "1", "50.0"]]), false);
});
