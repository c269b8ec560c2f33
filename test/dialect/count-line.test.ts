// countLine: a one-column list's first line stating its number of entries (Hunspell `.dic`) is a preamble line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { countLine } from "../../src/dialect/count-line.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/word-list-under-its-entry-count.dic";

test("sniffDialect and the built CLI: `12` above 12 entries is skipped as a preamble line and said (it was an entry)", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], ["", false, 1]);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.defects.map((x) => [x.code, x.line]), f.errors], [12, [["preamble-skipped", 1]], 0]);
});

test("countLine: a sample of a longer list (the count past its lines) and comment lines below are allowed", () => {
  const words = Array.from({ length: 50 }, (_, i) => `word${i}/S`);
  assert.equal(countLine(["90000", ...words, "cut-sh"].join("\n"), false, null), true);
  assert.equal(countLine(["3", "    # a note", "alpha", "beta", "gamma"].join("\n"), true, "#"), true);
});

test("countLine near misses: a number above numbers, a number far from a whole list's length, a first line not digits only", () => {
  assert.equal(countLine(["5", "1", "2", "3", "4", "5"].join("\n"), true, null), false);
  assert.equal(countLine(["2020", "alpha", "beta", "gamma"].join("\n"), true, null), false);
  assert.equal(countLine(["3 words", "alpha", "beta", "gamma"].join("\n"), true, null), false);
  assert.equal(sniffDialect(["2020", "alpha", "beta", "gamma"].join("\n"), true).skipRows, 0);
});

test("countLine and sniffDialect: a sample that is one cut line (a very wide header) is no count line and reads at `,`", () => {
  const wide = Array.from({ length: 2000 }, (_, i) => `c${i}`).join(",");
  assert.equal(countLine(wide, false, null), false);
  assert.equal(countLine("49568", false, null), false);
  assert.equal(sniffDialect(wide, false).delimiter, ",");
});
