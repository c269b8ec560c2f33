// A first row `stem+MARK` above analyses that all open with that stem and mark is a record (src/dialect/stem-like-body.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { stemmedLikeBody } from "../../src/dialect/stem-like-body.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const name = join("fixtures", "dialect", "word-analyses-stem-marked.txt");
const text = readFileSync(join(here, "..", "..", name), "utf8");

test("sniffDialect: `walk walk+VERB` above word analyses opening with `walk+` is the first record, no header", () => {
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.header], [" ", false]);
});

test("the built CLI reads all 8 analyses as records", () => {
  const f = (JSON.parse(runCli([name, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns], [8, 0, ["field1", "field2"]]);
});

test("stemmedLikeBody: a name sharing the values' stem but going on in words (`item_no` above `item_001`) is a name", () => {
  assert.equal(stemmedLikeBody("item_no", ["item_001", "item_002", "item_003", "item_004", "item_005"]), false);
  assert.equal(stemmedLikeBody("Analysis", ["walk+VERB", "walk+NOUN", "walk+ADJ", "walk+VERB+PAST", "walk+X"]), false);
  assert.equal(stemmedLikeBody("walk+VERB", ["walk+VERB+PAST", "walk+NOUN", "walk+ADJ", "walk+VERB", "walk+X"]), true);
});

test("sniffDialect: a `Word Analysis` header above the same rows stays the header", () => {
  assert.equal(sniffDialect("Word Analysis\n" + text, true).header, true);
});
