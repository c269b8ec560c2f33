// Property test: a field's span test (its fast path on a range of the text, no string made) never accepts what its fast path refuses.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { compileTableSchema } from "../../src/schema/table-schema.js";

const FIELDS: Array<Record<string, unknown>> = [
  { name: "i", type: "integer" },
  { name: "i1", type: "integer", constraints: { minimum: 0, maximum: 130 } },
  { name: "i2", type: "integer", constraints: { exclusiveMinimum: 0, exclusiveMaximum: 10 } },
  { name: "n", type: "number" },
  { name: "b", type: "boolean" },
  { name: "b2", type: "boolean", trueValues: ["Y"], falseValues: ["N", "no"] },
  { name: "d", type: "date" },
  { name: "d1", type: "date", constraints: { minimum: "2020-01-01", maximum: "2020-12-31" } },
  { name: "dt", type: "datetime" },
  { name: "e", type: "string", format: "email" },
  { name: "s", type: "string" },
  { name: "s1", type: "string", constraints: { maxLength: 4 } },
  { name: "p", type: "string", constraints: { pattern: "[A-Z]{2}" } },
  { name: "p2", type: "string", constraints: { pattern: "^[a-f0-9]{2,4}$" } },
  { name: "en", type: "string", constraints: { enum: ["a", "bb", "cc", "ddd", "é", "NULL"] } },
  // span-plan.ts kinds added later: bounded numbers and datetimes, times, years, year-months, UUIDs, js-safe patterns
  { name: "n1", type: "number", constraints: { minimum: -1.5, exclusiveMaximum: 100 } },
  { name: "n2", type: "number", constraints: { exclusiveMinimum: 0.1, maximum: 0.3 } },
  { name: "dt1", type: "datetime", constraints: { minimum: "2024-02-29T10:00:00Z", maximum: "2024-05-10T10:00:00+02:00" } },
  { name: "t", type: "time" },
  { name: "t1", type: "time", constraints: { minimum: "09:00:00", exclusiveMaximum: "17:30:00" } },
  { name: "y", type: "year" },
  { name: "y1", type: "year", constraints: { minimum: "2000", maximum: 2024 } },
  { name: "ym", type: "yearmonth", constraints: { maximum: "2020-06" } },
  { name: "u", type: "string", format: "uuid" },
  { name: "p3", type: "string", constraints: { pattern: "^[A-Z]{2}-\\d{3,4}$" } },
  { name: "p4", type: "string", constraints: { pattern: "\\d+(?:\\.\\d\\d)?" } },
  { name: "p5", type: "string", constraints: { pattern: "a$|b" } },
  { name: "p6", type: "string", constraints: { pattern: "^x\\$" } },
];
const schema = compileTableSchema({ fields: FIELDS }, { source: null, sha256: null });

const EDGE = ["", "0", "-0", "+1", "-", "+", "130", "131", "9", "10", "123456789012345", "1234567890123456", "1.5", ".5", "5.", "1e3", "1.2.3",
  "true", "TRUE", "True", "1", "Y", "N", "no", "2020-01-01", "2019-12-31", "2020-12-31", "2021-01-01", "2020-02-29", "2021-02-29", "2020-13-01",
  "2024-05-10T10:00:00Z", "2024-05-10T10:00", "2024-05-10T10:00:00.5+02:00", "2024-02-29T10:00:00Z", "2024-05-10T24:00:00Z", "a@b.co", "a.b@c.de",
  "a'@b.co", ".a@b.co", "a@b", "a@-b.co", "AB", "ab", "ABC", "0f", "0f0f0", "a", "bb", "ddd", "é", "NULL", "😀", "abcd", "abcde",
  "-1.5", "-1.50", "-1.6", "99.99", "100", "100.0", "0.1", "0.10", "0.2", "0.3", "0.30000", "0.31", "-0", "-0.0", "12345678901.234", "1234567890123.45",
  "2024-02-29T10:00:00Z", "2024-02-29T09:59:59.999Z", "2024-05-10T08:00:00Z", "2024-05-10T08:00:00.001Z", "2024-05-10T10:00:00+02:00",
  "09:00:00", "08:59:59", "17:29:59.9", "17:30:00", "12:00:00Z", "12:00:00+01:00", "12:00", "24:00:00", "2000", "1999", "2024", "2025", "+200", "-999",
  "0000", "2020-06", "2020-07", "2020-13", "0001-01", "123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-42661417400G",
  "AB-123", "AB-1234", "AB-12345", "ab-123", "12", "12.34", "12.3", "x$", "x", "a", "b", "ab"];
