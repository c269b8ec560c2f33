// Differential test: the cells check with its line test (one RegExp per line) reports exactly what the per-cell path reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { LineTest, makeLineTest } from "../../src/checks/schema/line-test.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { oneOfSpan } from "../../src/schema/span-plan.js";
import type { ParsedRecord } from "../../src/types.js";
import { runChecks } from "../helpers/schema-checks.js";
import { tokenize } from "../helpers/tokenize.js";

// every kind with a RegExp source (span-plan.ts spanSource), two without (a bounded date, a UUID), required and optional
const FIELDS: Array<Record<string, unknown>> = [
  { name: "id", type: "integer", constraints: { required: true, minimum: 1 } }, { name: "name", type: "string", constraints: { required: true, maxLength: 10 } },
  { name: "email", type: "string", format: "email" }, { name: "age", type: "integer", constraints: { minimum: 0, maximum: 130 } },
  { name: "country", type: "string", constraints: { pattern: "[A-Z]{2}" } }, { name: "day", type: "date" },
  { name: "day1", type: "date", constraints: { minimum: "2020-01-01" } },
  { name: "at", type: "datetime", constraints: { required: true } },
  { name: "kind", type: "string", constraints: { enum: ["signup", "login", "NULL", "-x"] } },
  { name: "amount", type: "number" },
  { name: "ok", type: "boolean" },
  { name: "note", type: "string" },
  { name: "code", type: "string", missingValues: ["", "-"], constraints: { pattern: "[A-Z0-9]{3}" } },
  { name: "ref", type: "string", constraints: { pattern: "^[A-Z]{2}-\\d{3,4}$" } },
  { name: "u", type: "string", format: "uuid" },
];

// per column: clean values, and values next to them (near misses, tokens, formulas, empties)
const GOOD: string[][] = [
  ["1", "42", "999999999999999"], ["Ann", "Nadia", "Zoë", "Ulla"], ["a@b.co", "a.b@c-d.org"], ["0", "7", "99", "130"], ["FR", "NG"],
  ["2020-01-01", "2024-02-28", "0000-12-31"], ["2020-01-01", "2024-06-30"], ["2024-05-10T10:00:00Z", "2024-05-10T10:00"], ["signup", "login"],
  ["12.50", "-0.5", ".5", "5.", "+3"], ["true", "false", "1", "0"], ["hello", "Nice one", "x"], ["AB1", "999"], ["AB-123", "XY-9999"],
  ["123e4567-e89b-12d3-a456-426614174000"],
];
const NEAR = ["", "-", "NULL", "N/A", "null", "NaN", "INF", "=1+1", "@x", "+33 1", "0", "-1", "007", "131", "1234567890123456", "2024-02-29",
  "2023-02-29", "2024-05-10T25:00:00Z", "2024-02-29T10:00:00Z", "Signup", "-x", "1e3", "yes", "ab1", "ABCD", "x".repeat(11), "a'@b.co", "fr",
  "AB-12345", "Zoë😀", "\uFFFD", " 1", "1 "];
// near misses of each column's own shape (a bound, a length, a month, a class), beside the ones every column gets
const BAD: string[][] = [["0", "-1", "+5", "0001", "1234567890123456"], ["x".repeat(11), "=A1", "-", "NaN", "null"], ["a'@b.co", "a@b", ".a@b.co"],
  ["131", "-0", "1000", "+1"], ["fr", "F1", "FRA"], ["2023-02-29", "2020-13-01", "2020-1-5"], ["2019-12-31", "2024-02-30"],
  ["2024-05-10T24:00:00Z", "2024-05-10", ""], ["Signup", "NULL", "-x"], ["1e3", "1.2.3", "12345678901234567", "-", "."],
  ["yes", "TRUE", "2"], ["@x", "\t", "N/A", "+x"], ["-", "AB", "ab1", "ABCD"], ["AB-12345", "ab-123", "AB123"], ["123e4567-e89b-12d3-a456-42661417400G"]];
