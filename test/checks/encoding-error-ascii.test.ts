// encoding-error stops at an ASCII line (line-record.ts asciiLine) and still searches every other line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { encodingError } from "../../src/checks/structure/encoding-error.js";
import type { CheckContext } from "../../src/checks/types.js";
import { asciiLine, LineRecord } from "../../src/parse/line-record.js";
import type { DefectDraft, ParsedRecord } from "../../src/types.js";
import { tokenize } from "../helpers/tokenize.js";

/** The encoding-error check of a file read as `encoding`, and the defects it reports. */
function checkOf(encoding: string): { onRow: (rec: ParsedRecord, row: number) => void; found: DefectDraft[] } {
  const found: DefectDraft[] = [];
  const ctx = { header: { names: ["name", "city"] }, report: (d: DefectDraft) => found.push(d), file: { encoding, utf8Rows: false } } as unknown as CheckContext;
  const inst = encodingError.create(ctx)!;
  return { onRow: (rec, row) => inst.onRow!(rec, row), found };
}

describe("encoding-error-ascii: an ASCII line is not searched", () => {
  it("asciiLine: true for the lines of an ASCII buffer, plain or quoted", () => {
    const recs = tokenize('name,city\nAnn,Oslo\n"Bo, Jr",Rome\n');
    assert.equal(recs.length, 3);
    for (const r of recs) assert.equal(asciiLine(r), true);
  });

  it("asciiLine refuses a buffer with a character above U+007F, a copy, replaced cells and records read into strings", () => {
    for (const r of tokenize("name,city\nAnn,Oslo\nZoë,Köln\n")) assert.equal(asciiLine(r), false, "the whole buffer is not ASCII");
    const line = tokenize("Ann,Oslo\n")[0] as LineRecord;
    assert.equal(asciiLine(line.copy()), false, "a copy keeps no bytes");
    line.cells = ["Ann", "Köln"];
    assert.equal(asciiLine(line), false, "cells assigned: the ranges are no longer the cells");
    // a quoted cell over two lines: the state machine's record, its cells as strings
    const multi = tokenize('a,"b\nc"\n');
    assert.equal(multi.length, 1);
    assert.equal(multi[0] instanceof LineRecord, false);
    assert.equal(asciiLine(multi[0]), false);
    assert.equal(asciiLine({ cells: ["x"] } as unknown as ParsedRecord), false);
  });

  it("a UTF-8 file: the ASCII chunk's line is passed, the line encoded twice in the next chunk is still named", () => {
    const { onRow, found } = checkOf("utf-8");
    // chunks of 9 and then the rest: the first line's buffer is ASCII, the second's is not
    const recs = tokenize("Ann,Oslo\nMÃ¼ller,KÃ¶ln\n", {}, [9, 100]);
    assert.equal(recs.length, 2);
    assert.deepEqual(recs.map(asciiLine), [true, false]);
    recs.forEach((r, i) => onRow(r, i + 1));
    assert.deepEqual(found.map((d) => [d.code, d.row, d.column]), [["encoding-error", 2, "name"], ["encoding-error", 2, "city"]]);
  });

  it("a pasted C1 control (ISO-8859-1) and U+FFFD (UTF-8) are still found on lines that are not ASCII", () => {
    const { onRow, found } = checkOf("iso-8859-1");
    const recs = tokenize("Ann,Oslo\nit\u0092s,x\n", {}, [9, 100]);
    recs.forEach((r, i) => onRow(r, i + 1));
    assert.deepEqual(found.map((d) => [d.code, d.row, d.column]), [["encoding-error", 2, "name"]]);
    const utf8 = checkOf("utf-8");
    tokenize("Ann,Oslo\nx,Bad\uFFFD\n", {}, [9, 100]).forEach((r, i) => utf8.onRow(r, i + 1));
    assert.deepEqual(utf8.found.map((d) => [d.code, d.row, d.column]), [["encoding-error", 2, "city"]]);
  });
});
