// pair-list.ts through firstRowLikeBody: the first pair of a two-column text list is a record when it is written or placed as the pairs are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const cliFile = (name: string) => (JSON.parse(runCli([`fixtures/dialect/${name}`, "--format", "json"]).stdout) as Report).files[0];
const text = (name: string) => readFileSync(`fixtures/dialect/${name}`, "utf8");

test("pairMarkedLikeBody: a first pair in the values' notation, or holding one of the values, is a record", () => {
  for (const [name, total] of [["colon-pairs-in-brace-notation-no-header.txt", 7], ["colon-pairs-chained-no-header.txt", 6]] as const) {
    const f = cliFile(name);
    assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], [":", false, total, 0], name);
  }
  // names may hold a bracket the values do not (`Term [en]`): still a header
  const plain = text("colon-pairs-chained-no-header.txt");
  assert.equal(sniffDialect("Term [en]:Term [fr]\n" + plain, true).header, true);
});

test("opensSortedColumn: a first pair opening an alphabetical first column with its letter is a record", () => {
  const f = cliFile("colon-pairs-in-alphabetical-order-no-header.txt");
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], [":", false, 15, 0]);
  const body = text("colon-pairs-in-alphabetical-order-no-header.txt").split("\n").slice(1).join("\n");
  // a name sorting after the first value (`River` above `Amur`), or before it with another letter, stays a header
  assert.equal(sniffDialect("River:Mouth\n" + body, true).header, true);
  assert.equal(sniffDialect("Flow:Into\n" + body.split("\n").slice(4).join("\n"), true).header, true);
  // the same pairs out of order: no order to open, the default (header) stands
  const shuffled = body.split("\n").filter((l) => l).reverse().join("\n") + "\n";
  assert.equal(sniffDialect("Amazon:Mouth\n" + shuffled, true).header, true);
});
