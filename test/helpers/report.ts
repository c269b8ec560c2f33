// assertReport: every report a test produces is valid against schema/report.schema.json and keeps its accounting exact.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Report } from "../../src/types.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = join(ROOT, "fixtures");

/** The report's JSON Schema, published with the package: the one contract every test checks reports against. */
export const REPORT_SCHEMA = join(ROOT, "schema/report.schema.json");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA, "utf8")));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Asserts schema validity and the accounting rules of SPEC section 4 on a whole report. */
export function assertReport(report: unknown): asserts report is Report {
  const ok = validate(report);
  assert.ok(ok, `report does not match report.schema.json: ${ajv.errorsText(validate.errors, { separator: "\n" })}`);
  const r = report as Report;
  assert.equal(r.summary.files, r.files.length, "summary.files = number of file entries");
  for (const f of r.files) {
    assert.equal(f.rows.total, f.rows.valid + f.rows.invalid, `${f.source}: rows.total = rows.valid + rows.invalid`);
    const byCodeSum = sum(Object.values(f.byCode) as number[]);
    assert.equal(byCodeSum, f.errors + f.warnings, `${f.source}: byCode counts = errors + warnings`);
    if (!f.defectsTruncated) {
      assert.equal(f.defects.length, byCodeSum, `${f.source}: an uncapped list holds every counted defect`);
      const counted: Record<string, number> = {};
      for (const d of f.defects) counted[d.code] = (counted[d.code] ?? 0) + 1;
      assert.deepEqual(counted, { ...f.byCode }, `${f.source}: byCode matches the defect list`);
    } else {
      assert.ok(f.defects.length < byCodeSum, `${f.source}: a truncated list holds fewer entries than the counts`);
    }
    // a row is invalid when it has at least one error: never more invalid rows than row-level errors
    const rowErrors = f.defects.filter((d) => d.severity === "error" && d.row !== null);
    if (!f.defectsTruncated) assert.equal(f.rows.invalid, new Set(rowErrors.map((d) => d.row)).size, `${f.source}: invalid rows = rows holding an error`);
    for (const d of f.defects) {
      if (d.row !== null) assert.ok(d.row <= f.rows.total, `${f.source}: defect row ${d.row} within ${f.rows.total} rows`);
      if (d.row !== null) assert.ok(d.line !== null && d.line >= d.row, `${f.source}: a record's line is at least its row`);
    }
  }
  assert.equal(r.summary.rows, sum(r.files.map((f) => f.rows.total)), "summary.rows = sum of files");
  assert.equal(r.summary.validRows, sum(r.files.map((f) => f.rows.valid)), "summary.validRows = sum of files");
  assert.equal(r.summary.invalidRows, sum(r.files.map((f) => f.rows.invalid)), "summary.invalidRows = sum of files");
  assert.equal(r.summary.errors, sum(r.files.map((f) => f.errors)), "summary.errors = sum of files");
  assert.equal(r.summary.warnings, sum(r.files.map((f) => f.warnings)), "summary.warnings = sum of files");
  const byCode: Record<string, number> = {};
  for (const f of r.files) for (const [c, n] of Object.entries(f.byCode)) byCode[c] = (byCode[c] ?? 0) + (n as number);
  assert.deepEqual({ ...r.summary.byCode }, byCode, "summary.byCode = sum of files' byCode");
}

/** The report with the one field that changes between runs (durationMs) set to 0. */
export function normalise<T>(report: T): T {
  const r = structuredClone(report) as unknown as Report;
  for (const f of r.files) f.durationMs = 0;
  return r as unknown as T;
}

/** The defects of the only file, as compact tuples for assertions: [code, row, line, columnIndex, column]. */
export function defectsOf(report: Report, file = 0): Array<[string, number | null, number | null, number | null, string | null]> {
  return report.files[file].defects.map((d) => [d.code, d.row, d.line, d.columnIndex, d.column]);
}
