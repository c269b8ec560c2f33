// loneQuoteCells (src/dialect/lone-quote-cells.ts): a comma file whose `"` only stands as whole cells reads it as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { loneQuoteCells } from "../../src/dialect/lone-quote-cells.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/comma-list-with-a-column-of-lone-inch-marks.csv";
const read = (text: string) => (JSON.parse(runCli(["-", "--format", "json", "-q"], { stdin: text }).stdout) as Report).files[0];

test("loneQuoteCells: a column of lone inch marks keeps every record (main merged each pair into one, silently)", () => {
  const text = readFileSync(FIXTURE, "utf8");
  assert.equal(loneQuoteCells(text, ","), true);
  assert.equal(sniffDialect(text, true).quote, "");
  const f = read(text);
  assert.deepEqual([f.rows.total, f.errors], [6, 0]);
  assert.deepEqual(f.columns, ["item", "qty", "unit"]);
});

test("loneQuoteCells: an odd count of marks, and marks in the first column, keep every record", () => {
  const odd = 'item,qty,unit\nPipe,12,"\nElbow,3,"\nTee,4,"\nValve,2,"\nCap,6,"\n';
  assert.deepEqual([read(odd).rows.total, read(odd).errors], [5, 0]);
  const first = 'size,item\n",Pipe\n",Elbow\n",Tee\n",Valve\n';
  assert.deepEqual([read(first).rows.total, read(first).errors], [4, 0]);
});

test("loneQuoteCells: refuses marks glued to figures, quotes opening on text, real quoting and other delimiters", () => {
  const glued = 'id,name,size\n1,Pipe,12"\n2,Elbow,1"\n3,Tee,2"\n';
  assert.equal(loneQuoteCells(glued, ","), false);
  assert.equal(read(glued).byCode["quote-stray"], 3, "a `\"` inside an unquoted comma cell stays a finding");
  const multi = 'id,address\n1,"12 Main St\nSpringfield"\n2,"4 Elm St\nDover"\n';
  assert.equal(loneQuoteCells(multi, ","), false);
  assert.equal(sniffDialect(multi, true).quote, '"');
  assert.equal(read(multi).rows.total, 2);
  assert.equal(loneQuoteCells('item;qty;unit\nPipe;12;"\nElbow;3;"\n', ";"), false);
  assert.equal(loneQuoteCells("item,qty\nPipe,12\n", ","), false);
});
