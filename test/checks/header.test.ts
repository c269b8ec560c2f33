// header-missing-column, header-extra-column, header-order under each fieldsMatch; row-count; null-ratio; null-mixed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { brief, check } from "./harness.js";

const fields = [{ name: "a" }, { name: "b" }, { name: "c" }];

describe("header against fields", () => {
  it("default: by name in any order; missing and extra reported; cells still bound by name", () => {
    const r = check("c,a,x\n1,2,3\n", { fields: [{ name: "a", type: "integer" }, { name: "b" }, { name: "c", type: "boolean" }] });
    assert.deepEqual(r.defects.map((d) => [d.code, d.row, d.column, d.columnIndex, d.message]), [
      ["header-missing-column", null, "b", null, 'the schema\'s field "b" has no column in the file'],
      ["header-extra-column", null, "x", 3, 'column "x" is not described by the schema'],
    ]);
  });
  it("exact: header-order where a column sits in another field's place", () => {
    const r = check("b,a,c\n1,2,3\n", { fields, fieldsMatch: "exact" });
    assert.deepEqual(r.defects.map((d) => [d.code, d.columnIndex, d.message]), [
      ["header-order", 1, 'column 1 is "b"; the schema expects "a" there'],
      ["header-order", 2, 'column 2 is "a"; the schema expects "b" there'],
    ]);
  });
  it("subset allows extra columns, superset allows missing fields, partial needs one match", () => {
    assert.deepEqual(check("a,b,c,x\n1,2,3,4\n", { fields, fieldsMatch: "subset" }).defects, []);
    assert.deepEqual(check("a,b\n1,2\n", { fields, fieldsMatch: "subset" }).defects.map((d) => d.code), ["header-missing-column"]);
    assert.deepEqual(check("a,b\n1,2\n", { fields, fieldsMatch: "superset" }).defects, []);
    assert.deepEqual(check("a,x\n1,2\n", { fields, fieldsMatch: "superset" }).defects.map((d) => [d.code, d.column]), [["header-extra-column", "x"]]);
    assert.deepEqual(check("a,x\n1,2\n", { fields, fieldsMatch: "partial" }).defects, []);
    assert.deepEqual(check("x,y\n1,2\n", { fields, fieldsMatch: "partial" }).defects.map((d) => d.code), ["header-missing-column", "header-missing-column", "header-missing-column"]);
  });
  it("without a header row, fields bind by position", () => {
    const r = check("1,x\n", { fields: [{ name: "n", type: "integer" }, { name: "m", type: "integer" }] }, { header: false });
    assert.deepEqual(brief(r.defects), [["type-error", 1, "field2", 'field2 is "x", which is not an integer']]);
  });
});

describe("whole-file and column checks", () => {
  it("row-count: fewer or more records than rows.min / rows.max", () => {
    assert.deepEqual(brief(check("a\n1\n", { fields: [{ name: "a" }], rows: { min: 2 } }).defects), [["row-count", null, null, "the file has 1 record; the schema requires at least 2"]]);
    assert.deepEqual(brief(check("a\n1\n2\n3\n", { fields: [{ name: "a" }], rows: { min: 1, max: 2 } }).defects), [["row-count", null, null, "the file has 3 records; the schema requires at most 2"]]);
    assert.deepEqual(check("a\n1\n2\n", { fields: [{ name: "a" }], rows: { min: 1, max: 2 } }).defects, []);
  });
  it("null-ratio: share of missing above maxNullRatio", () => {
    const r = check("a\n1\n\n\n2\n", { fields: [{ name: "a", maxNullRatio: 0.25 }] });
    // the two empty lines are blank records (row-blank), so only 1 and 2 reach the cells check
    assert.deepEqual(r.defects, []);
    const r2 = check("a,b\n1,x\n,x\n,x\n2,x\n", { fields: [{ name: "a", maxNullRatio: 0.25 }, { name: "b" }] });
    assert.deepEqual(brief(r2.defects), [["null-ratio", null, "a", "a is missing in 50% of the records; the schema allows at most 25%"]]);
  });
  it("null-mixed: more than one spelling of missing, quoted \"\" told from an empty field", () => {
    const r = check('a,b\n,x\n"",x\nNA,x\n,x\n', { fields: [{ name: "a", missingValues: ["", "NA"] }, { name: "b" }] });
    assert.deepEqual(brief(r.defects), [["null-mixed", null, "a", 'a spells "missing" in more than one way: empty (2), quoted "" (1), "NA" (1)']]);
    assert.deepEqual(r.stats[0].missingSpellings, { "": 2, '""': 1, NA: 1 });
  });
});
