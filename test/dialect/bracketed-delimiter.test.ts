// chooseDialect: a delimiter candidate found only inside brackets (`[house|home]`) is not the delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

test("chooseDialect: `|` only inside brackets loses to the `:` splitting every line outside them", () => {
  const f = (JSON.parse(runCli(["fixtures/dialect/colon-pairs-with-bracketed-pipe-alternatives.txt", "--format", "json"]).stdout) as Report).files[0];
  assert.equal(f.dialect!.delimiter, ":");
  assert.equal(f.rows.total, 7);
  assert.equal(f.errors, 0);
  // a `|` that also splits lines outside brackets stays a candidate (`a|[b|c]` rows are read at `|`)
  assert.equal(sniffDialect("a|x:[b|c]\nd|y:[e|f]\ng|z:[h|i]\nj|w:[k|l]\n", true).delimiter, "|");
});
