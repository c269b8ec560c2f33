// The cells check's span guard (cells.ts cleanTests, span-plan.ts gate): a range is refused by the spellings it guards, not by their first character.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanCellTest, cleanSpanDoubledTest, cleanSpanTest } from "../../src/checks/schema/cells.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";

const schema = compileTableSchema({
  fields: [
    { name: "country", type: "string", constraints: { pattern: "[A-Z]{2}" } },
    { name: "name", type: "string", constraints: { maxLength: 100 } },
  ],
  missingValues: ["", 'N"A'],
}, { source: null, sha256: null });
const [country, name] = schema.fields;

/** The span test on `cell` as a range of a line, with other cells around it. */
function onRange(test: ReturnType<typeof cleanSpanTest>, cell: string): boolean {
  const line = `x,${cell},y`;
  return test!(line, 2, 2 + cell.length);
}

describe("span guard", () => {
  it("passes a range that only starts like a guarded spelling (NG beside NA, Noah beside NULL), as the string test does", () => {
    for (const cell of ["NG", "NL", "NZ", "ZA"]) {
      assert.equal(cleanCellTest(country)(cell), true, cell);
      assert.equal(onRange(cleanSpanTest(country), cell), true, cell);
    }
    for (const cell of ["Noah Bjork", "not bad", "Nil Desperandum", "unknown", "#1 fan", "(see above)"]) {
      assert.equal(cleanCellTest(name)(cell), true, cell);
      assert.equal(onRange(cleanSpanTest(name), cell), true, cell);
    }
  });

  it("refuses a range that is a guarded spelling or may start a formula, as before", () => {
    for (const cell of ["NA"]) assert.equal(onRange(cleanSpanTest(country), cell), false, cell);
    for (const cell of ["NULL", "N/A", "n/a", "NaN", "None", "nil", "undefined", "#N/A", "?", ".", "-", "--", "=SUM(A1)", "@cmd", "+cmd|x", "-2+3+cmd|x", 'N"A']) {
      assert.equal(onRange(cleanSpanTest(name), cell), false, cell);
      assert.equal(cleanCellTest(name)(cell), false, cell);
    }
  });

  it("agrees with the string test on every cell the string test passes or refuses (spellings, their prefixes and extensions)", () => {
    const cells = ["NA", "NAB", "N", "NUL", "NULLS", "nul", "null", "nulls", "Non", "None", "Nonesuch", "N/A", "N/AB", "N/", "#N", "#N/A", "#N/A N/A", "#N/A N/", "NaT", "NaTo", "AB", "QQ", 'N"A', 'N"', "é", "éa"];
    for (const f of [country, name]) {
      const span = cleanSpanTest(f), clean = cleanCellTest(f);
      for (const cell of cells) {
        // a span test may refuse what the string test passes (the string path then decides), never the reverse
        if (onRange(span, cell)) assert.equal(clean(cell), true, `${f.name}: ${cell}`);
      }
      assert.ok(cells.some((c) => onRange(span, c)), `${f.name}: not vacuous`);
    }
  });

  it("keeps the first-character guard alone on a range with doubled quotes: N\"\"A is how the missing value N\"A is written", () => {
    const spanDoubled = cleanSpanDoubledTest(name);
    assert.ok(spanDoubled !== null, "a maxLength field reads doubled quotes");
    // as written the range is N""A (4 units), not the guarded N"A (3): compared by spelling it would pass
    assert.equal(onRange(spanDoubled, 'N""A'), false);
    assert.equal(cleanCellTest(name)('N"A'), false);
    // the plain range of a cell that starts with N passes
    assert.equal(onRange(cleanSpanTest(name), "Noah"), true);
  });
});
