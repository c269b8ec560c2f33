// Cell checks: priority required > ambiguous-null > non-finite > type-error; every failing constraint; formula-injection.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { brief, check } from "./harness.js";

const people = JSON.parse(readFileSync("fixtures/schema/people.schema.json", "utf8"));
const csv = `id,name,age,email,joined,score,level,code
1,Ann,34,ann@example.com,2023-01-05,1.5,junior,AB-123
0,B,-3,not-an-email,2023-1-5,NaN,boss,ab-12
2,Carl,NULL,c@x.org,2023-02-30,INF,senior,=cmd
,Dee,abc,,n/a,,,
5,Eve,200,e@x.org,2023-03-01,N/A,senior,XY-999
`;

describe("cells against a Table Schema", () => {
  const r = check(csv, people);
  it("reports every code with row, column, line, value and the exact message", () => {
    assert.deepEqual(brief(r.defects), [
      ["minimum", 2, "id", "id is 0; the schema requires at least 1"],
      ["min-length", 2, "name", "name has 1 character; the schema requires at least 2"],
      ["minimum", 2, "age", "age is -3; the schema requires at least 0"],
      ["type-error", 2, "email", 'email is "not-an-email", which is not an email address'],
      ["type-error", 2, "joined", 'joined is "2023-1-5", which is not a date in the form YYYY-MM-DD'],
      ["non-finite", 2, "score", 'score is "NaN", which is not a finite number'],
      ["enum", 2, "level", 'level is "boss", which is not one of the allowed values ("junior", "senior")'],
      ["pattern", 2, "code", 'code is "ab-12", which does not match the pattern /[A-Z]{2}-\\d{3}/'],
      ["ambiguous-null", 3, "age", 'age is "NULL", which looks like a missing value but is not declared as one for this field'],
      ["type-error", 3, "joined", 'joined is "2023-02-30", which is not a date in the form YYYY-MM-DD'],
      ["non-finite", 3, "score", 'score is "INF", which is not a finite number'],
      ["pattern", 3, "code", 'code is "=cmd", which does not match the pattern /[A-Z]{2}-\\d{3}/'],
      ["formula-injection", 3, "code", 'code starts with "=", which a spreadsheet may run as a formula'],
      ["required", 4, "id", "id is missing; the schema requires a value"],
      ["type-error", 4, "age", 'age is "abc", which is not an integer'],
      ["maximum", 5, "age", "age is 200; the schema requires at most 130"],
      ["ambiguous-null", 5, "score", 'score is "N/A", which looks like a missing value but is not declared as one for this field'],
      ["null-mixed", null, "score", 'score spells "missing" in more than one way: empty (1), "N/A" (1)'],
    ]);
  });
  it("fills line, columnIndex (position in the file) and value", () => {
    const d = r.defects.find((x) => x.code === "maximum")!;
    assert.deepEqual([d.line, d.columnIndex, d.value], [6, 3, "200"]);
    assert.deepEqual(r.defects.find((x) => x.code === "minimum" && x.column === "age")!.params, { minimum: "0", exclusive: false });
  });
  it("collects per-column stats", () => {
    const score = r.stats.find((s) => s.name === "score")!;
    assert.deepEqual(score, { name: "score", index: 6, type: "number", count: 5, missing: 1, missingSpellings: { "": 1, "N/A": 1 }, typeErrors: 0 });
  });
});

