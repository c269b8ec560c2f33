// ParseOptions.loneQuotes (src/parse/csv.ts): a whole-cell `"` is text, a field whose `"` opens on text is quoted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, cellsOf, parseDefectsOf } from "../helpers/tokenize.js";

const TEXT = 'item,qty,unit\n"Pipe, copper",12,"\nElbow,",3\r\n",Tee,"\n"Cap ""x""",6,1"\nNut,1,"';

test("loneQuotes: marks are cells of their own, quoted fields stay whole, at every chunk size and without fast paths", () => {
  const want = [["item", "qty", "unit"], ["Pipe, copper", "12", '"'], ["Elbow", '"', "3"], ['"', "Tee", '"'], ['Cap "x"', "6", '1"'], ["Nut", "1", '"']];
  for (const sizes of [[], [1], [2], [3], [7]]) {
    for (const fastPaths of [true, false]) {
      const recs = tokenize(TEXT, { loneQuotes: true, fastPaths }, sizes);
      assert.deepEqual(cellsOf(recs), want, JSON.stringify({ sizes, fastPaths }));
      assert.deepEqual(parseDefectsOf(recs), []);
    }
  }
});

test("loneQuotes: refuses nothing by default: without it a mark opens a quoted field as RFC 4180 says", () => {
  const recs = tokenize('a,b\n1,"\n2,"\n');
  assert.deepEqual(cellsOf(recs), [["a", "b"], ["1", "\n2,"]]);
});
