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

test("escapedEntry: a TeX-escaped name (`rate\\%`) above numbers keeps its header; every number is a row", () => {
  const tex = "fixtures/dialect/tex-escaped-name-above-numbers.txt";
  assert.equal(sniffDialect(readFileSync(tex, "utf8"), true).header, true);
  const f = (JSON.parse(runCli([tex, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total], [["rate\\%"], 5]);
});

test("escapedEntry: TeX's escapes alone (`\\%`, `\\$`, `\\_`) show a pattern only beside an escaped entry", () => {
  const plain = ["10", "20", "30", "40", "50"];
  assert.equal(escapedEntry("price\\$", plain), false);
  assert.equal(escapedEntry("first\\_name", ["Ann", "Bo", "Cy", "Di", "Ed"]), false);
  assert.equal(escapedEntry("_\\$\\$ND_FUNC\\$\\$_", ["__js_function", "\\beval\\s*\\(", "x", "y", "z"]), true);
  // a pattern's own escape (`\.`, `\s`) is one above plain command names too (modsecurity's 932100)
  assert.equal(escapedEntry("'\\.\\s.*", ["7z", "7za", "7zr", "adduser", "alias"]), true);
});
