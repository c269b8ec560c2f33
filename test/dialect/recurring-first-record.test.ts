// recurringFirstRecord (src/dialect/recurring-first-record.ts): a first line met again below, a cell of it also a value of its column, is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { recurringFirstRecord } from "../../src/dialect/recurring-first-record.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/token-tag-lines-first-pair-recurring.tsv";

test("recurringFirstRecord: token and tag lines whose first pair `Dit Pron` recurs read with no header, no error", () => {
  const text = readFileSync(FIXTURE, "utf8");
  assert.equal(sniffDialect(text, true).header, false);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json", "-q"]).stdout) as Report).files[0];
  // main: `Dit`, `Pron` as names, 2 header-repeated errors, 13 records
  assert.deepEqual([f.rows.total, f.errors], [14, 0]);
});

test("recurringFirstRecord: joined exports, one copy, names met only in copies, one cell, spaces keep the header", () => {
  const joined = "id\tname\n1\tann\n2\tbob\nid\tname\n3\tcy\n4\tdee\nid\tname\n5\teve\n";
  assert.equal(recurringFirstRecord(joined, 0, "\t"), false);
  assert.equal(sniffDialect(joined, true).header, true);
  const once = "Dit\tPron\nis\tV\nhet\tPron\nzij\tPron\nDit\tPron\nook\tAdv\n";
  assert.equal(recurringFirstRecord(once, 0, "\t"), false);
  const onlyCopies = "a\tb\n1\t2\na\tb\n3\t4\na\tb\n";
  assert.equal(recurringFirstRecord(onlyCopies, 0, "\t"), false);
  assert.equal(recurringFirstRecord("Dit\nis\nDit\nDit\nDit\n", 0, "\t"), false);
  assert.equal(recurringFirstRecord("Dit Pron\nis V\nDit Pron\nhet Pron\nDit Pron\nzij Pron\n", 0, " "), false);
});

test("recurringFirstRecord: a page header repeated, one name (`Unit`) also a value of its column, keeps the header", () => {
  const fixture = "fixtures/dialect/page-header-repeated-a-name-also-a-value.tsv";
  assert.equal(sniffDialect(readFileSync(fixture, "utf8"), true).header, true);
  const f = (JSON.parse(runCli([fixture, "--format", "json", "-q"]).stdout) as Report).files[0];
  // main: no header, the copies read as records without a word (`Qty` a value of the Qty column)
  assert.deepEqual([f.rows.total, f.byCode["header-repeated"]], [14, 2]);
  // still a record: words over words (a token corpus), a number as a name's cell
  assert.equal(recurringFirstRecord("Dit\tPron\nis\tV\nDit\tPron\nhet\tPron\nDit\tPron\nzij\tPron\n", 0, "\t"), true);
  assert.equal(recurringFirstRecord("a\t1\nb\t1\na\t1\nc\t1\na\t1\n", 0, "\t"), true);
});
