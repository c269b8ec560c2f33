// The rowRules expression language (schema/row-rules.ts): what each construct means, value by value, through the schema checks.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import { check } from "../checks/harness.js";

const FIELDS = [
  { name: "n", type: "integer" }, { name: "x", type: "number" }, { name: "d", type: "date" },
  { name: "t", type: "datetime" }, { name: "ok", type: "boolean" }, { name: "s" },
];
const HEADER = "n,x,d,t,ok,s";

/** The 1-based rows of `rows` on which the rule fails. */
function failing(rule: string, rows: string[]): number[] {
  const r = check([HEADER, ...rows].join("\n") + "\n", { fields: FIELDS, rowRules: [{ name: "r", check: rule }] });
  return r.defects.filter((d) => d.code === "row-rule").map((d) => d.row!);
}

const ROWS = [
  "1,1.5,2024-01-31,2024-01-31T10:00:00,true,a",
  "2,2.0,2024-02-29,2024-03-01T00:00:00,false,b",
  "10,-3,2023-12-31,2023-12-31T23:59:59,true,",
];

describe("row rules", () => {
  it("compares numbers as numbers (10 > 2, not \"10\" < \"2\") and text as text", () => {
    assert.deepEqual(failing("n < 3", ROWS), [3]);
    assert.deepEqual(failing("n * 2 + 1 >= 5", ROWS), [1]);
    assert.deepEqual(failing("n % 2 == 0", ROWS), [1]);
    assert.deepEqual(failing("x = 2", ROWS), [1, 3]);
    assert.deepEqual(failing('s != "b"', ROWS), [2, 3], "an empty s is missing: the rule fails on it");
  });

  it("compares dates and datetimes as points in time, literals read by the field's type, differences in days", () => {
    assert.deepEqual(failing('d >= "2024-01-01"', ROWS), [3]);
    assert.deepEqual(failing('t < "2024-03-01T00:00:00"', ROWS), [2]);
    assert.deepEqual(failing("t - d < 0.5", ROWS), [2, 3]);
    assert.deepEqual(failing('d in ("2024-01-31", "2023-12-31")', ROWS), [2]);
  });

  it("is missing, is not missing, and/or short-circuit, not binding looser than a comparison", () => {
    assert.deepEqual(failing("s is missing", ROWS), [1, 2]);
    assert.deepEqual(failing("s is not missing", ROWS), [3]);
    assert.deepEqual(failing('s is missing or s in ("a")', ROWS), [2]);
    assert.deepEqual(failing("not n > 1", ROWS), [2, 3]);
    assert.deepEqual(failing("ok and n < 5 || !ok", ROWS), [3]);
    assert.deepEqual(failing("not ok == false", ROWS), [2], "not (ok == false)");
  });

  it("a value that does not read as its field's type fails the rule and says so", () => {
    const r = check(`${HEADER}\nabc,1,2024-01-01,2024-01-01T00:00:00,true,a\n`, { fields: FIELDS, rowRules: [{ name: "r", check: "n > 0" }] });
    assert.deepEqual(r.defects.map((d) => [d.code, d.message]), [
      ["type-error", 'n is "abc", which is not an integer'],
      ["row-rule", 'the rule "r" (n > 0) does not hold: n is not a valid value of its type'],
    ]);
  });

  it("refuses, when the schema loads, what is not part of the language", () => {
    const load = (rule: string) => () => compileTableSchema({ fields: FIELDS, rowRules: [{ name: "r", check: rule }] }, { source: null, sha256: null });
    for (const [rule, message] of [
      ["n ? 1 : 2", /a conditional is not part of the rule language/],
      ["n > 1 && s + 1", /"\+" needs numbers/],
      ["ok < true", /"<" does not order true and false/],
      ["n == s", /compares a number value with a text one/],
      ["n in (s)", /"in \(…\)" lists values, not s/],
      ["n > null", /null is not a value the rules know/],
      ["s is empty", /"is" is followed by "missing" or "not missing"/],
      ["constructor.constructor", /is not part of the rule language/],
      ['field("nope") > 1', /"nope" names no field of the schema/],
    ] as const) assert.throws(load(rule), message, rule);
  });
});
