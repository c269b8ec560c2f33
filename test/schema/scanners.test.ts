// The per-cell shortcuts against the slow forms they stand in for: datetime RegExp, integer scanner, class-run patterns, booleans, cleanCellTest.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cleanCellTest, looksLikeFormula } from "../../src/checks/schema/cells.js";
import { classRunMatcher } from "../../src/schema/compile-field.js";
import { INVALID, isIsoDate, isIsoDatetime, isoDateOk, parseIsoDate, parseIsoDatetime, typeParser } from "../../src/schema/parsers.js";
import { compilePattern } from "../../src/schema/regex.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import { NON_FINITE, NULL_LIKE } from "../../src/schema/tokens.js";
import { check } from "../checks/harness.js";

/** Digits other than 0–9 that a careless scanner (or \d with the u flag, or Number()) might take for digits. */
const ODD_DIGITS = ["٣", "۳", "३", "３", "𝟑", "¹", "½"];
const SPACES = [" ", "\t", "\n", "\u00a0", "\u2028", "\ufeff"];

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const datePart = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.constantFrom("2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2100-02-29", "0000-02-29", "2024-04-31", "2024-12-31", "2024-1-05", "2024-01-5", "20240105", "+2024-01-05"),
);
const timePart = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })), fc.option(fc.constantFrom(".1", ",5", ".123456789", ".", ",", ".1a", "..1")))
    .map(([h, m, s, f]) => `${pad(h)}:${pad(m)}${s === null ? "" : `:${pad(s)}${f ?? ""}`}`),
  fc.constantFrom("24:00", "24:00:00", "23:59:60", "23:59:59.999", "00:00", "0:00", "00:0", "00:00:0", "12", "1200"),
);
const zonePart = fc.oneof(
  fc.constantFrom("", "Z", "z", "ZZ", "Z ", "+", "-", "+00", "-00", "+01:00", "-0130", "+01:", "+1", "+013", "+23:59", "+24:00", "-12:60", "+01:00:00", "+01:00Z", "UTC", " Z"),
  fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 25 }), fc.option(fc.integer({ min: 0, max: 61 })), fc.boolean())
    .map(([sg, h, m, colon]) => `${sg}${pad(h)}${m === null ? "" : `${colon ? ":" : ""}${pad(m)}`}`),
);
const datetimeish = fc.tuple(datePart, fc.constantFrom("T", "T", "T", "t", " ", "_"), timePart, zonePart).map(([d, t, h, z]) => d + t + h + z);
/** One character replaced by, or inserted as, an odd digit or a space: near-misses of valid text. */
const mutated = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(base, fc.nat(), fc.constantFrom(...ODD_DIGITS, ...SPACES, "", "0", "-", ":"), fc.boolean()).map(([s, i, ch, insert]) => {
    const k = s.length === 0 ? 0 : i % (s.length + 1);
    return s.slice(0, k) + ch + s.slice(insert ? k : k + 1);
  });

describe("datetime: the RegExp form agrees with the scanner", () => {
  const agree = (t: string): boolean => isIsoDatetime(t) === !Number.isNaN(parseIsoDatetime(t));
  it("on edge cases", () => {
    const edge = ["2024-02-29T00:00Z", "2023-02-29T00:00Z", "2000-02-29T12:00:00", "1900-02-29T12:00:00", "2024-04-30T23:59:59.999+14:00", "2024-04-31T00:00",
      "2024-05-10T24:00:00Z", "2024-05-10T23:60", "2024-05-10T10:00:00,5Z", "2024-05-10T10:00:00.Z", "2024-05-10T10:00:00+0200", "2024-05-10T10:00:00+02",
      "2024-05-10T10:00:00+2", "2024-05-10 10:00:00", "2024-05-10T10:00:00Z ", " 2024-05-10T10:00:00Z", "2024-05-10T10:00:00\n", "2024-05-10T1０:00:00",
      "2024-05-10T10:00:00.123456789123456789123456789Z", `2024-05-10T10:00:00.${"1".repeat(5000)}`, `2024-05-10T10:00:00.${"1".repeat(5000)}x`, "2024-05-10T", "2024-05-10"];
    for (const t of edge) assert.ok(agree(t), JSON.stringify(t));
    assert.deepEqual(edge.slice(0, 6).map(isIsoDatetime), [true, false, true, false, true, false]);
  });
  it("on random datetimes, near-misses and text", () => {
    fc.assert(fc.property(datetimeish, agree), { numRuns: 20000 });
    fc.assert(fc.property(mutated(datetimeish), agree), { numRuns: 20000 });
    fc.assert(fc.property(fc.string({ maxLength: 30 }), agree), { numRuns: 5000 });
    fc.assert(fc.property(fc.stringMatching(/^[0-9TZ:.,+\- ]{14,28}$/), agree), { numRuns: 10000 });
  });
});

