// Unit tests of the CSV tokenizer (src/parse/csv.ts): records, lines, byte offsets, structural defects, chunk independence.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize, cellsOf, linesOf, parseDefectsOf, parseOptions, chunksOf } from "../helpers/tokenize.js";
import type { ParsedRecord } from "../../src/types.js";
import { CsvTokenizer } from "../../src/parse/csv.js";
import { LineRecord } from "../../src/parse/line-record.js";

/** Everything a record carries that must not depend on how the text was chunked. */
const view = (recs: ParsedRecord[]) => recs.map((r) => ({
  index: r.index, line: r.line, endLine: r.endLine, byteOffset: r.byteOffset, cells: r.cells, quoted: r.quoted,
  skipped: r.skipped, replacement: r.replacement, defects: (r.defects ?? []).map((d) => [d.code, d.line, d.columnIndex ?? null]),
}));

describe("CsvTokenizer: records and lines", () => {
  it("reads a simple file; the final line break is not a record", () => {
    const recs = tokenize("a,b\n1,2\n");
    assert.deepEqual(cellsOf(recs), [["a", "b"], ["1", "2"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 2]]);
    assert.deepEqual(recs.map((r) => r.index), [0, 1]);
  });

  it("reads the last record without a final line break", () => {
    assert.deepEqual(cellsOf(tokenize("a,b\n1,2")), [["a", "b"], ["1", "2"]]);
  });

  it("counts CRLF, LF and a lone CR each as one line", () => {
    const recs = tokenize("a\r\nb\nc\rd\r\ne");
    assert.deepEqual(cellsOf(recs), [["a"], ["b"], ["c"], ["d"], ["e"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]);
  });

  it("a quoted field with line breaks spans lines: line is where the record starts, endLine where it ends", () => {
    const recs = tokenize('h1,h2\n1,"x\ny\r\nz"\n2,"p\rq"\n3,r\n');
    assert.deepEqual(cellsOf(recs), [["h1", "h2"], ["1", "x\ny\r\nz"], ["2", "p\rq"], ["3", "r"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 4], [5, 6], [7, 7]]);
  });

  it("an empty line is a record with one empty cell", () => {
    const recs = tokenize("a\n\nb\n\n");
    assert.deepEqual(cellsOf(recs), [["a"], [""], ["b"], [""]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 2], [3, 3], [4, 4]]);
  });

  it("a trailing delimiter means one more empty cell, also at the end of input", () => {
    assert.deepEqual(cellsOf(tokenize("a,b,\nc,\n,")), [["a", "b", ""], ["c", ""], ["", ""]]);
  });

  it("doubled quotes are one quote; delimiters and line breaks inside quotes are text", () => {
    assert.deepEqual(cellsOf(tokenize('"a ""b"", c","x\ny"\n')), [['a "b", c', "x\ny"]]);
  });

  it("tracks quoted cells: a quoted \"\" differs from an empty field; null when no cell is quoted", () => {
    const recs = tokenize('a,"",b\n,,\n"q",,\n');
    assert.deepEqual(cellsOf(recs), [["a", "", "b"], ["", "", ""], ["q", "", ""]]);
    assert.deepEqual(recs.map((r) => r.quoted), [[false, true, false], null, [true, false, false]]);
  });

  it("honours another quote character and the delimiter given", () => {
    assert.deepEqual(cellsOf(tokenize("'a;b';c\n", { delimiter: ";", quote: "'" })), [["a;b", "c"]]);
    assert.deepEqual(cellsOf(tokenize("a\t\"b\tc\"\n", { delimiter: "\t" })), [["a", "b\tc"]]);
  });

  it("honours \" when the dialect has no quote character (quote: null)", () => {
    assert.deepEqual(cellsOf(tokenize('a,"b,c"\n', { quote: null })), [["a", "b,c"]]);
  });

  it("reads a multi-character delimiter, and a lone first character of it is text", () => {
    const recs = tokenize("a||b||c\nx|y||\"q||r\"||z\n", { delimiter: "||" });
    assert.deepEqual(cellsOf(recs), [["a", "b", "c"], ["x|y", "q||r", "z"]]);
  });
});

