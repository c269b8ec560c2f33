// CsvTokenizer with inline comments: a comment character after a tab or two spaces ends the record; after one space it is text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../helpers/tokenize.js";

test("the note after '<TAB>#' or '  #' is dropped, in any chunking; 'Apt #5' stays", () => {
  const text = "a,1\t\t# note, with comma\nb,2  # x\nApt #5,3\n# whole line\nc,4\t#";
  for (const sizes of [[], [1], [3, 5], [7]]) {
    const recs = tokenize(text, { comment: "#", inlineComment: true }, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["a", "1"], ["b", "2"], ["Apt #5", "3"], ["c", "4"]], `sizes ${sizes}`);
    assert.deepEqual(recs.map((r) => r.line), [1, 2, 3, 5]);
  }
});

test("without inlineComment the note stays in the last cell", () => {
  assert.deepEqual(tokenize("a,1\t# n\n", { comment: "#" }).map((r) => r.cells), [["a", "1\t# n"]]);
});