describe("priority and ragged rows", () => {
  it("pattern on a number field is a schema error, so constraints there are bounds and enum only", () => {
    assert.throws(() => check("n\n1\n", { fields: [{ name: "n", type: "number", constraints: { pattern: "z" } }] }), /fields\[0\] \("n"\)\.constraints\.pattern: not supported for type "number"/);
  });
  it("the schema layer rejects pattern on numbers, so a number field's cells get one defect each", () => {
    const r = check("n\n-\nnan\nx\n3\n", { fields: [{ name: "n", type: "number", constraints: { minimum: 5, maximum: 1 } }] });
    assert.deepEqual(brief(r.defects), [
      ["ambiguous-null", 1, "n", 'n is "-", which looks like a missing value but is not declared as one for this field'],
      ["non-finite", 2, "n", 'n is "nan", which is not a finite number'],
      ["type-error", 3, "n", 'n is "x", which is not a number'],
      ["minimum", 4, "n", "n is 3; the schema requires at least 5"],
      ["maximum", 4, "n", "n is 3; the schema requires at most 1"],
    ]);
  });
  it("allowNonFinite accepts NaN and INF", () => {
    assert.deepEqual(check("n\nNaN\n-INF\nInfinity\n", { fields: [{ name: "n", type: "number", allowNonFinite: true }] }).defects, []);
  });
  it("missing cells of a short row are not checked (no required); extra cells are ignored", () => {
    const r = check("a,b\n1\n2,x,zzz\n", { fields: [{ name: "a", type: "integer" }, { name: "b", type: "integer", constraints: { required: true } }] });
    assert.deepEqual(brief(r.defects), [["type-error", 2, "b", 'b is "x", which is not an integer']]);
  });
  it("a declared missing value is never ambiguous; a null-like token that is a valid value is not either", () => {
    const r = check("a,b,c\nNA,-,?\n", {
      fields: [
        { name: "a", type: "integer", missingValues: ["", "NA"] },
        { name: "b", type: "boolean", trueValues: ["+"], falseValues: ["-"] },
        { name: "c", type: "string", constraints: { enum: ["?", "x"] } },
      ],
    });
    assert.deepEqual(r.defects, []);
  });
  it("ambiguous-null applies to declared string fields, not to `any`", () => {
    const r = check("s,a\nN/A,N/A\nok,ok\n", { fields: [{ name: "s", type: "string" }, { name: "a", type: "any" }] });
    assert.deepEqual(brief(r.defects), [["ambiguous-null", 1, "s", 's is "N/A", which looks like a missing value but is not declared as one for this field']]);
  });
});

describe("formula-injection", () => {
  it("flags =, +, -, @, tab and CR starts in text cells, except signed numbers and null tokens", () => {
    const cells = ["=1+1", "+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "-12.5", "+44 20 7946 0958", "-", "a=b", "+1e5", "+", "=", "@"];
    const text = "t\n" + cells.map((c) => `"${c.replace(/"/g, '""')}"`).join("\n") + "\n";
    const r = check(text, null);
    assert.deepEqual(r.defects.filter((d) => d.code === "formula-injection").map((d) => [d.row, d.value]), [
      [1, "=1+1"], [2, "+cmd"], [3, "-2+3+cmd|' /C calc'!A0"], [4, "@SUM(A1)"], [5, "\tx"], [6, "\rx"],
    ]);
    assert.equal(r.defects.find((d) => d.row === 5)!.message, 't starts with "\\t", which a spreadsheet may run as a formula');
  });
  it("a lone `+` (a strand column beside `-`) is data, not a formula: nothing follows it to run", () => {
    const r = check("seqname,strand\nchr1,+\nchr1,-\nchr2,+\nchr2,+cmd\n", null);
    assert.deepEqual(r.defects.map((d) => [d.code, d.row, d.value]), [["formula-injection", 4, "+cmd"]]);
  });
  it("signs and digits only (ISO 6709 coordinates `+4230+00131`, phone numbers) are no formula; letters after a sign are", () => {
    const r = check(readFileSync("fixtures/schema/signed-coordinates-beside-one-formula.tsv", "utf8"), null, { delimiter: "\t" });
    assert.deepEqual(r.defects.filter((d) => d.code === "formula-injection").map((d) => [d.row, d.value]), [
      [5, "+1+cmd|' /C calc'!A0"], [5, "-2+3+A1"],
    ]);
  });
  it("does not apply to typed fields", () => {
    assert.deepEqual(check("n\n-5\n", { fields: [{ name: "n", type: "integer" }] }).defects, []);
  });
});
