// opensSortedRun (src/dialect/sorted-run.ts): a head opening a sorted run atop a list with nested sub-entries is its first entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { opensSortedRun } from "../../src/dialect/sorted-run.js";
import { runCli } from "../helpers/cli.js";
import { assertHeaderKept } from "../helpers/kept-header.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/sorted-tld-list-with-nested-second-level-domains.txt";
const entries = readFileSync(NAME, "utf8").split("\n").filter((l) => l !== "");

test("opensSortedRun: a TLD list with second-level domains nested after each TLD keeps its first entry", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1"], entries.length, 0, 0]);
});

test("opensSortedRun: a head sorting after the first entry, in another case, or above a short run keeps the header", () => {
  const values = entries.slice(1);
  assert.equal(opensSortedRun(entries[0], values), true);
  // sorts after the first entry (`BOX` after `BARCLAYS`), and another initial (`TLD`)
  assert.equal(opensSortedRun("BOX", values), false);
  assert.equal(opensSortedRun("TLD", values), false);
  assert.equal(sniffDialect(["TLD", ...values].join("\n") + "\n", true).header, true);
  // a name in another letter case (`Bank` sorts before `BARCLAYS`'s small letters by code point only by chance)
  assert.equal(opensSortedRun("Bank", values), false);
  assert.equal(opensSortedRun("ba", values), false);
  // the run broken after 10 entries by a nested one
  const early = [...values.slice(0, 10), "COM.BID", ...values.slice(10)];
  assert.equal(opensSortedRun(entries[0], early), false);
  assert.equal(sniffDialect([entries[0], ...early].join("\n") + "\n", true).header, true);
  // fewer than 20 entries below the head
  assert.equal(opensSortedRun(entries[0], values.slice(0, 19)), false);
});

test("opensSortedRun: a head every entry opens with (`SKU` above `SKU-0001` … `SKU-1005`) is the column's name, kept", () => {
  // why: the run was the entries' numbering; main read `SKU` as a first code, silently
  const lines = assertHeaderKept("fixtures/dialect/sku-codes-named-after-their-column-sorted-then-not.txt", opensSortedRun);
  // still an entry: a head some entry does not open (`BAR` above `BARCLAYS`, `BASE`, `BEER`), and a head equal to none
  assert.equal(opensSortedRun(entries[0], entries.slice(1)), true);
  assert.equal(opensSortedRun("SKU-0000", lines.slice(1)), true);
});