describe("date: isoDateOk (read digit by digit) agrees with parseIsoDate", () => {
  const agree = (t: string): boolean => isIsoDate(t) === !Number.isNaN(parseIsoDate(t));
  // the span form reads the date in place in a longer text, as the cells check's made row function does
  const agreeInPlace = (t: string, before: string, after: string): boolean =>
    t.length !== 10 || isoDateOk(before + t + after, before.length) === isIsoDate(t);
  it("on edge cases", () => {
    const edge = ["2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2024-04-30", "2024-04-31", "2024-12-31", "2024-13-01", "2024-00-10", "2024-01-00",
      "0000-01-01", "9999-12-31", "2024-1-005", "2024/01/05", "2024-01-0a", "2024-0a-05", "a024-01-05", "202４-01-05", "2024-01-05 ", "-024-01-05", "2024--1-05"];
    for (const t of edge) assert.ok(agree(t), JSON.stringify(t));
    assert.deepEqual(edge.slice(0, 8).map(isIsoDate), [true, false, true, false, true, false, true, false]);
  });
  it("on random dates, near-misses and text, alone and in place", () => {
    fc.assert(fc.property(datePart, agree), { numRuns: 20000 });
    fc.assert(fc.property(mutated(datePart), agree), { numRuns: 20000 });
    fc.assert(fc.property(fc.stringMatching(/^[0-9/:+\- ]{10}$/), agree), { numRuns: 10000 });
    fc.assert(fc.property(fc.oneof(datePart, mutated(datePart)), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), agreeInPlace), { numRuns: 20000 });
  });
});

describe("integer: the scanner (value or NaN)", () => {
  const p = typeParser({ type: "integer" });
  const zodOk = (t: string): boolean => {
    const v = Number(t);
    return /^[+-]?[0-9]+$/.test(t) && Number.isFinite(v);
  };
  const intish = fc.oneof(
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
    fc.tuple(fc.constantFrom("", "+", "-", "--", "+-"), fc.stringMatching(/^[0-9]{0,20}$/)).map(([s, d]) => s + d),
    fc.stringMatching(/^0{1,5}[0-9]{0,3}$/),
    fc.constantFrom("1" + "0".repeat(308), "1" + "0".repeat(309), "-" + "9".repeat(400), "9007199254740993", "999999999999999", "1000000000000000", "1e3", "0x10", "1_000", "1.0", "-0", "+0"),
  );
  it("parses exactly the integers Number() gives a finite value for", () => {
    const agree = (t: string): boolean => {
      const v = p.num!(t);
      return (v === v) === zodOk(t) && (v !== v || Object.is(v, Number(t))) && p.valid!(t) === (v === v) && (p.parse(t) === INVALID) === (v !== v);
    };
    fc.assert(fc.property(intish, agree), { numRuns: 20000 });
    fc.assert(fc.property(mutated(intish), agree), { numRuns: 20000 });
    fc.assert(fc.property(fc.string({ maxLength: 20 }), agree), { numRuns: 5000 });
  });
  it("an integer that overflows to Infinity is a type-error (zod rejects Infinity), on the fast path too", () => {
    const big = "1" + "0".repeat(400);
    const r = check(`i,j\n${big},-${big}\n1,2\n`, { fields: [{ name: "i", type: "integer", constraints: { minimum: 1 } }, { name: "j", type: "integer" }] });
    assert.deepEqual(r.defects.map((d) => [d.code, d.row, d.column]), [["type-error", 1, "i"], ["type-error", 1, "j"]]);
  });
});

