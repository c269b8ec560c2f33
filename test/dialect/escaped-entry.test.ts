// escapedEntry (src/dialect/escaped-entry.ts): a one-column list whose head holds a backslash escape is a pattern list with no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { escapedEntry } from "../../src/dialect/escaped-entry.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/pattern-list-opening-with-an-escape.txt";
const text = readFileSync(NAME, "utf8");

test("escapedEntry: a pattern list opening with `\\$\\{jndi` has no header; every pattern is a row", () => {
  assert.equal(sniffDialect(text, true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 8, 0]);
});

test("escapedEntry: a named pattern list (`pattern` above them) keeps its header", () => {
  assert.equal(sniffDialect("pattern\n" + text, true).header, true);
});

test("escapedEntry: refuses a head without an escape, with a blank, a backslash before a letter, under 5 entries", () => {
  const five = ["a\\.b", "c", "d", "e", "f"];
  assert.equal(escapedEntry("_\\$\\$ND_FUNC\\$\\$_", five), true);
  assert.equal(escapedEntry("'\\.\\s.*", five), true);
  assert.equal(escapedEntry("pattern", five), false);
  assert.equal(escapedEntry("match \\d+", five), false);
  assert.equal(escapedEntry("C:\\Users", five), false);
  assert.equal(escapedEntry("\\alpha", five), false);
  assert.equal(escapedEntry("\\$x", five.slice(0, 4)), false);
});
