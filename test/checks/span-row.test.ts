// The cells check's row function made from source (span-row.ts spanRowFor) against the loop it unrolls (spanRowLoop), on every span kind.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cleanSpanDoubledTest, cleanSpanPlans, cleanSpanTest } from "../../src/checks/schema/cells.js";
import { addWidths, rowFunctionsHeld, rowWidths, spanRowFor, spanRowLoop, type SpanColumn } from "../../src/checks/schema/span-row.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import type { CompiledField } from "../../src/schema/types.js";
import { FIELDS as CASE_FIELDS } from "../helpers/field-cases.js";
import { tokenize } from "../helpers/tokenize.js";

// every span kind: bounded and plain integers, numbers, dates, datetimes, times, years, year-months, enums, booleans,
// e-mails, UUIDs, class runs, sticky patterns, lengths, free text; guarded ones (null-like spellings, formulas, a
// declared missing value, a non-ASCII one) and columns where "" is not missing
const FIELDS: Array<Record<string, unknown>> = [
  ...CASE_FIELDS,
  { name: "id", type: "integer", constraints: { required: true, minimum: 1 } },
  { name: "name", type: "string", constraints: { maxLength: 10 } },
  { name: "email", type: "string", format: "email" },
  { name: "country", type: "string", constraints: { pattern: "[A-Z]{2}" } },
  { name: "kind", type: "string", constraints: { enum: ["signup", "login", "NULL", "-x"] } },
  { name: "note", type: "string" },
  { name: "code", type: "string", missingValues: ["-", "né"], constraints: { pattern: "[A-Z0-9é]{2,3}" } },
  { name: "n1", type: "number", constraints: { minimum: -1.5, exclusiveMaximum: 100 } },
  { name: "dt1", type: "datetime", constraints: { minimum: "2024-02-29T10:00:00Z", maximum: "2024-05-10T10:00:00+02:00" } },
  { name: "p3", type: "string", constraints: { pattern: "^[A-Z]{2}-\\d{3,4}$" } },
  { name: "uri", type: "string", format: "uri" },
  { name: "t2", type: "string", missingValues: ["", "ñ"], constraints: { maxLength: 5 } },
  { name: "ref", type: "string", constraints: { pattern: "[A-Z0-9]{8}" } },
];

const CELLS = ["", "1", "0", "-1", "+5", "131", "007", "12345678901234567", "Ann", "Zoë", "a😀", "=1+1", "+33 1", "-", "@x", "NULL", "N/A", "null",
  "NaN", "INF", "a@b.co", "a.b@c-d.org", "'a@b.co", "a..b@c.de", "FR", "fr", "NA", "NG", "né", "2020-01-01", "2024-02-29", "2023-02-29",
  "2024-05-10T10:00:00Z", "2024-02-29T10:00:00Z", "2024-05-10T25:00:00Z", "2024-05-10T10:00", "signup", "login", "-x", "12.50", "-0.5", ".5",
  "1e3", "true", "False", "AB1", "ABé", 'say "hi"', 'N""A', "x".repeat(40), "-1.5", "99.99", "100", "09:00:00", "17:30:00", "2000", "2020-06",
  "123e4567-e89b-12d3-a456-426614174000", "AB-123", "https://x.org/a", "P1D", "[1]", "{}", "1,5", "1.000,5", "Noah", "ñ", "ña", "ñ\"\"",
  "7MK592EX", "7MK592E", "7mK592EX", "7MK592EXZ", "7MK 92EX"];
