// schemaNamesAdjustedHeader: a schema's names that are an adjusted reading of the header, not the header itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { schemaNamesAdjustedHeader } from "../../src/schema/adjusted-names.js";

const exact = (fieldNames: string[]) => ({ fieldNames, fieldsMatch: null });

test("schemaNamesAdjustedHeader: row names, trailing delimiter, a dropped last name and record types are adjusted readings", () => {
  assert.equal(schemaNamesAdjustedHeader(["height", "weight"], exact(["row.names", "height", "weight"])), true);
  assert.equal(schemaNamesAdjustedHeader(["", "height"], exact(["row.names", "height"])), true);
  assert.equal(schemaNamesAdjustedHeader(["a", "b", ""], exact(["a", "b", "field3"])), true);
  assert.equal(schemaNamesAdjustedHeader(["a", "b", "end"], exact(["a", "b"])), true);
  assert.equal(schemaNamesAdjustedHeader(["code", "value"], exact(["field1", "field2", "field3"])), true);
});

test("schemaNamesAdjustedHeader: the header itself, in any order, or other names are no adjusted reading", () => {
  assert.equal(schemaNamesAdjustedHeader(["a", "b"], exact(["a", "b"])), false);
  assert.equal(schemaNamesAdjustedHeader(["a", "b"], exact(["b", "a"])), false);
  assert.equal(schemaNamesAdjustedHeader(["height", "weight"], exact(["x", "weight"])), false);
  // a schema that asks for part of the header names columns, not a reading
  assert.equal(schemaNamesAdjustedHeader(["a", "b", "end"], { fieldNames: ["a", "b"], fieldsMatch: "subset" }), false);
});
