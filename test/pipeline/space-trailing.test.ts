// A space-separated table with a trailing space on some lines: read at runs of spaces, no row-extra-cells.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check } from "../../src/index.js";

test("check: a trailing space on one line of a space-separated table is no empty third cell", async () => {
  const f = (await check(["fixtures/dialect/space-separated-trailing-space-on-one-line.txt"], { jobs: 1 })).files[0];
  assert.equal(f.errors, 0);
  assert.equal(f.rows.total, 10);
  assert.deepEqual(f.stats!.map((s) => s.type), ["number", "number"]);
});
