// A lone `//` or ^Z (DOS end-of-file) as the input's last line ends the table and is no record (src/parse/csv.ts endMark).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { CsvTokenizer } from "../../src/parse/csv.js";
import { tokenize, cellsOf, parseOptions, chunksOf } from "../helpers/tokenize.js";
import { runCli } from "../helpers/cli.js";
import type { ParsedRecord, Report } from "../../src/types.js";

/** The records and the skipped-line counts of `text` read in chunks of the given sizes. */
function read(text: string, sizes: number[] = []): { cells: string[][]; comments: number; lines: number } {
  const tok = new CsvTokenizer(parseOptions({ delimiter: "\t" }));
  const out: ParsedRecord[] = [];
  for (const c of chunksOf(text, sizes)) tok.push(c, out);
  tok.end(out);
  return { cells: cellsOf(out), comments: tok.skippedLines().comments, lines: tok.linesConsumed() };
}

describe("CsvTokenizer: a `//` end line", () => {
  it("a last line that is just `//` is counted as skipped, not read as a record", () => {
    for (const end of ["//\n", "//", "//\r\n"]) {
      const r = read(`a\t1\nb\t2\n${end}`);
      assert.deepEqual(r.cells, [["a", "1"], ["b", "2"]], JSON.stringify(end));
      assert.equal(r.comments, 1);
    }
  });

  it("a `//` line with records after it, or with more on the line, stays a record", () => {
    assert.deepEqual(cellsOf(tokenize("a\t1\n//\nb\t2\n", { delimiter: "\t" })), [["a", "1"], ["//"], ["b", "2"]]);
    assert.deepEqual(cellsOf(tokenize("a\t1\n// end\n", { delimiter: "\t" })), [["a", "1"], ["// end"]]);
    assert.deepEqual(cellsOf(tokenize("a\t1\n//\t2\n", { delimiter: "\t" })), [["a", "1"], ["//", "2"]]);
  });

  it("reads the same in any chunking", () => {
    const text = fc.array(fc.constantFrom("a", "/", "//", "\t", "\n", "\r\n"), { maxLength: 30 }).map((xs) => xs.join(""));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }), (t, sizes) => {
      assert.deepEqual(read(t, sizes), read(t));
      assert.deepEqual(read(t, [1]), read(t));
    }), { numRuns: 300 });
  });

  it("the built CLI reads a TAB table closed by `//` with no short row", () => {
    const r = runCli(["fixtures/dialect/tab-table-closed-by-double-slash-line.txt", "--format", "json"]);
    const f = (JSON.parse(r.stdout) as Report).files[0];
    assert.deepEqual([f.dialect!.delimiter, f.rows.total, f.errors, f.lines], ["\t", 6, 0, { comments: 5, preamble: 0 }]);
  });
});

describe("CsvTokenizer: a ^Z (DOS end-of-file) last line", () => {
  it("a last line that is just ^Z is counted as skipped, not read as a record", () => {
    for (const end of ["\x1a", "\x1a\n", "\x1a\r\n"]) {
      const r = read(`a\t1\r\nb\t2\r\n${end}`);
      assert.deepEqual(r.cells, [["a", "1"], ["b", "2"]], JSON.stringify(end));
      assert.equal(r.comments, 1);
    }
  });

  it("a ^Z line with records after it, or with more on the line, stays a record", () => {
    assert.deepEqual(cellsOf(tokenize("a\t1\n\x1a\nb\t2\n", { delimiter: "\t" })), [["a", "1"], ["\x1a"], ["b", "2"]]);
    assert.deepEqual(cellsOf(tokenize("a\t1\n\x1a\t2\n", { delimiter: "\t" })), [["a", "1"], ["\x1a", "2"]]);
  });

  it("reads the same in any chunking", () => {
    const text = fc.array(fc.constantFrom("a", "\x1a", "\t", "\n", "\r\n"), { maxLength: 30 }).map((xs) => xs.join(""));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }), (t, sizes) => {
      assert.deepEqual(read(t, sizes), read(t));
      assert.deepEqual(read(t, [1]), read(t));
    }), { numRuns: 300 });
  });

  it("the built CLI reads a CRLF TAB table closed by ^Z with no short row", () => {
    const r = runCli(["fixtures/dialect/tab-table-closed-by-dos-eof-mark.txt", "--format", "json"]);
    const f = (JSON.parse(r.stdout) as Report).files[0];
    assert.deepEqual([f.dialect!.delimiter, f.rows.total, f.errors, f.lines], ["\t", 4, 0, { comments: 2, preamble: 0 }]);
  });
});