const cellArb = fc.oneof(fc.constantFrom(...EDGE), fc.string({ maxLength: 8 }), fc.stringMatching(/^[-+0-9.eA-Za-z@:TZ]{0,26}$/),
  fc.stringMatching(/^[a-z0-9.'+_-]{0,5}@[a-zA-Z0-9.-]{0,9}$/),
  fc.stringMatching(/^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-6][0-9](?::[0-6][0-9](?:[.,][0-9]{0,3})?)?(?:Z|[+-][0-2][0-9](?::?[0-6][0-9])?)?$/),
  fc.stringMatching(/^[+-]?[0-9]{0,3}\.?[0-9]{0,3}$/), fc.stringMatching(/^[0-2][0-9]:[0-6][0-9](?::[0-6][0-9](?:[.,][0-9]{0,3})?)?(?:Z|[+-][0-2][0-9](?::?[0-6][0-9])?)?$/),
  fc.stringMatching(/^[+-]?[0-9]{1,4}(?:-[0-9]{1,2})?$/), fc.uuid(), fc.stringMatching(/^[A-Za-z]{2}-[0-9]{2,5}$/));
/** What may stand around a cell in a line: delimiters, quotes, digits and letters that would extend a greedy match. */
const edgeArb = fc.stringMatching(/^[,;"\r\n0-9a-zA-Z.@-]{0,3}$/);

describe("span tests", () => {
  for (const f of schema.fields) {
    it(`${f.name}: true on a range only where the fast path is true on the cell's string`, () => {
      const span = f.span ?? null;
      assert.ok(span !== null, "every field here has a span test");
      const fast = f.fast ?? (() => true);
      let accepted = 0;
      fc.assert(fc.property(edgeArb, cellArb, edgeArb, (before, cell, after) => {
        const text = before + cell + after;
        const got = span(text, before.length, before.length + cell.length);
        if (got) { accepted++; assert.equal(fast(cell), true, JSON.stringify(cell)); }
      }), { numRuns: 3000 });
      const edgeAccepted = EDGE.filter((c) => span(`,${c},`, 1, 1 + c.length)).length;
      assert.ok(accepted + edgeAccepted > 0, "the span test accepts some cells");
    });
  }

  // why exact for these: they replace a RegExp run on every cell of their columns; a false "no" would cost speed only.
  // The RegExp ones (e-mails, datetimes, js-safe patterns: a sticky RegExp from the cell's start) are exact when the
  // cell is followed by what follows a cell in a line (a delimiter, a quote, a line end or the end of the text).
  const STICKY = new Set(["e", "p3", "p4"]);
  for (const name of ["e", "dt", "d", "i", "en", "n1", "n2", "dt1", "t", "t1", "y", "y1", "ym", "u", "p3", "p4"]) {
    it(`${name}: the span test says exactly what the fast path says`, () => {
      const f = schema.fields.find((x) => x.name === name)!;
      fc.assert(fc.property(edgeArb, cellArb, edgeArb, (before, cell, after) => {
        if (STICKY.has(name) && !/^(?:$|[,;"\r\n])/.test(after)) return;
        const text = before + cell + after;
        const decided = name === "i" ? cell.length <= 15 : name.startsWith("n") ? cell.length <= 15 && !/[eE]/.test(cell) : true;
        const expect = decided ? f.fast!(cell) : false;
        assert.equal(f.span!(text, before.length, before.length + cell.length), expect, JSON.stringify(cell));
      }), { numRuns: 5000 });
    });
  }
});
