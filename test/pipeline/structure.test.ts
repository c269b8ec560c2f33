// The pipeline's structural defects (SPEC section 5, "Row structure" and "File and header"), one small fixture each, through check().
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { check } from "../../src/index.js";
import type { Defect, Report } from "../../src/types.js";
import { assertReport, FIXTURES } from "../helpers/report.js";

const fx = (name: string) => join(FIXTURES, name);

async function run(name: string, options: Parameters<typeof check>[1] = {}): Promise<Report> {
  const report = await check([fx(name)], options);
  assertReport(report);
  return report;
}

/** The defect fields a structural test pins. */
const pin = (d: Defect) => ({ code: d.code, row: d.row, line: d.line, byteOffset: d.byteOffset, column: d.column, columnIndex: d.columnIndex });

describe("pipeline: row structure defects", () => {
  it("row-missing-cells / row-extra-cells point at the first missing or extra cell", async () => {
    const r = await run("ragged-rows.csv");
    const f = r.files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "row-missing-cells", row: 2, line: 3, byteOffset: 24, column: "note", columnIndex: 3 },
      { code: "row-extra-cells", row: 3, line: 4, byteOffset: 30, column: null, columnIndex: 4 },
      { code: "row-missing-cells", row: 4, line: 5, byteOffset: 46, column: "name", columnIndex: 2 },
      { code: "row-extra-cells", row: 5, line: 6, byteOffset: 48, column: null, columnIndex: 4 },
    ]);
    // a short record's value is its first cell (what it is), an extra cell's the first extra one
    assert.deepEqual(f.defects.map((d) => d.value), ["2", "extra", "4", "more"]);
    assert.deepEqual(f.rows, { total: 5, valid: 1, invalid: 4 });
  });

  it("row-blank: an empty line or a record of empty cells is blank (a warning); a quoted \"\" is not", async () => {
    const f = (await run("blank-lines.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "row-blank", row: 2, line: 3, byteOffset: 24, column: null, columnIndex: null },
      { code: "row-blank", row: 4, line: 5, byteOffset: 34, column: null, columnIndex: null },
      { code: "row-blank", row: 6, line: 7, byteOffset: 48, column: null, columnIndex: null },
    ]);
    assert.ok(f.defects.every((d) => d.severity === "warning"));
    assert.deepEqual(f.rows, { total: 6, valid: 6, invalid: 0 }, "the final line break is not a record; warnings leave rows valid");
  });

  it("row-blank: a line of spaces and tabs only (one cell of blanks) is blank, not a record missing cells", async () => {
    const f = (await run("blank-line-of-spaces-among-records.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "row-blank", row: 3, line: 4, byteOffset: 30, column: null, columnIndex: null },
      { code: "row-blank", row: 5, line: 6, byteOffset: 41, column: null, columnIndex: null },
    ]);
    assert.equal(f.errors, 0);
  });

  it("quote-unclosed: reported at the line where the quote opened; the lines after it are records again", async () => {
    const f = (await run("quote-unclosed-mid-file.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "quote-unclosed", row: 2, line: 3, byteOffset: 24, column: "note", columnIndex: 3 },
      { code: "row-extra-cells", row: 3, line: 4, byteOffset: 44, column: null, columnIndex: 4 },
    ]);
    assert.deepEqual(f.rows, { total: 4, valid: 2, invalid: 2 });
  });

  it("quote-stray: a quote inside an unquoted field, and text after a closing quote", async () => {
    const f = (await run("quote-stray.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "quote-stray", row: 1, line: 2, byteOffset: 13, column: "name", columnIndex: 2 },
      { code: "quote-stray", row: 2, line: 3, byteOffset: 25, column: "name", columnIndex: 2 },
    ]);
    assert.match(f.defects[0].message, /not quoted/);
    assert.match(f.defects[1].message, /after its closing quote/);
    assert.deepEqual(f.rows, { total: 3, valid: 1, invalid: 2 });
  });

  it("nul-byte: one per cell holding a NUL", async () => {
    const f = (await run("nul-in-cell.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "nul-byte", row: 1, line: 2, byteOffset: 13, column: "name", columnIndex: 2 },
      { code: "nul-byte", row: 3, line: 4, byteOffset: 34, column: "note", columnIndex: 3 },
    ]);
    assert.deepEqual(f.rows, { total: 3, valid: 1, invalid: 2 });
  });

  it("encoding-error: one per cell holding replaced bytes (fixtures/encoding/utf8-three-bad-bytes.csv)", async () => {
    const f = (await run("encoding/utf8-three-bad-bytes.csv")).files[0];
    assert.equal(f.encoding?.name, "utf-8");
    const errs = f.defects.filter((d) => d.code === "encoding-error");
    assert.deepEqual(errs.map((d) => [d.row, d.line, d.column, d.columnIndex, d.value]), [
      [5, 6, "note", 5, "\uFFFD"], [6, 7, "note", 5, "\uFFFD"], [7, 8, "note", 5, "\uFFFD"],
    ]);
    // byte 232 starts row 5; after a replaced byte the offset is exact or unknown (null), never a stale one
    assert.equal(errs[0].byteOffset, 232);
    assert.ok(errs[1].byteOffset === null || errs[1].byteOffset === 256, `row 6 byteOffset ${errs[1].byteOffset}`);
    assert.ok(errs[2].byteOffset === null || errs[2].byteOffset === 279, `row 7 byteOffset ${errs[2].byteOffset}`);
    assert.deepEqual(f.rows, { total: 7, valid: 4, invalid: 3 });
  });

  it("row-too-large: a record over maxRecordChars is skipped, counted as invalid, and the next record is read", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "ic-"));
    const path = join(dir, "long-record.csv");
    writeFileSync(path, `id,name\n1,a\n2,${"x".repeat(100)}\n3,c\n`);
    const r = await check([path], { maxRecordChars: 50 });
    assertReport(r);
    const f = r.files[0];
    assert.deepEqual(f.defects.map(pin), [{ code: "row-too-large", row: 2, line: 3, byteOffset: 12, column: null, columnIndex: null }]);
    assert.deepEqual(f.rows, { total: 3, valid: 2, invalid: 1 });
    // the default limit (16 MiB) reads the same record
    const whole = await check([path]);
    assert.deepEqual(whole.files[0].defects, []);
  });
});