const cell = (k: number) => fc.constantFrom(...GOOD[k]);
const written = (c: string, quote: boolean): string => (quote || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
// rows of the schema's width of clean cells, where one cell may be a near miss (its column's or any); mostly unquoted,
// a few one cell short or long, some with a quoted cell
const rowArb = fc.tuple(fc.tuple(...FIELDS.map((_, k) => cell(k))), fc.integer({ min: 0, max: FIELDS.length - 1 }),
  fc.oneof(fc.constant(null), fc.nat().map((i) => (k: number) => BAD[k][i % BAD[k].length]), fc.constantFrom(...NEAR).map((v) => () => v), fc.string({ maxLength: 4 }).map((v) => () => v)),
  fc.integer({ min: 0, max: 19 }))
  .map(([cells, at, bad, how]) => {
    const out = cells.map((c, k) => written(k === at && bad !== null ? bad(k) : c, how === 1 && k === at));
    if (how === 2) out.pop();
    if (how === 3) out.push("extra");
    return out.join(",");
  });

/** Counts the line test's tries and matches (a spy on its prototype) while fn runs. */
function counting<T>(fn: () => T): { result: T; tries: number; hits: number } {
  const original = LineTest.prototype.test;
  let tries = 0, hits = 0;
  LineTest.prototype.test = function (this: LineTest, text: string, from: number, to: number) {
    tries++;
    const ok = original.call(this, text, from, to);
    if (ok) hits++;
    return ok;
  };
  try {
    return { result: fn(), tries, hits };
  } finally {
    LineTest.prototype.test = original;
  }
}

describe("line test (cells check)", () => {
  it("reports the same defects and column figures as the per-cell string path, on lines it clears and lines it refuses", () => {
    let tries = 0, hits = 0;
    fc.assert(fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.constantFrom("\n", "\r\n"), fc.constantFrom([], [], [4096], [64, 3]), (rows, eol, sizes) => {
      const text = rows.join(eol) + eol;
      const strings = tokenize(text, { spans: false }, sizes);
      const c = counting(() => {
        const spans = tokenize(text, { spans: true }, sizes);
        return { spans, got: runChecks(spans, FIELDS) };
      });
      tries += c.tries;
      hits += c.hits;
      const want = runChecks(strings, FIELDS);
      assert.deepEqual(c.result.got.drafts, want.drafts);
      assert.deepEqual(c.result.got.stats, want.stats);
    }), { numRuns: 300 });
    // (a line cut across chunks, as by [64, 3], is no LineRecord: the string path reads it)
    assert.ok(hits > 200 && tries - hits > 200, `the line test cleared lines and refused others (${hits} of ${tries})`);
  });

  it("clears a clean line and leaves a line with a defect to the per-cell path, which reports it", () => {
    const line = "7,Nadia,a@b.co,30,NG,2020-01-01,2020-01-02,2024-05-10T10:00:00Z,login,1.5,true,note,AB1,AB-123,123e4567-e89b-12d3-a456-426614174000";
    const recs = tokenize(`${line}\n${line.replace(",30,", ",131,")}\n${line.replace(",note,", ",=cmd,")}\n`);
    assert.ok(recs.every((r) => r instanceof LineRecord));
    const c = counting(() => runChecks(recs as ParsedRecord[], FIELDS));
    assert.deepEqual([c.tries, c.hits], [3, 1]);
    assert.deepEqual(c.result.drafts.map((d) => [d.code, d.row, d.column, d.value]), [["maximum", 2, "age", "131"], ["formula-injection", 3, "note", "=cmd"]]);
  });

  it("is not made when fewer than half of the columns have a RegExp source, nor for one column", () => {
    const plain = { kernel: oneOfSpan(["a"]), formula: [], tokens: [], optional: false };
    const none = { kernel: null, formula: [], tokens: [], optional: false };
    assert.equal(makeLineTest([plain], 44), null);
    assert.equal(makeLineTest([plain, none, none], 44), null);
    assert.ok(makeLineTest([plain, plain, none], 44) instanceof LineTest);
  });

  it("stops being tried once most lines fail it, and the report stays the same", () => {
    // every name starts with a formula character: the line test fails each line and gives up after 64 misses
    const rows = Array.from({ length: 300 }, (_, i) => `${i + 1},+x${i},a@b.co,30,NG,2020-01-01,2020-01-02,2024-05-10T10:00:00Z,login,1.5,true,n,AB1,AB-123,`);
    const text = rows.join("\n") + "\n";
    const c = counting(() => runChecks(tokenize(text), FIELDS));
    assert.equal(c.hits, 0);
    assert.ok(c.tries > 64 && c.tries < 300, `tries ${c.tries}`);
    assert.deepEqual(c.result.drafts, runChecks(tokenize(text, { spans: false }), FIELDS).drafts);
    assert.equal(c.result.drafts.filter((d) => d.code === "formula-injection").length, 300);
  });
});
