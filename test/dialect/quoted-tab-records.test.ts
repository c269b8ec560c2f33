// spansTabRecords (src/dialect/quoted-tab-records.ts): a quoted span of a TAB file whose first line holds a TAB is records, not a field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { spansTabRecords } from "../../src/dialect/quoted-tab-records.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/token-tag-lines-with-a-quote-glued-word.tsv";

test("spansTabRecords: token and tag lines with `\"Monte` … `Carlo\"` and lone `\"` tokens keep one record per line", () => {
  const text = readFileSync(FIXTURE, "utf8");
  assert.notEqual(sniffDialect(text, true).quote, "\"");
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json", "-q"]).stdout) as Report).files[0];
  // main: 8 records for 12 lines under the header, no error (`Monte` to `Carlo` one cell, `"` … `"` another)
  assert.deepEqual([f.rows.total, f.errors], [12, 0]);
});

test("spansTabRecords: other delimiters, a span on one line, a first line with no TAB or a blank beside it keep their quoting", () => {
  const span = (s: string, dc: number) => spansTabRecords(s, s.indexOf('"'), s.lastIndexOf('"'), dc);
  assert.equal(span('"Monte\tN\nCarlo"\tN\n', 9), true);
  assert.equal(span('"12 Main St, Apt 4\nSpringfield",IL\n', 44), false);
  assert.equal(span('x\t"a\tb"\t1\n', 9), false);
  assert.equal(span('1\t"line one\nline two"\t2\n', 9), false);
  assert.equal(span('NA\t"\t \r"\tNA\n', 9), false);
  const comma = 'id,addr,city\n1,"12 Main St, Apt 4\nBox 7",Springfield\n2,"5 Elm St, Unit 2\nBox 9",Salem\n3,"8 Oak Rd",Dover\n';
  assert.equal(sniffDialect(comma, true).quote, '"');
  const notes = 'id\tnote\tn\n1\t"first line\nsecond line"\t2\n2\t"one\ntwo"\t3\n3\t"a\tb"\t4\n4\tplain\t5\n';
  assert.equal(sniffDialect(notes, true).quote, '"');
});

test("quoteEvidence: a TAB table's one quoted field, a multi-line cell holding a TAB, keeps its quoting where no `\"` stands alone", () => {
  const fixture = "fixtures/dialect/tab-table-one-quoted-multiline-cell-holding-a-tab.tsv";
  assert.equal(sniffDialect(readFileSync(fixture, "utf8"), true).quote, '"');
  const f = (JSON.parse(runCli([fixture, "--format", "json", "-q"]).stdout) as Report).files[0];
  // main: the quote dropped, `second line"` read as a record short of a cell (13 records, row-missing-cells)
  assert.deepEqual([f.rows.total, f.errors], [12, 0]);
});
