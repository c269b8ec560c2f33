// sniffComment on a whole file of `#` notes above one record: the notes are comments, the record the only row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const cliFile = (name: string) => (JSON.parse(runCli([`fixtures/dialect/${name}`, "--format", "json"]).stdout) as Report).files[0];

test("sniffComment: a `#` prose block above one value is comments, the value one row", () => {
  const f = cliFile("hash-prose-block-above-one-value.txt");
  assert.equal(f.dialect!.comment, "#");
  assert.equal(f.rows.total, 1);
  assert.equal(f.errors, 0);
});

test("sniffComment: a `#` title above one row of another width is a comment, and the row no header's data", () => {
  const f = cliFile("hash-title-above-one-row.txt");
  assert.equal(f.dialect!.comment, "#");
  assert.equal(f.rows.total, 1);
  assert.equal(f.errors, 0);
  // a commented header of the row's width (`# a b c` above `1 2 3`) is no note: `#` stays no comment character
  assert.equal(sniffDialect("# alpha beta gamma\n1 2 3\n", true).comment, null);
});
