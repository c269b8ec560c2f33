// Differential test: the cells checks on LineRecords (cells as ranges, no strings) report exactly what they report on string records.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { SCHEMA_CHECKS } from "../../src/checks/schema/index.js";
import { rowCells } from "../../src/checks/structure/row-cells.js";
import { isBlank } from "../../src/checks/structure/row-blank.js";
import type { CheckContext } from "../../src/checks/types.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import type { DefectDraft, ParsedRecord } from "../../src/types.js";
import { tokenize } from "../helpers/tokenize.js";

// the bench schema's shapes, and the other fields that have a span test (bounded dates, booleans, class runs, enums)
const FIELDS: Array<Record<string, unknown>> = [
  { name: "id", type: "integer", constraints: { required: true, minimum: 1 } },
  { name: "name", type: "string", constraints: { required: true, maxLength: 10 } },
  { name: "email", type: "string", format: "email" },
  { name: "age", type: "integer", constraints: { minimum: 0, maximum: 130 } },
  { name: "country", type: "string", constraints: { pattern: "[A-Z]{2}" } },
  { name: "day", type: "date", constraints: { minimum: "2020-01-01" } },
  { name: "at", type: "datetime" },
  { name: "kind", type: "string", constraints: { enum: ["signup", "login", "NULL", "-x"] } },
  { name: "amount", type: "number" },
  { name: "ok", type: "boolean" },
  { name: "note", type: "string" },
  { name: "code", type: "string", missingValues: ["", "-"], constraints: { pattern: "[A-Z0-9]{3}" } },
];
// the other shapes with a span test (span-plan.ts): bounded numbers and datetimes, times, years, year-months, UUIDs,
// js-safe patterns (a sticky RegExp), and two without one (a URI, a re2 pattern) beside them
const FIELDS2: Array<Record<string, unknown>> = [
  { name: "n1", type: "number", constraints: { required: true, minimum: -1.5, exclusiveMaximum: 100 } },
  { name: "dt1", type: "datetime", constraints: { minimum: "2024-02-29T10:00:00Z", maximum: "2024-05-10T10:00:00+02:00" } },
  { name: "t", type: "time" },
  { name: "t1", type: "time", constraints: { minimum: "09:00:00", exclusiveMaximum: "17:30:00" } },
  { name: "y", type: "year", constraints: { minimum: 2000 } },
  { name: "ym", type: "yearmonth" },
  { name: "u", type: "string", format: "uuid", constraints: { required: true } },
  { name: "p3", type: "string", constraints: { pattern: "^[A-Z]{2}-\\d{3,4}$" } },
  { name: "p4", type: "string", missingValues: ["", "-"], constraints: { pattern: "\\d+(?:\\.\\d\\d)?" } },
  { name: "p5", type: "string", constraints: { pattern: "^N|b$" } },
  { name: "uri", type: "string", format: "uri" },
  { name: "p6", type: "string", constraints: { pattern: "(a+)+b" } },
];

const CELLS = ["", "1", "0", "-1", "+5", "131", "007", "12345678901234567", "Ann", "Zoë", "a😀", "=1+1", "+33 1", "-", "@x", "NULL", "N/A", "null",
  "NaN", "INF", "a@b.co", "a.b@c-d.org", "'a@b.co", "a'@b.co", "a..b@c.de", "x@y", "FR", "fr", "F1", "2020-01-01", "2019-12-31", "2024-02-29", "2023-02-29",
  "2024-05-10T10:00:00Z", "2024-02-29T10:00:00Z", "2024-05-10T25:00:00Z", "2024-05-10T10:00", "signup", "login", "Signup", "-x", "12.50", "-0.5", ".5", "5.",
  "1e3", "1e999", "true", "False", "yes", "AB1", "ab1", "ABCD", "a,b", 'say "hi"', "two\nlines", "cr\r", "\0", "\uFFFD", "x".repeat(40),
  "-1.5", "-1.6", "99.99", "100", "2024-02-29T09:59:59Z", "2024-05-10T08:00:00Z", "2024-05-10T08:00:01Z", "09:00:00", "17:30:00", "12:00", "25:00:00",
  "2000", "1999", "+200", "2020-06", "2020-13", "123e4567-e89b-12d3-a456-426614174000", "AB-123", "AB-12345", "12.34", "12.3", "N", "Nb", "b",
  "https://x.org/a", "aab", "ab"];

const HUGE = "y".repeat(70_000);
const cellArb = fc.oneof({ arbitrary: fc.constantFrom(...CELLS), weight: 40 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 30 },
  { arbitrary: fc.stringMatching(/^[-+0-9.eA-Z@a-z:T]{0,12}$/), weight: 30 }, { arbitrary: fc.constantFrom(HUGE, `${HUGE}"`, `2020-01-01${HUGE}`), weight: 1 });
