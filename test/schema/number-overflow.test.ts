// A number spelled in range but overflowing to ±Infinity ("1e400") is a type-error, on the fast path too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check } from "../../src/index.js";

test("1e400 and -1e400 in a number field are type-errors", async () => {
  const r = await check(["fixtures/schema/number-overflow-defect.csv"], { schema: "fixtures/schema/number-overflow.schema.json", jobs: 1 });
  const f = r.files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.line, d.column, d.value]), [
    ["type-error", 2, 3, "x", "1e400"],
    ["type-error", 3, 4, "x", "-1e400"],
  ]);
  assert.equal(f.defects[0].message, 'x is "1e400", which is not a number');
  assert.deepEqual(f.rows, { total: 4, valid: 2, invalid: 2 });
});
