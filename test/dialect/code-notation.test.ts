// A lone line of code points or hex literals is one record, not a header over no rows (src/dialect/code-notation.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { codeNotationLine } from "../../src/dialect/code-notation.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

test("the built CLI reads a one-line list of code-point ranges as one record (it was a header over 0 rows, silently)", () => {
  const f = (JSON.parse(runCli(["fixtures/dialect/one-line-of-code-point-ranges.txt", "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.header, f.rows.total, f.errors, f.columns.length], [false, 1, 0, 9]);
});

test("a lone line of names stays a header over no rows; a word among codes refuses the rule", () => {
  assert.equal(sniffDialect("id,name,email\n", true).header, true);
  assert.equal(sniffDialect("V1,V2,V3\n", true).header, true);
  assert.equal(sniffDialect("0x1F,0x2A,0x7E\n", true).header, false);
  assert.equal(codeNotationLine(["U+code", "name"]), false);
  assert.equal(codeNotationLine(["U+0041", "letter"]), false);
  assert.equal(codeNotationLine(["U+0041"]), false);
  assert.equal(codeNotationLine(["U+1F1E6..U+1F1FF", "U+00A9"]), true);
});
