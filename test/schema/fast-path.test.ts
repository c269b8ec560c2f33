// Differential test: the hand-compiled fast path never accepts a cell that the field's zod schema rejects.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cellArb, EDGE, FIELDS } from "../helpers/field-cases.js";
import { INVALID } from "../../src/schema/parsers.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";

const schema = compileTableSchema({ fields: FIELDS }, { source: null, sha256: null });

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