describe("CsvTokenizer: escapes, comments and skipped lines", () => {
  it("a backslash escape keeps the next character literally inside quotes", () => {
    const recs = tokenize('"a\\"b","c\\\\d",e\n', { escape: "\\" });
    assert.deepEqual(cellsOf(recs), [['a"b', "c\\d", "e"]]);
    assert.deepEqual(parseDefectsOf(recs), []);
  });

  it("a backslash escape outside quotes keeps a delimiter as text (as Python's csv does)", () => {
    assert.deepEqual(cellsOf(tokenize("a\\,b,c\n", { escape: "\\" })), [["a,b", "c"]]);
  });

  it("an escape equal to the quote is the ordinary doubled quote", () => {
    assert.deepEqual(cellsOf(tokenize('"a""b",c\n', { escape: '"' })), [['a"b', "c"]]);
  });

  it("without an escape character a backslash is text", () => {
    assert.deepEqual(cellsOf(tokenize('"a\\",b\n')), [["a\\", "b"]]);
  });

  it("skips preamble lines (skipRows) and counts them as lines", () => {
    const recs = tokenize("title\r\nexported today\nh1,h2\n1,2\n", { skipRows: 2 });
    assert.deepEqual(cellsOf(recs), [["h1", "h2"], ["1", "2"]]);
    assert.deepEqual(linesOf(recs), [[3, 3], [4, 4]]);
    assert.equal(recs[0].byteOffset, "title\r\nexported today\n".length);
  });

  it("skips comment lines anywhere between records and counts them as lines", () => {
    const recs = tokenize("#c1\nh\n#c2\r\n1\n#c3", { comment: "#" });
    assert.deepEqual(cellsOf(recs), [["h"], ["1"]]);
    assert.deepEqual(linesOf(recs), [[2, 2], [4, 4]]);
  });

  it("a comment character inside a record or a quoted field is text", () => {
    assert.deepEqual(cellsOf(tokenize('a,#b\n"x\n#y"\n', { comment: "#" })), [["a", "#b"], ["x\n#y"]]);
  });
});

describe("CsvTokenizer: structural defects", () => {
  it("quote-stray: a quote inside an unquoted field, at its column", () => {
    const recs = tokenize('a,b"c,d\n1,2,3\n');
    assert.deepEqual(cellsOf(recs), [["a", 'b"c', "d"], ["1", "2", "3"]]);
    assert.deepEqual(parseDefectsOf(recs), [[0, "quote-stray", 1, 2]]);
  });

  it("quote-stray: text after a closing quote is kept and flagged", () => {
    const recs = tokenize('"ab"cd,e\nx,"y"z\n');
    assert.deepEqual(cellsOf(recs), [["abcd", "e"], ["x", "yz"]]);
    assert.deepEqual(parseDefectsOf(recs), [[0, "quote-stray", 1, 1], [1, "quote-stray", 2, 2]]);
  });

  it("quote-stray: once per field, however many quotes the field holds (markup in a dictionary's last field)", () => {
    const recs = tokenize('w,1,<w orth="a" form="b">a</w>,"x"y"z\nv,2,p"q,r"s\n');
    assert.deepEqual(cellsOf(recs), [["w", "1", '<w orth="a" form="b">a</w>', 'xy"z'], ["v", "2", 'p"q', 'r"s']]);
    assert.deepEqual(parseDefectsOf(recs), [[0, "quote-stray", 1, 3], [0, "quote-stray", 1, 4], [1, "quote-stray", 2, 3], [1, "quote-stray", 2, 4]]);
  });

  it("quote-unclosed: the record ends at the line where the quote opened, and later lines are records again", () => {
    const recs = tokenize('h1,h2\n1,"open\n2,b\n3,c\n');
    assert.deepEqual(cellsOf(recs), [["h1", "h2"], ["1", "open"], ["2", "b"], ["3", "c"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 2], [3, 3], [4, 4]]);
    assert.deepEqual(parseDefectsOf(recs), [[1, "quote-unclosed", 2, 2]]);
    assert.deepEqual(recs.map((r) => r.index), [0, 1, 2, 3]);
  });

  it("quote-unclosed on the first and on the last line", () => {
    const recs = tokenize('a,"b\r\nc,d\re\n');
    assert.deepEqual(cellsOf(recs), [["a", "b"], ["c", "d"], ["e"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 2], [3, 3]]);
    assert.deepEqual(parseDefectsOf(recs), [[0, "quote-unclosed", 1, 2]]);
    const last = tokenize('h\nx,"y');
    assert.deepEqual(cellsOf(last), [["h"], ["x", "y"]]);
    assert.deepEqual(parseDefectsOf(last), [[1, "quote-unclosed", 2, 2]]);
  });

  it("a quote that a later line closes is not unclosed: the text after it is quote-stray", () => {
    const recs = tokenize('a,"b\nc,"d\ne\n');
    assert.deepEqual(cellsOf(recs), [["a", "b\nc,d"], ["e"]]);
    assert.deepEqual(parseDefectsOf(recs), [[0, "quote-stray", 2, 2]]);
  });

  it("nul-byte: one per cell holding a NUL", () => {
    const recs = tokenize("a\0,b,\0c\0\nd,e,f\n");
    assert.deepEqual(parseDefectsOf(recs), [[0, "nul-byte", 1, 1], [0, "nul-byte", 1, 3]]);
    assert.equal(recs[0].cells[2], "\0c\0");
  });

  it("replacement is set on records holding U+FFFD only", () => {
    assert.deepEqual(tokenize("a,b\nc\uFFFD,d\ne,f\n").map((r) => r.replacement), [false, true, false]);
  });

  it("row-too-large: a record over maxRecordChars is skipped (no cells) and the next record is read", () => {
    for (const sizes of [[], [1], [3, 7]]) {
      const recs = tokenize("a,b\n" + "x".repeat(30) + ",y\nc,d\n", { maxRecordChars: 10 }, sizes);
      assert.deepEqual(cellsOf(recs), [["a", "b"], [], ["c", "d"]], `sizes ${sizes}`);
      assert.deepEqual(recs.map((r) => r.skipped), [false, true, false]);
      assert.deepEqual(linesOf(recs), [[1, 1], [2, 2], [3, 3]]);
      assert.deepEqual(parseDefectsOf(recs), [[1, "row-too-large", 2, null]]);
      assert.equal(recs[1].byteOffset, 4);
      assert.equal(recs[2].byteOffset, 4 + 33);
    }
  });

  it("row-too-large: a quoted field spanning lines counts toward the limit, and lines stay exact", () => {
    const recs = tokenize('h\n"' + "a\n".repeat(20) + '"\nz\n', { maxRecordChars: 15 });
    assert.deepEqual(cellsOf(recs), [["h"], [], ["z"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 22], [23, 23]]);
  });

  it("a record exactly at the limit is read", () => {
    assert.deepEqual(cellsOf(tokenize("abcde\nxy\n", { maxRecordChars: 5 })), [["abcde"], ["xy"]]);
  });
});

