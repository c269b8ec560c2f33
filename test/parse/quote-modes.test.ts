// CsvTokenizer quote modes: no quote sniffed (null), no quoting at all (""), and a quote other than '"'.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../helpers/tokenize.js";

const cells = (recs: { cells: string[] }[]) => recs.map((r) => r.cells);
const codes = (recs: { defects: { code: string }[] | null }[]) => recs.flatMap((r) => (r.defects ?? []).map((d) => d.code));

test("quote null in a TSV: a '\"' inside a field is text, a quoted field still reads as quoted", () => {
  const text = 'a\t5" disk\tx\n"b\tc"\tthe "best"\ty\n';
  for (const sizes of [[], [1], [3, 7]]) {
    const recs = tokenize(text, { delimiter: "\t", quote: null }, sizes);
    assert.deepEqual(cells(recs), [["a", '5" disk', "x"], ["b\tc", 'the "best"', "y"]]);
    assert.deepEqual(codes(recs), []);
  }
});

test("quote null in a comma file: a '\"' inside an unquoted field stays quote-stray (RFC 4180)", () => {
  assert.deepEqual(codes(tokenize('a,5" disk\n', { quote: null })), ["quote-stray"]);
});

test("quote '' reads every '\"' as text, at a field's start too", () => {
  for (const sizes of [[], [2]]) {
    const recs = tokenize('"a,b",""\nc,"d\n', { quote: "" }, sizes);
    assert.deepEqual(cells(recs), [['"a', 'b"', '""'], ["c", '"d']]);
    assert.deepEqual(codes(recs), []);
  }
});

test("quote '|': pipes wrap a field that holds commas and '\"'", () => {
  const recs = tokenize('Ag,1,|t = "W", y|\n', { quote: "|" });
  assert.deepEqual(cells(recs), [["Ag", "1", 't = "W", y']]);
  assert.deepEqual(codes(recs), []);
});
