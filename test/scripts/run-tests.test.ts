// npm test (scripts/run-tests.mjs --isolated) runs the tests that do not read the corpora where no shared folder is in reach.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/report.js";

const isolated = process.env.INGEST_CHECK_ISOLATED === "1";

test("this run cannot see the team's shared folder", { skip: !isolated && "only under npm test (scripts/run-tests.mjs --isolated)" }, () => {
  assert.equal(existsSync(resolve(ROOT, "..", "shared")), false, "no shared folder beside the checkout");
  assert.ok(process.env.INGEST_CHECK_SHARED, "INGEST_CHECK_SHARED is set");
  assert.equal(existsSync(process.env.INGEST_CHECK_SHARED!), false, "INGEST_CHECK_SHARED names no folder");
  assert.ok(existsSync(join(ROOT, "schema", "report.schema.json")), "the copy holds the project's own files");
});

test("npm test is the isolated run", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  assert.match(pkg.scripts.test, /scripts\/run-tests\.mjs --isolated/);
});
