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
];
const schema = compileTableSchema({ fields: FIELDS }, { source: null, sha256: null });

const EDGE = ["", "0", "-0", "+1", "-", "+", "130", "131", "9", "10", "123456789012345", "1234567890123456", "1.5", ".5", "5.", "1e3", "1.2.3",
  "true", "TRUE", "True", "1", "Y", "N", "no", "2020-01-01", "2019-12-31", "2020-12-31", "2021-01-01", "2020-02-29", "2021-02-29", "2020-13-01",
  "2024-05-10T10:00:00Z", "2024-05-10T10:00", "2024-05-10T10:00:00.5+02:00", "2024-02-29T10:00:00Z", "2024-05-10T24:00:00Z", "a@b.co", "a.b@c.de",
  "a'@b.co", ".a@b.co", "a@b", "a@-b.co", "AB", "ab", "ABC", "0f", "0f0f0", "a", "bb", "ddd", "é", "NULL", "😀", "abcd", "abcde"];
const cellArb = fc.oneof(fc.constantFrom(...EDGE), fc.string({ maxLength: 8 }), fc.stringMatching(/^[-+0-9.eA-Za-z@:TZ]{0,26}$/),
  fc.stringMatching(/^[a-z0-9.'+_-]{0,5}@[a-zA-Z0-9.-]{0,9}$/),
  fc.stringMatching(/^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-6][0-9](?::[0-6][0-9](?:[.,][0-9]{0,3})?)?(?:Z|[+-][0-2][0-9](?::?[0-6][0-9])?)?$/));
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

  // why exact for these two: they replace a RegExp run on every cell of their columns; a false "no" would cost speed only
  for (const name of ["e", "dt", "d", "i", "en"]) {
    it(`${name}: the span test says exactly what the fast path says`, () => {
      const f = schema.fields.find((x) => x.name === name)!;
      fc.assert(fc.property(edgeArb, cellArb, edgeArb, (before, cell, after) => {
        const text = before + cell + after;
        const expect = cell.length <= 15 || name !== "i" ? f.fast!(cell) : false;
        assert.equal(f.span!(text, before.length, before.length + cell.length), expect, JSON.stringify(cell));
      }), { numRuns: 5000 });
    });
  }
});