describe("CsvTokenizer: byte offsets", () => {
  it("counts UTF-8 bytes of multibyte characters before a record", () => {
    const text = "h1,h2\nZoë,日本\n😀,x\nlast,y\n";
    const recs = tokenize(text);
    const expected = [0, 6, 6 + Buffer.byteLength("Zoë,日本\n"), 6 + Buffer.byteLength("Zoë,日本\n😀,x\n")];
    assert.deepEqual(recs.map((r) => r.byteOffset), expected);
    assert.deepEqual(expected, [0, 6, 18, 25]);
  });

  it("starts at the chunk's byteStart (3 after a stripped UTF-8 BOM)", () => {
    const recs: ParsedRecord[] = [];
    const tok = new CsvTokenizer({ delimiter: ",", quote: '"', escape: null, skipRows: 0, comment: null, maxRecordChars: 1e6, byteLength: (s: string) => Buffer.byteLength(s) });
    tok.push({ text: "a,é\nb,c\n", byteStart: 3 }, recs);
    tok.end(recs);
    assert.deepEqual(recs.map((r) => r.byteOffset), [3, 3 + 5]);
  });

  it("is null where the byte length is unknown, and stays null after it", () => {
    const recs = tokenize("a\nb\uFFFD\nc\nd\n", { byteLength: (s) => (s.includes("\uFFFD") ? null : Buffer.byteLength(s)) });
    assert.deepEqual(recs.map((r) => r.byteOffset), [0, 2, null, null]);
  });

  it("is null for every record when no byte length function is given (legacy multi-byte encodings)", () => {
    assert.deepEqual(tokenize("a\nb\n", { byteLength: null }).map((r) => r.byteOffset), [0, null]);
  });
});

