// loneQuoteCells (src/dialect/lone-quote-cells.ts): a comma file whose `"` stands as whole cells on its records reads those as text.
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
  assert.equal(sniffDialect(text, true).loneQuotes, true);
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

test("loneQuoteCells: refuses a real multi-line field that opens and closes on a line break (its closing line is no record)", () => {
  const note = 'id,qty,note\n1,3,"\nCall the customer first.\n"\n2,5,ok\n3,7,fine\n';
  const noteCrlf = note.replace(/\n/g, "\r\n");
  const figure = 'id,name,qty\n1,Widget,"\n12\n"\n2,Gadget,4\n';
  for (const [text, records] of [[note, 3], [noteCrlf, 3], [figure, 2]] as const) {
    assert.equal(loneQuoteCells(text, ","), false, JSON.stringify(text));
    assert.notEqual(sniffDialect(text, true).quote, "", "the parser still quotes the field");
    assert.equal(sniffDialect(text, true).loneQuotes, undefined);
    const f = read(text);
    assert.deepEqual([f.rows.total, f.errors], [records, 0], JSON.stringify(text));
  }
});

test("loneQuoteCells: refuses marks in a one-column file and marks whose span holds lines of another width", () => {
  assert.equal(loneQuoteCells('unit\n"\nfoot\n"\n', ","), false);
  const ragged = 'item,qty,unit\nPipe,12,"\nsee the note below\nElbow,3,"\nTee,4,in\n';
  assert.equal(loneQuoteCells(ragged, ","), false);
});

const BESIDE = "fixtures/dialect/comma-list-with-lone-inch-marks-beside-quoted-names.csv";

test("loneQuoteCells: marks beside real quoted fields keep every record and the quoted names (main: 3 records, 3 errors)", () => {
  const text = readFileSync(BESIDE, "utf8");
  assert.equal(loneQuoteCells(text, ","), true);
  assert.deepEqual([sniffDialect(text, true).quote, sniffDialect(text, true).loneQuotes], ['"', true]);
  const f = read(text);
  assert.deepEqual([f.rows.total, f.errors], [6, 0]);
  const odd = text.split("\n").slice(0, 6).join("\n") + "\n";
  assert.deepEqual([read(odd).rows.total, read(odd).errors], [5, 0], "an odd count: no quote-unclosed");
});

test("loneQuoteCells: marks in the sample, a quoted field only past it: the field is still quoted (main: half the records merged)", () => {
  const rows = ["item,qty,unit", ...Array.from({ length: 12000 }, (_, i) => `Part ${i},${i},"`), '"Tee, brass",4,in', 'Cap,6,"'];
  const f = read(rows.join("\n") + "\n");
  assert.deepEqual([f.rows.total, f.errors], [12002, 0]);
});

test("loneQuoteCells: refuses a real field that opens on a line break and closes glued to text, and a mark nothing closes", () => {
  const glued = 'id,qty,note\n1,3,"\nCall the customer first."\n2,5,"ok, fine"\n3,7,fine\n';
  assert.equal(loneQuoteCells(glued, ","), false);
  assert.deepEqual([read(glued).rows.total, read(glued).errors], [3, 0]);
  assert.equal(loneQuoteCells('item,qty,unit\n"Pipe, copper",12,in\nElbow,3,"\n', ","), false);
  assert.equal(loneQuoteCells('item,qty,unit\n"Pipe, copper",12,in\nElbow,3,in\n', ","), false, "no mark at all");
});

test("loneQuoteCells: refuses real fields opening on a line break in a middle column (their lines share a width of their own)", () => {
  const middle = 'id,note,qty\n1,"\nsecond line",3\n2,"\nmore text",4\n3,"\nlast",5\n';
  assert.equal(loneQuoteCells(middle, ","), false);
  assert.deepEqual([read(middle).rows.total, read(middle).errors], [3, 0]);
});
