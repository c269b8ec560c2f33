// withoutBacktickOnlyCells (src/dialect/backtick-cells.ts): cells of backticks only are no evidence of a backtick quote.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { withoutBacktickOnlyCells } from "../../src/dialect/backtick-cells.js";

const NAME = "fixtures/dialect/password-list-backtick-only-cells.csv";

test("withoutBacktickOnlyCells: a password list trying runs of backticks is read with no quote", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, ",");
  assert.notEqual(d.quote, "`");
});

test("withoutBacktickOnlyCells empties cells of backticks only and keeps every other backtick", () => {
  assert.equal(withoutBacktickOnlyCells("a,`,b\r\n``,c,```\n", ","), "a,,b\r\n,c,\n");
  assert.equal(withoutBacktickOnlyCells("`a`,x``,` `\n", ","), "`a`,x``,` `\n");
  assert.equal(withoutBacktickOnlyCells("``\n`x`", ""), "\n`x`");
});

test("withoutBacktickOnlyCells refuses: a file whose backticks wrap text keeps the backtick quote", () => {
  const d = sniffDialect("`id`,`name`,`note`\n`1`,`Ann`,`a, b`\n`2`,``,`c`\n`3`,`Bo`,``\n", true);
  assert.equal(d.quote, "`");
});

test("withoutBacktickOnlyCells refuses: a quote-all file whose empty fields are `` keeps the backtick quote", () => {
  const d = sniffDialect("`GARCIA`|`ANA`|``|``|`2014-07-17 10:34:28`\n`LOPEZ`|``|`MARIA`|``|`2014-07-17 10:34:28`\n`RUIZ`|`JUAN`|``|`12 MAIN ST`|`2014-07-17 10:34:28`\n", true);
  assert.equal(d.delimiter, "|");
  assert.equal(d.quote, "`");
});
