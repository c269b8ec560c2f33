// Corpus finding (DuckDB rejects/flush.csv, CleverCSV single-column files): a file with no delimiter at all is one column per line.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { check } from "../../src/index.js";
import { CsvTokenizer } from "../../src/parse/csv.js";
import type { ParsedRecord } from "../../src/types.js";
import { assertReport, FIXTURES } from "../helpers/report.js";

describe("corpus: single-column file (sniffed delimiter \"\")", () => {
  // The sniffer answers delimiter "" (none) for a single-column file. "abc".split("") is ["a","b","c"], so a
  // tokenizer path that splits lines with String.split(delimiter) turns every character into a cell.
  it("the tokenizer keeps each line whole when the delimiter is empty", () => {
    const tok = new CsvTokenizer({ delimiter: "", quote: '"', escape: null, skipRows: 0, comment: null, maxRecordChars: 1 << 20, byteLength: null });
    const out: ParsedRecord[] = [];
    tok.push({ text: "number\n1521000\n\"33,4\"\n", byteStart: 0 }, out);
    tok.end(out);
    assert.deepEqual(out.map((r) => r.cells), [["number"], ["1521000"], ["33,4"]]);
  });

  it("check() reads one column and reports nothing", async () => {
    const report = await check([join(FIXTURES, "corpus", "single-column-no-delimiter.csv")], { jobs: 1 });
    assertReport(report);
    const f = report.files[0];
    assert.equal(f.dialect?.delimiter, "");
    assert.deepEqual(f.columns, ["number"]);
    assert.deepEqual(f.rows, { total: 3, valid: 3, invalid: 0 });
    assert.deepEqual(f.defects, []);
  });
});
