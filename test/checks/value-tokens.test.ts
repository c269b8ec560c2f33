// value-tokens: a null-like token that is a value like its column's others (NULL among capital names, `.` among keys) is no null-mixed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import { valueTokensOf, withoutValueTokens } from "../../src/schema/value-tokens.js";
import type { Report } from "../../src/types.js";

const check = (args: string[], stdin?: string) => (JSON.parse(runCli([...args, "--format", "json"], { stdin }).stdout) as Report).files[0];
const mixed = (f: Report["files"][0]) => f.defects.filter((d) => d.code === "null-mixed").map((d) => d.column);
const NAMES = ["START OF HEADING", "START OF TEXT", "END OF TEXT", "ESCAPE", "LINE FEED (LF)", "BELL"];

test("the built CLI: NULL, the Unicode 1.0 name of U+0000 among control names in capitals, is no null-mixed", () => {
  assert.deepEqual(mixed(check(["fixtures/schema/null-name-among-capital-names.csv"])), []);
});

test("the built CLI: `.` and `?` among the one-character keys of a key table are no null-mixed", () => {
  assert.deepEqual(mixed(check(["fixtures/schema/dot-and-question-keys-among-one-character-keys.tsv"])), []);
});

test("near misses keep null-mixed: NULL twice, NA and NULL once each, names in lower case, keys that repeat", () => {
  const table = (old: string[]) => ["code;old_name", ...old.map((o, i) => `${i};${o}`)].join("\n") + "\n";
  assert.deepEqual(mixed(check(["-"], table(["NULL", ...NAMES, "", "", "NULL"]))), ["old_name"], "NULL met twice");
  assert.deepEqual(mixed(check(["-"], table(["NA", ...NAMES, "NULL"]))), ["old_name"], "two null words among capitals");
  const lower = NAMES.map((n) => n.toLowerCase());
  assert.deepEqual(mixed(check(["-"], table(["NULL", ...lower, "", ""]))), ["old_name"], "names in lower case");
  const keys = ["q", "w", "q", "e", "w", "r", ".", "?"].map((k, i) => `${k}\t${i}`).join("\n") + "\n";
  assert.deepEqual(mixed(check(["-"], keys)), ["field1"], "keys that repeat: answers, not a key table");
});

test("valueTokensOf refuses a short column, a token met twice, a lower-case token among capitals; withoutValueTokens keeps a token met again", () => {
  assert.deepEqual([...valueTokensOf(new Map([["NULL", 1]]), NAMES)], ["NULL"]);
  assert.deepEqual([...valueTokensOf(new Map([["NULL", 1]]), NAMES.slice(0, 3))], [], "fewer than 5 values");
  assert.deepEqual([...valueTokensOf(new Map([["NULL", 2]]), NAMES)], [], "met twice in the sample");
  assert.deepEqual([...valueTokensOf(new Map([["null", 1]]), NAMES)], [], "lower case among capitals");
  const spellings = new Map([["", 40], ["NULL", 3]]);
  assert.deepEqual([...withoutValueTokens(spellings, new Set(["NULL"]))], [["", 40], ["NULL", 3]], "met again past the sample");
  assert.deepEqual([...withoutValueTokens(new Map([["", 40], ["NULL", 1]]), new Set(["NULL"]))], [["", 40]]);
});

test("valueTokensOf refuses (wqa33): codes in capitals are no names (`NULL`, `N/A` once beside empty cells stay markers), a sign among keys that are no signs", () => {
  const tickers = ["AAPL", "MSFT", "GOOG", "AMZN", "META", "NVDA"];
  assert.deepEqual([...valueTokensOf(new Map([["NULL", 1]]), tickers)], [], "NULL among tickers: a marker");
  assert.deepEqual([...valueTokensOf(new Map([["N/A", 1]]), ["SKU-1000", "SKU-1001", "SKU-1002", "SKU-1003", "SKU-1004"])], [], "N/A among SKUs");
  assert.deepEqual([...valueTokensOf(new Map([["N/A", 1]]), NAMES)], [], "N/A is a marker's spelling, no name");
  assert.deepEqual([...valueTokensOf(new Map([["-", 1]]), ["AL", "AK", "AZ", "AR", "CA", "CO"])], [], "`-` among state codes");
  assert.deepEqual([...valueTokensOf(new Map([["?", 1]]), ["q", "w", ";", "/", "e"])], ["?"], "`?` among keys that hold signs");
});

test("the built CLI: a ticker column with one NULL and empty cells keeps null-mixed", () => {
  assert.deepEqual(mixed(check(["fixtures/schema/ticker-column-one-null-among-codes-and-empty-cells.csv"])), ["ticker"]);
});