/** A cell as the file holds it: bare when it can be, quoted (doubling quotes) when it must be or at random. */
const written = (c: string, quote: boolean): string => (quote || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const rowArb = fc.array(fc.tuple(cellArb, fc.integer({ min: 0, max: 9 })), { minLength: 0, maxLength: 14 }).map((cells) => cells.map(([c, q]) => written(c, q < 3)).join(","));
const fileArb = fc.record({ rows: fc.array(rowArb, { minLength: 1, maxLength: 25 }), eol: fc.constantFrom("\n", "\r\n"), last: fc.boolean(),
  sizes: fc.constantFrom([], [7], [64, 3], [1000], [65536]), maxRecordChars: fc.constantFrom(16 * 1024 * 1024, 16 * 1024 * 1024, 60) });

/** Runs the schema checks, row-cells and the blank-row rule over records, as the pipeline does; the drafts and stats. */
function run(records: ParsedRecord[], fields = FIELDS, keys: Record<string, unknown> = {}): { drafts: DefectDraft[]; stats: unknown } {
  const schema = compileTableSchema({ fields, missingValues: [""], ...keys }, { source: "test", sha256: null });
  const header = { names: fields.map((f) => f.name as string), line: 1, present: true };
  const drafts: DefectDraft[] = [];
  const ctx = { schema, header, report: (d: DefectDraft) => { drafts.push(d); }, options: { collectStats: true }, file: { source: "t.csv", encoding: "utf-8" } } as CheckContext;
  const checks = [rowCells, ...SCHEMA_CHECKS].map((m) => m.create(ctx)).filter((c) => c !== null);
  records.forEach((rec, i) => {
    if (isBlank(rec)) drafts.push({ code: "row-blank", row: i + 1, line: rec.line, column: null, columnIndex: null });
    else for (const c of checks) c.onRow?.(rec, i + 1);
  });
  for (const c of checks) c.onEnd?.(records.length);
  return { drafts, stats: checks.flatMap((c) => c.stats?.() ?? []) };
}

describe("cells checks on LineRecords (span path) against string records", () => {
  for (const [title, fields] of [["the bench schema's shapes", FIELDS], ["the other shapes", FIELDS2]] as const) {
  it(`report the same defects and column figures on random records (quoted, empty, unicode, CRLF, huge, over the record limit, invalid): ${title}`, () => {
    let spanRecords = 0;
    fc.assert(fc.property(fileArb, ({ rows, eol, last, sizes: given, maxRecordChars }) => {
      const text = rows.join(eol) + (last ? eol : "");
      // why: a huge cell read 7 characters at a time is a test of patience, not of the span path
      const sizes = text.length > 10_000 && given.length > 0 && given[0] < 1000 ? [4096, 65536] : given;
      const spans = tokenize(text, { spans: true, maxRecordChars }, sizes);
      const strings = tokenize(text, { spans: false, maxRecordChars }, sizes);
      assert.equal(strings.some((r) => r instanceof LineRecord), false);
      spanRecords += spans.filter((r) => r instanceof LineRecord).length;
      const a = run(spans, fields), b = run(strings, fields);
      assert.deepEqual(a.drafts, b.drafts);
      assert.deepEqual(a.stats, b.stats);
      // and the records read the same when something asks for their cells
      assert.deepEqual(spans.map((r) => [r.cells, r.quoted, r.line, r.byteOffset, r.replacement]), strings.map((r) => [r.cells, r.quoted, r.line, r.byteOffset, r.replacement]));
    }), { numRuns: 400 });
    assert.ok(spanRecords > 1000, `the span path was taken (${spanRecords} records)`);
  });
  }

  it("report the same repeated keys where key cells hold doubled quotes (a line's ranges are not its cells there)", () => {
    const fields = [{ name: "id", constraints: { unique: true } }, { name: "a" }, { name: "b", constraints: { maxLength: 2 } }];
    const cell = fc.tuple(fc.constantFrom('a"b', 'a""b', '"', '""', "a", "ab", ""), fc.boolean());
    let doubled = 0;
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 }), (rows) => {
      const text = rows.map((r) => r.map(([c, q]) => written(c, q)).join(",")).join("\n") + "\n";
      const spans = tokenize(text, { spans: true });
      doubled += spans.filter((r) => r instanceof LineRecord && r.doubled).length;
      const keys = { primaryKey: ["a", "b"] };
      const a = run(spans, fields, keys), b = run(tokenize(text, { spans: false }), fields, keys);
      assert.deepEqual(a.drafts, b.drafts);
      assert.deepEqual(a.stats, b.stats);
    }), { numRuns: 200 });
    assert.ok(doubled > 500, `lines with doubled quotes were read as ranges (${doubled})`);
  });

  it("a cell with doubled quotes is tested on its range only where undoubling cannot turn a pass into a failure", () => {
    // raw `""a` is three characters of the class and `a""b` is in the enum; undoubled, `"a` is too short and `a"b` is not;
    // raw `a""b` is over the maximum length of 3, undoubled it is not
    const fields = [{ name: "p", constraints: { pattern: '["a]{3}' } }, { name: "e", constraints: { enum: ['a""b', "x"] } },
      { name: "n", constraints: { maxLength: 3 } }, { name: "t" }];
    const text = '"""a","a""b","""ab","="""\n"a""","x","a""b","x"\n';
    const spans = tokenize(text, { spans: true });
    assert.ok(spans.every((r) => r instanceof LineRecord && r.doubled));
    const a = run(spans, fields), b = run(tokenize(text, { spans: false }), fields);
    assert.deepEqual(a.drafts, b.drafts);
    assert.deepEqual(a.drafts.map((d) => [d.code, d.row, d.column]), [["pattern", 1, "p"], ["enum", 1, "e"], ["formula-injection", 1, "t"], ["pattern", 2, "p"]]);
  });

  it("a cell that needs its string gets it: an invalid age and an injected formula are reported with their text", () => {
    const recs = tokenize("1,Ann,a@b.co,-5,FR,2020-01-02,2024-05-10T10:00:00Z,login,1.5,true,=cmd,AB1\n");
    assert.ok(recs[0] instanceof LineRecord);
    const found = run(recs).drafts.map((d) => [d.code, d.column, d.value]);
    assert.deepEqual(found, [["minimum", "age", "-5"], ["formula-injection", "note", "=cmd"]]);
  });
});