describe("CsvTokenizer: chunk-boundary independence", () => {
  it("a CRLF split across chunks is one line break", () => {
    const recs = tokenize("a\r\nb\r\nc", {}, [2, 1, 3]);
    assert.deepEqual(cellsOf(recs), [["a"], ["b"], ["c"]]);
    assert.deepEqual(linesOf(recs), [[1, 1], [2, 2], [3, 3]]);
    const quoted = tokenize('"x\r\ny"\r\nz', {}, [3, 1]);
    assert.deepEqual(cellsOf(quoted), [["x\r\ny"], ["z"]]);
    assert.deepEqual(linesOf(quoted), [[1, 2], [3, 3]]);
  });

  it("a CR at the end of the input is one line break, not a pending one", () => {
    assert.deepEqual(cellsOf(tokenize("a\r", {}, [1])), [["a"]]);
    assert.deepEqual(cellsOf(tokenize('"a"\r')), [["a"]]);
  });

  it("a multi-character delimiter split across chunks", () => {
    assert.deepEqual(cellsOf(tokenize("ab||cd||e\n", { delimiter: "||" }, [3, 1, 2])), [["ab", "cd", "e"]]);
  });

  const alphabet = ["a", "b", ",", '"', "\n", "\r", "\r\n", "\\", "#", "\0", "é", "|"];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((xs) => xs.join(""));
  const dialect = fc.record({
    delimiter: fc.constantFrom(",", "|", "||"),
    escape: fc.constantFrom(null, "\\"),
    comment: fc.constantFrom(null, "#"),
    skipRows: fc.constantFrom(0, 1),
    maxRecordChars: fc.constantFrom(8, 1000),
  });

  it("the same text whole, one character at a time, and in random chunks gives identical records", () => {
    fc.assert(fc.property(text, dialect, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }), (t, d, sizes) => {
      const whole = view(tokenize(t, d));
      assert.deepEqual(view(tokenize(t, d, [1])), whole);
      assert.deepEqual(view(tokenize(t, d, sizes)), whole);
    }), { numRuns: 400 });
  });

  it("a sink that takes each record as it is read (split parts do) sees what an array collects, in order", () => {
    fc.assert(fc.property(text, dialect, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }), (t, d, sizes) => {
      const seen: ReturnType<typeof view> = [];
      // why a snapshot per record: a sink sees the record at once, so it must be complete when pushed
      const sink = { push: (rec: ParsedRecord) => seen.push(...view([rec])) };
      const tok = new CsvTokenizer(parseOptions(d));
      for (const c of chunksOf(t, sizes)) tok.push(c, sink);
      tok.end(sink);
      assert.deepEqual(seen, view(tokenize(t, d, sizes)));
    }), { numRuns: 300 });
  });

  it("a sink with reuseRecords sees what an array collects, though one-line records are one object filled again", () => {
    fc.assert(fc.property(text, dialect, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }), (t, d, sizes) => {
      const seen: ReturnType<typeof view> = [];
      // why a snapshot per record: the next line overwrites the reused record and its ranges
      const sink = { push: (rec: ParsedRecord) => seen.push(...view([rec])) };
      const tok = new CsvTokenizer({ ...parseOptions(d), reuseRecords: true });
      for (const c of chunksOf(t, sizes)) tok.push(c, sink);
      tok.end(sink);
      assert.deepEqual(seen, view(tokenize(t, d, sizes)));
    }), { numRuns: 300 });
  });

  it("with reuseRecords, lines read as ranges are one LineRecord, its cells made again for each", () => {
    const seen: string[][] = [];
    const objects = new Set<ParsedRecord>();
    const sink = { push: (rec: ParsedRecord) => { objects.add(rec); seen.push(rec.cells); } };
    const tok = new CsvTokenizer({ ...parseOptions({}), reuseRecords: true });
    tok.push({ text: 'a,b\n"c",d\ne,"f"\n', byteStart: 0 }, sink);
    tok.end(sink);
    assert.deepEqual(seen, [["a", "b"], ["c", "d"], ["e", "f"]]);
    assert.equal(objects.size, 1);
    assert.ok([...objects][0] instanceof LineRecord);
  });

  it("line numbers are consistent: each record starts after the previous one ends, and lines count every break", () => {
    fc.assert(fc.property(text, (t) => {
      const recs = tokenize(t);
      let prevEnd = 0;
      for (const r of recs) {
        assert.ok(r.line > prevEnd, `record ${r.index} starts at ${r.line} after ${prevEnd}`);
        assert.ok(r.endLine >= r.line);
        prevEnd = r.endLine;
      }
      const breaks = (t.match(/\r\n|\r|\n/g) ?? []).length;
      const lastLine = breaks + (/[\r\n]$/.test(t) || t === "" ? 0 : 1);
      assert.ok(prevEnd <= Math.max(lastLine, 0), `last record ends at ${prevEnd} of ${lastLine} lines`);
      if (!/"/.test(t) && t !== "") assert.equal(recs.length, lastLine, "without quotes, one record per line");
    }), { numRuns: 300 });
  });
});