const cellArb = fc.oneof({ arbitrary: fc.constantFrom(...CELLS), weight: 50 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 25 },
  { arbitrary: fc.stringMatching(/^[-+0-9.eA-Z@a-z:T"]{0,12}$/), weight: 25 });
const written = (c: string, quote: boolean): string => (quote || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** The check's columns (cells.ts Col, the loop's part of it) for fields bound in order, or in `order`. */
function columns(fields: CompiledField[], order?: number[]): SpanColumn[] {
  return fields.map((f, i) => ({ col: order ? order[i] : i, span: cleanSpanTest(f), spanDoubled: cleanSpanDoubledTest(f), ...cleanSpanPlans(f),
    emptyMissing: f.missing.has(""), count: 0 }));
}

/**
 * What a row function asks of the check for each record: the misses and empty cells, in order, and the counts after
 * (the records counted by width, added to the columns' counts halfway and at the end, as a part's check reads them).
 * Each count is also checked against its definition: the records with a cell for the column.
 */
function calls(fn: typeof spanRowLoop, cols: SpanColumn[], records: LineRecord[]): unknown[] {
  const seen: unknown[] = [];
  const at = (c: SpanColumn): number => cols.indexOf(c);
  const widths = rowWidths(cols);
  records.forEach((rec, row) => {
    fn(rec, row, cols, (c, r, n, from, to, dq) => seen.push(["miss", at(c), n, from, to, dq, r === rec]),
      (c, r, n) => seen.push(["empty", at(c), n, r === rec]), widths);
    if (row === records.length >> 1) addWidths(cols, widths);
  });
  addWidths(cols, widths);
  assert.deepEqual(cols.map((c) => c.count), cols.map((c) => records.filter((r) => r.width > c.col).length), "a column counts the records with a cell for it");
  return [seen, cols.map((c) => c.count)];
}

const schema = compileTableSchema({ fields: FIELDS, missingValues: ["", "n/a"] }, { source: null, sha256: null });
const optional = compileTableSchema({ fields: FIELDS, missingValues: ["n/a"] }, { source: null, sha256: null });

describe("span-row: the row function made from source", () => {
  it("asks the same misses and empty cells as the loop, and counts the same, on random rows of every span kind", () => {
    let misses = 0, passes = 0;
    for (const s of [schema, optional]) {
      fc.assert(fc.property(fc.array(fc.array(fc.tuple(cellArb, fc.integer({ min: 0, max: 9 })), { minLength: 0, maxLength: FIELDS.length + 2 }), { minLength: 1, maxLength: 20 }),
        fc.boolean(), (rows, shuffled) => {
          const text = rows.map((r) => r.map(([c, q]) => written(c, q < 3)).join(",")).join("\n") + "\n";
          const records = tokenize(text).filter((r): r is LineRecord => r instanceof LineRecord);
          const n = s.fields.length;
          // bound to other file columns (a column list is a made function of its own): reversed, or in order
          const order = shuffled ? s.fields.map((_, i) => n - 1 - i) : undefined;
          const made = calls(spanRowFor(columns(s.fields, order)), columns(s.fields, order), records);
          const loop = calls(spanRowLoop, columns(s.fields, order), records);
          assert.deepEqual(made, loop);
          const seen = (made[0] as unknown[][]).filter((x) => x[0] === "miss").length;
          misses += seen;
          passes += (made[1] as number[]).reduce((a, b) => a + b, 0) - seen;
        }), { numRuns: 300 });
    }
    assert.ok(misses > 1000 && passes > 1000, `both answers were exercised (${misses} misses, ${passes} passes)`);
  });

  it("reads an ASCII line's bytes (LineRecord.bytes) with the same answers as its text, on random ASCII rows of every span kind", () => {
    const ascii = CELLS.filter((c) => /^[\x00-\x7f]*$/.test(c));
    const asciiArb = fc.oneof({ arbitrary: fc.constantFrom(...ascii), weight: 50 }, { arbitrary: fc.stringMatching(/^[ -~]{0,6}$/), weight: 25 },
      { arbitrary: fc.stringMatching(/^[-+0-9.eA-Z@a-z:T"]{0,12}$/), weight: 25 });
    let withBytes = 0;
    for (const s of [schema, optional]) {
      fc.assert(fc.property(fc.array(fc.array(fc.tuple(asciiArb, fc.integer({ min: 0, max: 9 })), { minLength: 0, maxLength: FIELDS.length + 2 }), { minLength: 1, maxLength: 20 }),
        fc.boolean(), (rows, shuffled) => {
          const text = rows.map((r) => r.map(([c, q]) => written(c, q < 3)).join(",")).join("\n") + "\n";
          const records = tokenize(text).filter((r): r is LineRecord => r instanceof LineRecord);
          withBytes += records.filter((r) => r.bytes !== null).length;
          // the same records without their bytes: the made function's text scan
          const textOnly = records.map((r) => { const c = r.copy(); c.bytes = null; return c; });
          const order = shuffled ? s.fields.map((_, i) => s.fields.length - 1 - i) : undefined;
          const made = calls(spanRowFor(columns(s.fields, order)), columns(s.fields, order), records);
          const fromText = calls(spanRowFor(columns(s.fields, order)), columns(s.fields, order), textOnly);
          const loop = calls(spanRowLoop, columns(s.fields, order), records);
          const strip = (x: unknown[]): unknown => JSON.stringify((x[0] as unknown[][]).map((e) => e.slice(0, -1))) + JSON.stringify(x[1]);
          assert.equal(strip(made), strip(fromText));
          assert.deepEqual(made, loop);
        }), { numRuns: 300 });
    }
    assert.ok(withBytes > 1000, `records with bytes were read (${withBytes})`);
  });

  it("is made once per column list and tables: the same function for another part's columns, another for other columns", () => {
    const a = spanRowFor(columns(schema.fields)), b = spanRowFor(columns(schema.fields));
    assert.equal(a, b);
    assert.notEqual(a, spanRowLoop);
    const other = spanRowFor(columns(schema.fields, schema.fields.map((_, i) => i + 1)));
    assert.notEqual(other, a);
    assert.notEqual(spanRowFor(columns(optional.fields)), a, "same kinds, other tables (empty is not missing)");
  });

  it("writes no schema text into its source: names, enum values and patterns stay data", () => {
    const evil = '"]); globalThis.pwned = 1; ([';
    const s = compileTableSchema({ fields: [{ name: evil, type: "string", constraints: { enum: [evil, "x"] } }, { name: "p", type: "string", constraints: { pattern: `[A-Z]{2}|${evil.replace(/[\]\[().;"]/g, "\\$&")}` } }] },
      { source: null, sha256: null });
    const fn = spanRowFor(columns(s.fields));
    assert.notEqual(fn, spanRowLoop);
    assert.ok(!fn.toString().includes("pwned"));
    const recs = tokenize(`${written(evil, false)},AB\nx,${written(evil, true)}\n`).filter((r): r is LineRecord => r instanceof LineRecord);
    assert.deepEqual(calls(fn, columns(s.fields), recs), calls(spanRowLoop, columns(s.fields), recs));
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
  });

  it("holds a bounded number of made functions: schemas compiled again and again (a queue worker) do not pile up", () => {
    const fields = [{ name: "a", type: "integer" }, { name: "b", type: "string", constraints: { enum: ["x", "y"] } }];
    for (let i = 0; i < 300; i++) {
      // the same shapes compiled anew (new tables each time), bound at the same columns and at other ones
      const s = compileTableSchema({ fields }, { source: null, sha256: null });
      spanRowFor(columns(s.fields, [0, 1]));
      spanRowFor(columns(s.fields, [i, i + 1]));
    }
    assert.ok(rowFunctionsHeld() <= 64 * 4, `${rowFunctionsHeld()} held of 600 made`);
    const s = compileTableSchema({ fields }, { source: null, sha256: null });
    const again = columns(s.fields, [0, 1]);
    assert.equal(spanRowFor(again), spanRowFor(columns(s.fields, [0, 1])), "the last made is still found");
  });

  it("stays the loop for a very wide column list", () => {
    const wide = compileTableSchema({ fields: Array.from({ length: 65 }, (_, i) => ({ name: `c${i}`, type: "integer" })) }, { source: null, sha256: null });
    assert.equal(spanRowFor(columns(wide.fields)), spanRowLoop);
    assert.notEqual(spanRowFor(columns(wide.fields.slice(0, 64))), spanRowLoop);
  });
});
