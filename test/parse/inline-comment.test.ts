// CsvTokenizer with inline comments: a comment character after a tab or two spaces ends the record; after one space it is text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, parseOptions, chunksOf } from "../helpers/tokenize.js";
import { CsvTokenizer } from "../../src/parse/csv.js";
import type { ParsedRecord } from "../../src/types.js";

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

test("a TSV note after the TAB delimiter itself ('IP<TAB><TAB># note') is dropped with the empty cells of the run, in any chunking", () => {
  const text = "ip\t0\tIP\t\t# internet protocol\nst\t5\tST-II\t# stream, mode\nx\t\t7\n";
  for (const sizes of [[], [1], [3, 5], [7]]) {
    const recs = tokenize(text, { delimiter: "\t", comment: "#", inlineComment: true }, sizes);
    assert.deepEqual(recs.map((r) => r.cells), [["ip", "0", "IP"], ["st", "5", "ST-II"], ["x", "", "7"]], `sizes ${sizes}`);
  }
});

test("aligned (whitespace) rows: a note after the run of spaces is dropped, and an indented note line is a comment line", () => {
  const text = "# zones\nABC     1200    # Alpha Time\n                # (more about ABC)\nDEFT    3600 D  # Delta Summer Time\nGH      Eu/Gh\n";
  for (const sizes of [[], [1], [3, 5], [7], [20]]) {
    const t = new CsvTokenizer(parseOptions({ delimiter: " ", whitespace: true, comment: "#", inlineComment: true }));
    const recs: ParsedRecord[] = [];
    for (const c of chunksOf(text, sizes)) t.push(c, recs);
    t.end(recs);
    assert.deepEqual(recs.map((r) => r.cells), [["ABC", "1200"], ["DEFT", "3600", "D"], ["GH", "Eu/Gh"]], `sizes ${sizes}`);
    assert.deepEqual(recs.map((r) => r.line), [2, 4, 5], `sizes ${sizes}`);
    assert.equal(t.skippedLines().comments, 2);
  }
});
