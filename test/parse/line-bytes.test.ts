// LineRecord.bytes: the fast paths hand an ASCII line's bytes beside its text (byte i = character i), and none otherwise.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { CsvTokenizer } from "../../src/parse/csv.js";
import { LineRecord } from "../../src/parse/line-record.js";
import type { ParsedRecord } from "../../src/types.js";
import { chunksOf, parseOptions, tokenize } from "../helpers/tokenize.js";

/** Every record's bytes, where it has them, are its text's codes (the whole text, so every range of it). */
function bytesMatch(recs: LineRecord[]): void {
  for (const r of recs) {
    if (r.bytes === null) continue;
    assert.equal(r.bytes.length, r.text.length);
    for (let i = 0; i < r.text.length; i++) assert.equal(r.bytes[i], r.text.charCodeAt(i), `at ${i} of ${JSON.stringify(r.text)}`);
  }
}
const lineRecords = (text: string, sizes: number[] = []): LineRecord[] =>
  tokenize(text, {}, sizes).filter((r): r is LineRecord => r instanceof LineRecord);

describe("line-bytes: a LineRecord's bytes", () => {
  it("are its text's codes on ASCII text, whatever the chunks (records begun in one chunk, ended in the next)", () => {
    let seen = 0;
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[ -~]{0,12}(,[ -~]{0,12}){0,4}$/), { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
      (lines, sizes) => {
        const recs = lineRecords(lines.join("\n") + "\n", sizes);
        bytesMatch(recs);
        seen += recs.filter((r) => r.bytes !== null).length;
      }), { numRuns: 500 });
    assert.ok(seen > 500, `records with bytes (${seen})`);
  });
  it("are none once a chunk holds a character above U+007F, until the buffer starts again (and right where they are kept)", () => {
    const text = "a,b\n1,2\nné,3\n4,5\n";
    const one = lineRecords(text);
    assert.deepEqual(one.map((r) => r.bytes === null), [true, true, true, true]);
    // in chunks: the ASCII chunks before the accent have them, the one with it not
    const chunked = lineRecords(text, [8, 6, 4]);
    bytesMatch(chunked);
    assert.deepEqual(chunked.map((r) => [r.cells.join("|"), r.bytes === null]), [["a|b", false], ["1|2", false], ["né|3", true]]);
  });
  it("are dropped, not copied again at each chunk, for a long record left over (and right again after it)", () => {
    const long = "x".repeat(200_000);
    const recs = lineRecords(`a,b\n${long},1\n${"c,d\n".repeat(1000)}`, [1000]);
    bytesMatch(recs);
    assert.ok(recs.every((r) => r.width === 2 && (r.bytes === null || r.bytes.length <= 1000 + 65536)), "no record's bytes hold the long record");
    assert.ok(recs.at(-1)!.bytes !== null, "the bytes are back at a later chunk");
  });
  it("with reused records, are right for each record when it is read, though written again at each chunk", () => {
    let seen = 0;
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{0,12}(,[a-z0-9 ]{0,12}){0,4}$/), { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 4 }),
      (lines, sizes) => {
        const tok = new CsvTokenizer(parseOptions({ reuseRecords: true }));
        const cells: string[] = [];
        // the sink reads each record at once, as the pipeline's does: the record and its bytes are filled again after
        const sink = { push: (r: ParsedRecord): void => {
          if (r instanceof LineRecord && r.bytes !== null) { bytesMatch([r]); seen++; }
          cells.push(r.cells.join("|"));
        } };
        for (const c of chunksOf(lines.join("\n") + "\n", sizes)) tok.push(c, sink as never);
        tok.end(sink as never);
        assert.deepEqual(cells, lines.map((l) => l.split(",").join("|")));
      }), { numRuns: 400 });
    assert.ok(seen > 1000, `records with bytes (${seen})`);
    // a copy keeps no bytes: the tokenizer writes them again
    const rec = tokenize("a,b\n")[0] as LineRecord;
    assert.ok(rec.bytes !== null && rec.copy().bytes === null);
  });
});