describe("class-run patterns: the table matcher agrees with the engines", () => {
  const classPattern = fc.tuple(
    fc.constantFrom("", "^"),
    fc.array(fc.constantFrom("A-Z", "a-z", "0-9", "A-F", "x", "Q", "7", "b-d", "Z-a"), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("", "{2}", "{0}", "{1,3}", "{2,}", "{0,1}", "+", "*", "?", "{3,2}"),
    fc.constantFrom("", "$"),
  ).map(([a, cls, q, z]) => `${a}[${cls.join("")}]${q}${z}`);
  const text = fc.array(fc.constantFrom("A", "Z", "a", "z", "0", "9", "x", "Q", "7", "c", "[", "\\", "^", "_", "`", "-", " ", "\n", "é", "😀", "٣", "AB", "ZA"), { maxLength: 6 }).map((a) => a.join(""));
  it("matches exactly what compilePattern matches", () => {
    fc.assert(fc.property(classPattern, fc.array(text, { minLength: 30, maxLength: 30 }), (p, texts) => {
      let engine: (t: string) => boolean;
      try { engine = compilePattern(p).test; } catch { return true; } // a schema error before any matcher is used
      const m = classRunMatcher(p);
      if (m === null) return true;
      return texts.every((t) => m(t) === engine(t));
    }), { numRuns: 3000 });
  });
  it("takes the simple shapes and leaves every other pattern to the engines", () => {
    for (const p of ["[A-Z]{2}", "[A-Z0-9]{8}", "^[a-z0-9]+$", "[0-9]{3,5}", "[abc]", "[A-Z]*"]) assert.notEqual(classRunMatcher(p), null, p);
    for (const p of ["[^A-Z]{2}", "[A-Z-]{2}", "[-A-Z]", "[A-Z]{2}x", "[\\d]{2}", "[A-Z]{2}|x", "([A-Z]{2})", "[A-Z]{2}{3}", "[Z-A]", "[A-Z]{3,2}", "[é]", "[A-Z]{,3}", "[.]", "[A-Z]+?"]) {
      assert.equal(classRunMatcher(p), null, p);
    }
    const cc = classRunMatcher("[A-Z]{2}")!;
    assert.deepEqual(["FR", "fr", "FRA", "F", "", "F1", "ÉÉ"].map(cc), [true, false, false, false, false, false, false]);
  });
});

describe("boolean: the value list agrees with parse", () => {
  it("default and custom values", () => {
    for (const o of [{ type: "boolean" }, { type: "boolean", trueValues: ["+", "yes"], falseValues: ["-", "no", ""] }]) {
      const p = typeParser(o);
      const cases = ["true", "True", "TRUE", "false", "FALSE", "1", "0", "yes", "no", "+", "-", "", "tRUE", "true ", " 1", "01", "١"];
      for (const t of cases) assert.equal(p.valid!(t), p.parse(t) !== INVALID, `${JSON.stringify(o)} ${JSON.stringify(t)}`);
      fc.assert(fc.property(fc.string({ maxLength: 6 }), (t) => p.valid!(t) === (p.parse(t) !== INVALID)), { numRuns: 3000 });
    }
  });
});

describe("cleanCellTest: true only where the whole cell path has nothing to say", () => {
  const schema = compileTableSchema({
    missingValues: ["", "-99", "NA", "n/a", "—", "not available"],
    fields: [
      { name: "id", type: "integer", constraints: { required: true, minimum: 1 } },
      { name: "neg", type: "integer", constraints: { maximum: 0 } },
      { name: "age", type: "integer", constraints: { minimum: 0, maximum: 130 } },
      { name: "name", type: "string", constraints: { maxLength: 10 } },
      { name: "free", type: "string" },
      { name: "any", type: "any" },
      { name: "email", type: "string", format: "email" },
      { name: "cc", type: "string", constraints: { pattern: "[A-Z]{2}" } },
      { name: "code", type: "string", constraints: { pattern: "[A-Z0-9+-]{2,4}" } },
      { name: "kind", type: "string", constraints: { enum: ["a", "-", "NULL", "=x"] } },
      { name: "n", type: "number" },
      { name: "nf", type: "number", allowNonFinite: true },
      { name: "b", type: "boolean" },
      { name: "d", type: "date" },
      { name: "dt", type: "datetime", missingValues: [] },
      { name: "own", type: "string", missingValues: ["N/A"] },
    ],
  }, { source: null, sha256: null });
  const tokens = [...NULL_LIKE, ...NON_FINITE, ...schema.fields.flatMap((f) => [...f.missing])];
  const cell = fc.oneof(
    fc.constantFrom(...tokens),
    fc.constantFrom("1", "0", "-1", "+5", "131", "1.5", "1e3", "Ann", "=1+1", "+cmd", "-2", "@x", "\tx", "\rx", "a@b.co", "+a@b.co", "-a@b.co", "FR", "NA", "AB+",
      "-", "--", "a", "=x", "true", "0", "2024-02-29", "2024-02-30", "2024-05-10T10:00:00Z", "N/A", "—", "—x", "not available", "not availabl", "😀", "ÿ", "nan", "Infinity"),
    fc.string({ maxLength: 12 }),
    fc.tuple(fc.constantFrom(...tokens, "=", "+", "-", "@", ""), fc.string({ maxLength: 4 })).map(([a, b]) => a + b),
  );
  for (const f of schema.fields) {
    it(`${f.name} (${f.type}${f.format ? `, ${f.format}` : ""})`, () => {
      const clean = cleanCellTest(f);
      if (clean === null) return;
      const quiet = (t: string): boolean =>
        !f.missing.has(t) && !NULL_LIKE.has(t) && !(f.numberField && NON_FINITE.has(t)) && f.zod!.safeParse(t).success && !(f.text && t.length > 0 && looksLikeFormula(t));
      fc.assert(fc.property(cell, (t) => !clean(t) || quiet(t)), { numRuns: 4000 });
      for (const t of tokens) assert.ok(!clean(t) || quiet(t), JSON.stringify(t));
    });
  }
  it("is not vacuous", () => {
    const clean = (name: string): ((t: string) => boolean) => cleanCellTest(schema.fields.find((f) => f.name === name)!)!;
    assert.deepEqual(["1", "0", "-99", ""].map(clean("id")), [true, false, false, false]);
    assert.deepEqual(["Ann", "", "NA", "Nadia", "=1", "+1", "—", "—x", "not available"].map(clean("name")), [true, false, false, true, false, false, false, true, false]);
    assert.deepEqual(["FR", "NA", "fr"].map(clean("cc")), [true, false, false]);
    assert.deepEqual(["a@b.co", "+a@b.co"].map(clean("email")), [true, false]);
    assert.deepEqual(["1.5", "NaN", "INF"].map(clean("nf")), [true, false, false]);
  });
});

describe("missing spellings: counted empties keep their first-seen order", () => {
  const fields = [{ name: "a", type: "string" }, { name: "b", type: "integer" }];
  it("in the stats, with quoted empties and tokens (the same as before the counter)", () => {
    const r = check('a,b\nNULL,1\n,3\n"",2\n,NULL\nx,\n""," "\n', { fields });
    assert.deepEqual(r.stats.map((s) => [s.name, s.missing, Object.entries(s.missingSpellings)]), [
      ["a", 4, [["NULL", 1], ["", 2], ['""', 2]]],
      ["b", 1, [["NULL", 1], ["", 1]]],
    ]);
    assert.deepEqual(r.defects.map((d) => [d.code, d.row, d.column]), [
      ["ambiguous-null", 1, "a"], ["ambiguous-null", 4, "b"], ["type-error", 6, "b"], ["null-mixed", null, "a"], ["null-mixed", null, "b"],
    ]);
  });
});