describe("pipeline: file and header defects", () => {
  it("header-blank and header-duplicate: on line 1, at the column, with no row", async () => {
    const f = (await run("header-blank-and-duplicate.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "header-blank", row: null, line: 1, byteOffset: null, column: "", columnIndex: 2 },
      { code: "header-duplicate", row: null, line: 1, byteOffset: null, column: "id", columnIndex: 4 },
      { code: "header-duplicate", row: null, line: 1, byteOffset: null, column: "name", columnIndex: 5 },
    ]);
    assert.match(f.defects[1].message, /first at 1/);
    assert.deepEqual(f.columns, ["id", "", "name", "id", "name"]);
    assert.deepEqual(f.rows, { total: 1, valid: 1, invalid: 0 }, "header defects are file-level: the row stays valid");
  });

  // SPEC: empty-file is "no bytes, or no header line"; a BOM alone or blank lines alone hold no header line
  for (const [name, message] of [["empty-0-bytes.csv", /empty \(0 bytes\)/], ["bom-only.csv", /no header line/], ["only-blank-lines.csv", /no header line/]] as const) {
    it(`empty-file: ${name}`, async () => {
      const r = await run(name);
      const f = r.files[0];
      assert.deepEqual(f.defects.map(pin), [{ code: "empty-file", row: null, line: null, byteOffset: null, column: null, columnIndex: null }]);
      assert.match(f.defects[0].message, message);
      assert.deepEqual(f.rows, { total: 0, valid: 0, invalid: 0 });
      assert.equal(r.ok, false);
    });
  }

  it("a file with only a header is not empty: no defect, no row", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = join(mkdtempSync(join(tmpdir(), "ic-")), "header-only.csv");
    writeFileSync(path, "id,name\n");
    const r = await check([path]);
    assertReport(r);
    assert.deepEqual(r.files[0].defects, []);
    assert.deepEqual(r.files[0].columns, ["id", "name"]);
    assert.equal(r.ok, true);
  });

  it("binary-file: an image is not read as rows", async () => {
    const f = (await run("encoding/png-as-csv.csv")).files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.line]), [["binary-file", null, null]]);
    assert.match(f.defects[0].message, /PNG/);
    assert.deepEqual(f.rows, { total: 0, valid: 0, invalid: 0 });
  });

  it("source-error: a missing input gets its entry, and the other inputs are still validated", async () => {
    const missing = fx("no-such-file.csv");
    // jobs: 1 keeps this test on the in-process path (the worker pool is pinned by the CLI tests on the build)
    const r = await check([fx("ragged-rows.csv"), missing, fx("clean.csv")], { jobs: 1 });
    assertReport(r);
    assert.deepEqual(r.files.map((f) => f.source), [fx("ragged-rows.csv"), missing, fx("clean.csv")]);
    assert.deepEqual(r.files[1].defects.map((d) => [d.code, d.severity, d.row]), [["source-error", "error", null]]);
    assert.match(r.files[1].defects[0].message, /no such file|not found|ENOENT/i);
    assert.deepEqual(r.files[0].rows, { total: 5, valid: 1, invalid: 4 });
    assert.deepEqual(r.files[2].rows, { total: 3, valid: 3, invalid: 0 });
    assert.equal(r.ok, false);
  });
});

describe("pipeline: rows and lines", () => {
  it("row differs from line after a quoted field with line breaks (LF and CRLF inside quotes)", async () => {
    const f = (await run("quoted-newline.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "row-extra-cells", row: 2, line: 4, byteOffset: 46, column: null, columnIndex: 4 },
      { code: "row-missing-cells", row: 4, line: 8, byteOffset: 82, column: "note", columnIndex: 3 },
    ]);
    assert.deepEqual(f.rows, { total: 4, valid: 2, invalid: 2 });
  });

  it("CRLF, LF and a lone CR are each one line", async () => {
    const f = (await run("crlf-and-lone-cr.csv")).files[0];
    assert.deepEqual(f.defects.map(pin), [
      { code: "row-missing-cells", row: 2, line: 3, byteOffset: 24, column: "note", columnIndex: 3 },
      { code: "row-extra-cells", row: 4, line: 5, byteOffset: 41, column: null, columnIndex: 4 },
    ]);
    assert.deepEqual(f.rows, { total: 4, valid: 2, invalid: 2 });
  });

  it("byteOffset counts UTF-8 bytes of multibyte characters before the record", async () => {
    const f = (await run("multibyte-offsets.csv")).files[0];
    // "id,name,note\n" 13 + "1,Zoë,ok\n" 10 = 23; + "2,日本\n" 9 = 32
    assert.deepEqual(f.defects.map((d) => [d.row, d.byteOffset]), [[2, 23], [3, 32]]);
  });

  it("byteOffset counts the BOM: offsets are of the input as read", async () => {
    const f = (await run("bom-offsets.csv")).files[0];
    assert.equal(f.encoding?.bom, true);
    // BOM 3 + "id,name,note\n" 13 + "1,Zoë,ok\n" 10 = 26
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.line, d.byteOffset]), [["row-missing-cells", 2, 3, 26]]);
  });
});
