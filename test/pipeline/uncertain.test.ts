// The file-level warnings of detection (encoding-uncertain, dialect-uncertain) and the encoding errors that go with them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check } from "../../src/index.js";
import { assertReport } from "../helpers/report.js";

test("a UTF-8 file with a windows-1252 tail", async (t) => {
  const report = await check(["fixtures/encoding/utf8-then-1252-tail.csv"], { jobs: 1 });
  assertReport(report);
  const f = report.files[0];

  await t.test("is read as UTF-8, with an encoding-uncertain warning", () => {
    assert.equal(f.encoding?.name, "utf-8");
    const warn = f.defects.filter((d) => d.severity === "warning");
    assert.deepEqual(warn.map((d) => d.code), ["encoding-uncertain"]);
    assert.equal(warn[0].severity, "warning");
    assert.equal(warn[0].row, null);
    assert.match(warn[0].message, /^the encoding is uncertain: read as utf-8 with confidence 0\.\d\d/);
  });

  await t.test("flags the windows-1252 rows, cell by cell, and not the UTF-8 rows", () => {
    const errs = f.defects.filter((d) => d.code === "encoding-error");
    assert.deepEqual([...new Set(errs.map((d) => d.row))], [9, 10, 11, 12]);
    assert.deepEqual(errs.filter((d) => d.row === 9).map((d) => [d.line, d.column, d.columnIndex]), [
      [10, "name", 2], [10, "city", 3], [10, "amount", 4], [10, "note", 5],
    ]);
    assert.equal(errs[0].message, "name holds bytes that are not valid utf-8 (they may be windows-1252 text in a UTF-8 file)");
    assert.deepEqual(f.rows, { total: 12, valid: 8, invalid: 4 });
  });
});

test("dialect-uncertain: a file that splits as well on | as on ;", async () => {
  const report = await check(["fixtures/ambiguous-pipe-or-semicolon.csv"], { jobs: 1 });
  assertReport(report);
  const f = report.files[0];
  assert.equal(f.dialect?.delimiter, ";");
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity, d.row, d.line, d.column]), [["dialect-uncertain", "warning", null, null, null]]);
  assert.equal(f.defects[0].message, 'the CSV dialect is uncertain: read with delimiter ";", quote none, header, but delimiter "|", quote none fits about as well');
  assert.equal(report.ok, true, "a warning does not fail the default --fail-on error");
});

test("encoding-uncertain names both readings and shows one value read both ways", async () => {
  // One Romanian word: ş (windows-1250) and ș (ISO-8859-16) are the same byte, so the file cannot tell them apart.
  const report = await check(["fixtures/encoding/romanian-cedilla-1250-one-word.csv"], { jobs: 1 });
  assertReport(report);
  const f = report.files[0];
  assert.equal(f.encoding?.name, "iso-8859-16");
  const warn = f.defects.filter((d) => d.code === "encoding-uncertain");
  assert.equal(warn.length, 1);
  assert.match(warn[0].message, /^the encoding is uncertain: read as iso-8859-16 with confidence 0\.\d\d?; windows-1250 was close \("Iași" \(iso-8859-16\) or "Iaşi" \(windows-1250\)\); pick one with --encoding$/);
});
