// Differential test: the hand-compiled fast path never accepts a cell that the field's zod schema rejects.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { INVALID } from "../../src/schema/parsers.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";

const FIELDS: Array<Record<string, unknown>> = [
  { name: "i", type: "integer", constraints: { minimum: -5, maximum: 100 } },
  { name: "i2", type: "integer", constraints: { enum: [1, 2, "3"] } },
  { name: "n", type: "number", constraints: { exclusiveMinimum: 0, exclusiveMaximum: 1 } },
  { name: "n2", type: "number", decimalChar: ",", groupChar: "." },
  { name: "n3", type: "number", bareNumber: false, constraints: { maximum: 50 } },
  { name: "s", type: "string", constraints: { minLength: 2, maxLength: 4 } },
  { name: "s2", type: "string", constraints: { pattern: "[a-c]+\\d?", enum: ["ab", "abc1", "c"] } },
  { name: "e", type: "string", format: "email" },
  { name: "u", type: "string", format: "uuid", constraints: { maxLength: 36 } },
  { name: "b", type: "boolean", constraints: { enum: [true] } },
  { name: "d", type: "date", constraints: { minimum: "2020-01-01", maximum: "2020-12-31" } },
  { name: "d2", type: "date", format: "%d/%m/%Y", constraints: { exclusiveMinimum: "01/01/2020" } },
  { name: "dt", type: "datetime", constraints: { maximum: "2020-06-01T00:00:00Z" } },
  { name: "t", type: "time", constraints: { minimum: "08:00:00", maximum: "17:00:00" } },
  { name: "y", type: "year", constraints: { minimum: 2000 } },
  { name: "ym", type: "yearmonth", constraints: { maximum: "2020-06" } },
  { name: "a", type: "array", constraints: { minLength: 1, maxLength: 2 } },
  { name: "o", type: "object" },
  { name: "g", type: "geopoint" },
  { name: "du", type: "duration", constraints: { pattern: "P.*D" } },
  // no constraints: the fast path is the parser's own `valid`
  { name: "i0", type: "integer" },
  { name: "n0", type: "number" },
  { name: "d0", type: "date" },
  { name: "dt0", type: "datetime" },
  { name: "t0", type: "time" },
  { name: "dta", type: "datetime", format: "any" },
  { name: "b0", type: "boolean" },
  { name: "u0", type: "string", format: "uuid" },
  { name: "s3", type: "string", constraints: { pattern: "[A-Z]{2}" } },
  { name: "s4", type: "string", constraints: { enum: ["a", "bb", "cc", "ddd", "é", "NULL"] } },
  { name: "s5", type: "string", constraints: { enum: Array.from({ length: 70 }, (_, i) => `v${i}`) } },
  { name: "s6", type: "string", constraints: { pattern: "^[a-f0-9]{2,4}$" } },
  { name: "i3", type: "integer", constraints: { exclusiveMinimum: 0, exclusiveMaximum: 10 } },
  { name: "i4", type: "integer", constraints: { minimum: 1 } },
  { name: "i5", type: "integer", groupChar: ",", constraints: { maximum: 1000 } },
  { name: "n4", type: "number", constraints: { minimum: -1.5 } },
];
const schema = compileTableSchema({ fields: FIELDS }, { source: null, sha256: null });

const EDGE = ["", " ", "0", "-0", "+1", "-5", "-6", "100", "101", "1e2", "1.0", ".5", "5.", "0,5", "1.234,5", "€ 12", "50%", "51%", "9007199254740993",
  "ab", "abc", "abcd", "abcde", "a😀", "😀😀😀", "😀😀", "abc1", "c", "a@b.co", "a@b", "123e4567-e89b-12d3-a456-426614174000",
  "true", "TRUE", "false", "1", "2020-01-01", "2019-12-31", "2020-12-31", "2021-01-01", "2020-02-30", "01/01/2020", "02/01/2020", "31/02/2020",
  "2020-06-01T00:00:00Z", "2020-06-01T00:00:01Z", "2020-06-01T02:00:00+02:00", "08:00:00", "07:59:59", "17:00:00", "17:00:01", "1999", "2000",
  "2020-06", "2020-07", "[]", "[1]", "[1,2,3]", "{}", "{\"a\":1}", "null", "90, 45", "181, 0", "P1D", "PT1H", "P", "NaN", "Infinity",
  "-12.50", "+.5", ".", "+", "-", "1.2.3", "1e", "1e+", "2E-3", "12345678901234567", "0.1234567890123456", "2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29",
  "2024-05-10T25:61:00Z", "2024-02-30T10:00:00Z", "2024-05-10T10:00", "2024-05-10T10:00:00.123+02:00", "2024-05-10T10:00:00+0200", "2024-05-10 10:00:00", "10/05/2024 10:00",
  "FR", "fr", "FRA", "F", "bb", "ddd", "é", "v7", "v69", "v70", "ab", "0f", "abcde", "10", "9", "1,000", "1,001", "-1.5", "-1.6",
  "1" + "0".repeat(400), "-" + "9".repeat(400), "1" + "0".repeat(20), "0001", "+0", " 1", "1 ", "١", "２", "1\n", "-1" + "0".repeat(308) + "e-300"];

/** Strings drawn from the characters the parsers care about, so the random cases hit near-misses. */
const cellArb = fc.oneof(
  fc.constantFrom(...EDGE),
  fc.stringMatching(/^[-+0-9.,eE %€:TZ/]{0,12}$/),
  fc.stringMatching(/^[12]\d{3}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-6]\d(?::[0-6]\d(?:\.\d{1,3})?)?(?:Z|[+-][0-2]\d(?::?[0-6]\d)?)?)?$/),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.tuple(fc.constantFrom(...EDGE), fc.constantFrom("", "0", "a", " ", "😀")).map(([a, b]) => a + b),
);

describe("fast path vs zod", () => {
  for (const f of schema.fields) {
    it(`${f.name} (${f.type}${f.format ? `, ${f.format}` : ""}): fast never accepts what zod rejects`, () => {
      assert.ok(f.fast !== null);
      const agree = (t: string): boolean => {
        if (f.missing.has(t)) return true; // missing cells never reach the fast path
        return !f.fast!(t) || f.zod!.safeParse(t).success;
      };
      for (const t of EDGE) assert.ok(agree(t), `fast accepted ${JSON.stringify(t)} but zod rejects it`);
      fc.assert(fc.property(cellArb, agree), { numRuns: 3000 });
    });
  }
  it("each parser's valid() is exactly parse() !== INVALID", () => {
    for (const f of schema.fields) {
      const p = f.parser!;
      if (p.valid === undefined) continue;
      const agree = (t: string): boolean => p.valid!(t) === (p.parse(t) !== INVALID);
      for (const t of EDGE) assert.ok(agree(t), `${f.name}: valid and parse disagree on ${JSON.stringify(t)}`);
      fc.assert(fc.property(cellArb, agree), { numRuns: 3000 });
    }
  });
  it("the fast path is not vacuous: it accepts valid values and rejects near-misses", () => {
    const fast = (name: string, t: string): boolean => schema.fields.find((f) => f.name === name)!.fast!(t);
    assert.deepEqual(["0", "-5", "100", "-6", "101", "1.0"].map((t) => fast("i", t)), [true, true, true, false, false, false]);
    assert.deepEqual(["2020-01-01", "2020-12-31", "2019-12-31", "2020-02-30"].map((t) => fast("d", t)), [true, true, false, false]);
    assert.deepEqual(["ab", "😀😀😀😀", "😀", "abcde"].map((t) => fast("s", t)), [true, true, false, false]);
  });
});
