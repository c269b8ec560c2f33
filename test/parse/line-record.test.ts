// line-record.ts: a LineRecord's quoted flags, read from its text when asked, are those the state machine sets.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LineRecord, quotedAt } from "../../src/parse/line-record.js";
import { isBlank } from "../../src/checks/structure/row-blank.js";
import { tokenize } from "../helpers/tokenize.js";

const CELLS = ["", "", "a", "1", "Zoë", "a😀", "x y", "\0", "\uFFFD", "z".repeat(300)];

/** A file of rows in one dialect: cells quoted at random (empty ones too), or when they hold the delimiter or a quote. */
const fileArb = fc.record({
  delimiter: fc.constantFrom(",", ";", "\t", "|"),
  quote: fc.constantFrom('"', "'"),
  eol: fc.constantFrom("\n", "\r\n"),
  sizes: fc.constantFrom([], [5], [64, 3], [1000]),
  rows: fc.array(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...CELLS), fc.constantFrom(",", ";", "|", "\t", "'", '"')), fc.boolean()), { maxLength: 8 }), { minLength: 1, maxLength: 30 }),
}).map((f) => {
  const cell = ([c, q]: [string, boolean]) => {
    const must = c.includes(f.delimiter) || c.includes(f.quote);
    return q || must ? f.quote + c.split(f.quote).join(f.quote + f.quote) + f.quote : c;
  };
  return { ...f, text: f.rows.map((r) => r.map(cell).join(f.delimiter)).join(f.eol) + f.eol };
});

describe("LineRecord quoted flags", () => {
  it("equal the state machine's on random quoting, empty quoted cells, CRLF, NUL and random chunks; quotedAt, anyQuoted and isBlank agree", () => {
    let lineRecords = 0, quotedLineRecords = 0;
    fc.assert(fc.property(fileArb, (f) => {
      const o = { delimiter: f.delimiter, quote: f.quote };
      const fast = tokenize(f.text, o, f.sizes);
      const slow = tokenize(f.text, { ...o, fastPaths: false }, f.sizes);
      assert.equal(fast.length, slow.length);
      fast.forEach((r, i) => {
        if (r instanceof LineRecord) {
          lineRecords++;
          if (r.anyQuoted()) quotedLineRecords++;
          assert.equal(r.anyQuoted(), slow[i].quoted !== null, `record ${i}: anyQuoted`);
        }
        // quotedAt first: on a LineRecord it reads the text, before anything has made the flags
        const width = slow[i].cells.length;
        const at = Array.from({ length: width + 1 }, (_, c) => quotedAt(r, c));
        assert.deepEqual(at, Array.from({ length: width + 1 }, (_, c) => slow[i].quoted?.[c] === true), `record ${i}: quotedAt`);
        assert.deepEqual([r.cells, r.quoted, isBlank(r)], [slow[i].cells, slow[i].quoted, isBlank(slow[i])], `record ${i} of ${JSON.stringify(f.text)}`);
      });
    }), { numRuns: 400 });
    // the property is about LineRecords: most records, and many with a quoted cell, must have been read as such
    assert.ok(lineRecords > 1000 && quotedLineRecords > 300, `${lineRecords} LineRecords, ${quotedLineRecords} with a quoted cell`);
  });

  it("a record whose flags are set keeps them; set to null, it has none", () => {
    const [rec] = tokenize('"a",b\n');
    assert.ok(rec instanceof LineRecord);
    assert.deepEqual(rec.quoted, [true, false]);
    rec.quoted = [false, true];
    assert.deepEqual([rec.quoted, quotedAt(rec, 0), quotedAt(rec, 1)], [[false, true], false, true]);
    rec.quoted = null;
    assert.equal(rec.quoted, null);
    assert.equal(rec.anyQuoted(), false);
  });

  it("an all-empty line with a quoted empty cell is no blank row; without one it is", () => {
    const [quoted, bare] = tokenize('"",\n,\n');
    assert.ok(quoted instanceof LineRecord && bare instanceof LineRecord);
    assert.deepEqual([isBlank(quoted), isBlank(bare)], [false, true]);
  });

  it("a line with doubled quotes is read as ranges; its cells are undoubled, one by one or all, and copies keep that", () => {
    const [rec, plain] = tokenize('"say ""hi""",x,"""",,""""""\n"a",b\n');
    assert.ok(rec instanceof LineRecord && plain instanceof LineRecord);
    assert.deepEqual([rec.doubled, plain.doubled], [true, false]);
    const want = ['say "hi"', "x", '"', "", '""'];
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => [rec.cell(i), rec.doubledAt(i)]), want.map((c, i) => [c, i === 0 || i === 2 || i === 4]));
    assert.deepEqual(rec.copy().cells, want);
    assert.deepEqual(rec.cells, want);
  });
});
