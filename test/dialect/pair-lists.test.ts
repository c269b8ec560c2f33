// pair-list.ts through firstRowLikeBody: the first pair of a two-column text list is a record when it is written or placed as the pairs are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { keysAsNames } from "../../src/dialect/pair-list.js";
import { keyCodeLikeBody } from "../../src/dialect/key-tail.js";
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

test("keysAsNames: a first row of two keys of the first column names the columns; a repeated first key alone or a chain's head does not", () => {
  const f = cliFile("language-names-header-above-language-pairs.csv");
  assert.deepEqual([f.dialect!.header, f.columns, f.rows.total, f.errors], [true, ["English", "Spanish"], 7, 0]);
  assert.equal(keysAsNames(["English", "Spanish"], [["Dutch", "x"], ["English", "y"], ["Spanish", "z"]]), true);
  // a sorted list's first key written twice, keys that repeat below, a chain's head
  assert.equal(keysAsNames(["a", "1"], [["a", "2"], ["b", "3"], ["c", "4"]]), false);
  assert.equal(keysAsNames(["a", "b"], [["a", "2"], ["b", "3"], ["b", "4"]]), false);
  assert.equal(keysAsNames(["a", "b"], [["b", "c"], ["c", "d"], ["d", "e"]]), false);
});

test("keyTailLikeBody: a first key ending with the path of the keys below it is a record; a plain name stays a header", () => {
  const f = cliFile("path-key-list-no-header.tsv");
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], ["\t", false, 8, 0]);
  // near miss: `locale<TAB>name` holds no path of the keys, and stays the header
  assert.equal(sniffDialect("locale\tname\n" + text("path-key-list-no-header.tsv"), true).header, true);
});

test("keyCodeLikeBody: a first key written in the keys' code alphabet (a MAC prefix) is a record; `mac<TAB>vendor` stays a header", () => {
  const f = cliFile("mac-prefixes-of-mixed-length-no-header.tsv");
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.rows.total, f.errors], ["\t", false, 10, 0]);
  assert.equal(sniffDialect("mac\tvendor\n" + text("mac-prefixes-of-mixed-length-no-header.tsv"), true).header, true);
  // near miss: a mark joining words with no digit (`e-mail`), or a run longer than the keys' runs, is a name
  const keys = ["00:00:5e", "01:80:c2", "33:33", "b0:c4:20", "01:00:5e:00:01"];
  assert.equal(keyCodeLikeBody("e-mail", keys), false);
  assert.equal(keyCodeLikeBody("52:54:00", keys), true);
  assert.equal(keyCodeLikeBody("2025:0", keys), false);
});
