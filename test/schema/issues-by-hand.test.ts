// Differential test: a field's issues worked out by hand (issues-by-hand.ts) are zod's, cell for cell, once mapped to defects.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cellArb, EDGE, FIELDS } from "../helpers/field-cases.js";
import { mapIssue, type ZodIssueLike } from "../../src/schema/issues.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import type { CompiledField } from "../../src/schema/types.js";
import { check } from "../checks/harness.js";

/** Shapes where zod reports several issues, or none, or a missing cell: the order and the count must match too. */
const MORE: Array<Record<string, unknown>> = [
  { name: "req", type: "integer", constraints: { required: true, minimum: 3 } },
  { name: "crossed", type: "integer", constraints: { minimum: 10, maximum: 5, exclusiveMinimum: 20, exclusiveMaximum: 0 } },
  { name: "nEnum", type: "number", constraints: { minimum: 0, enum: [1.5, 2, "-3"] } },
  { name: "dAll", type: "date", constraints: { minimum: "2020-01-05", exclusiveMinimum: "2020-01-10", maximum: "2019-01-01", exclusiveMaximum: "2019-06-01", enum: ["2020-01-01", "2021-01-01"] } },
  { name: "dtX", type: "datetime", constraints: { exclusiveMaximum: "2020-06-01T00:00:00Z", required: true } },
  { name: "sAll", type: "string", constraints: { minLength: 3, maxLength: 2, pattern: "[a-z]+", enum: ["abcd", "x"] } },
  { name: "sMiss", type: "string", missingValues: ["-", "n/a"], constraints: { required: true, pattern: "[0-9]+" } },
  { name: "bEnum", type: "boolean", trueValues: ["yes", "1"], falseValues: ["no", "0"], constraints: { enum: [false] } },
  { name: "tX", type: "time", constraints: { exclusiveMinimum: "08:00:00", exclusiveMaximum: "09:00:00" } },
  { name: "yEnum", type: "year", constraints: { enum: [2000, "2001"], maximum: 2000 } },
  { name: "anyLen", type: "any", constraints: { maxLength: 3, enum: ["a", "bb"] } },
  { name: "durReq", type: "duration", constraints: { required: true } },
  { name: "geoText", type: "geopoint", constraints: { required: true } },
];

const schema = compileTableSchema({ fields: [...FIELDS, ...MORE] }, { source: null, sha256: null });
const EXTRA = ["-", "n/a", "yes", "no", "0", "1", "2020-01-07", "2020-01-12", "2019-03-01", "2021-01-01", "2020-06-01T00:00:00Z",
  "2020-05-31T23:59:59Z", "08:30:00", "09:00:00", "x", "abcd", "aB", "2001", "-3", "1.5", "2", "P1D", "12", "9999-12-31", "275760-09-13"];

type Mapped = ReturnType<typeof mapIssue>;
const byZod = (f: CompiledField, t: string): Mapped[] => {
  const r = f.zod!.safeParse(t);
  return r.success ? [] : (r.error.issues as unknown as ZodIssueLike[]).map((i) => mapIssue(i, f, t));
};
const byHand = (f: CompiledField, t: string): Mapped[] => f.issues!(t).map((i) => mapIssue(i, f, t));

describe("issues by hand vs zod", () => {
  const handled = schema.fields.filter((f) => f.issues != null);
  for (const f of handled) {
    it(`${f.name} (${f.type}${f.format ? `, ${f.format}` : ""}): the same defects, in the same order`, () => {
      const same = (t: string): void => assert.deepEqual(byHand(f, t), byZod(f, t), `${f.name} on ${JSON.stringify(t)}`);
      for (const t of [...EDGE, ...EXTRA, ...f.missing]) same(t);
      fc.assert(fc.property(cellArb, (t) => { same(t); }), { numRuns: 2000 });
    });
  }
  it("covers the plain kinds and leaves json and exact bounds to zod", () => {
    const names = new Set(handled.map((f) => f.name));
    for (const n of ["i", "n", "s2", "e", "b", "d", "dt", "t", "y", "ym", "du", "crossed", "dAll", "sAll", "bEnum"]) assert.ok(names.has(n), n);
    const exact = compileTableSchema({ fields: [{ name: "big", type: "integer", constraints: { maximum: "9007199254740993" } }] }, { source: null, sha256: null });
    assert.equal(exact.fields[0].issues ?? null, null);
    for (const n of ["a", "o"]) assert.equal(schema.fields.find((f) => f.name === n)!.issues ?? null, null, n);
  });
  it("reports several issues of one cell (not vacuous)", () => {
    const f = schema.fields.find((x) => x.name === "crossed")!;
    assert.deepEqual(byHand(f, "7").map((m) => m.code), ["minimum", "minimum", "maximum", "maximum"]);
    const s = schema.fields.find((x) => x.name === "sAll")!;
    assert.deepEqual(byHand(s, "AB").map((m) => m.code), ["min-length", "pattern", "enum"]);
  });
  it("an inferred integer column: the same defects, and a decimal widens it to number either way", () => {
    const sample = `n\n${Array.from({ length: 50 }, (_, i) => String(i * 3)).join("\n")}\n`;
    const cells = [...EDGE, "32.2", "-0.5", "1.0", "7", "", "abc", "1e3", "2.5e-1", "NaN", "N/A"];
    for (const t of cells) {
      const hand = check(sample, null).schema, zod = check(sample, null).schema;
      const f = hand.fields[0], g = zod.fields[0];
      assert.ok(f.issues != null, "an inferred integer column has issues by hand");
      assert.deepEqual(byHand(f, t), byZod(g, t), JSON.stringify(t));
      assert.equal(hand.descriptor.fields[0].type, zod.descriptor.fields[0].type, `the type after ${JSON.stringify(t)}`);
    }
    const widened = check(sample, null).schema;
    widened.fields[0].issues!("32.2");
    assert.equal(widened.descriptor.fields[0].type, "number");
  });
});
