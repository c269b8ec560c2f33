// --stop-after n: reading stops after n error defects; the file entry says partial, the counts stay true.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check } from "../../src/index.js";
import { assertReport } from "../helpers/report.js";

test("stopAfter stops reading after n errors and marks the file partial", async () => {
  const full = await check(["fixtures/ragged-rows.csv"], { jobs: 1 });
  assertReport(full);
  assert.ok(full.files[0].errors >= 2, "the fixture has at least two errors");
  assert.equal(full.files[0].partial, undefined);

  const r = await check(["fixtures/ragged-rows.csv"], { jobs: 1, stopAfter: 1 });
  assertReport(r);
  const f = r.files[0];
  assert.equal(f.partial, true);
  assert.equal(f.errors, 1);
  assert.ok(f.rows.total < full.files[0].rows.total, "fewer records were read");
  assert.equal(f.rows.total, f.rows.valid + f.rows.invalid);
  assert.equal(r.ok, false);
});
