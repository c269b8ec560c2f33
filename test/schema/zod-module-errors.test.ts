// A zod module that throws, or runs async code, on a row is a schema error naming the module and row, not a source-error on the data (QA 2026-12-01 item 12).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";

const CSV = "fixtures/schema/zod-errors.csv";
const cases: [string, RegExp][] = [
  ["refine-throws.mjs", /^ingest-check: fixtures\/schema\/zod-errors\/refine-throws\.mjs: the schema threw on row 2 \(.*\): refine boom$/],
  ["async-transform.mjs", /^ingest-check: fixtures\/schema\/zod-errors\/async-transform\.mjs: default export: async refinements and transforms are not supported \(field "a"\)/],
  ["async-record-refine.mjs", /^ingest-check: fixtures\/schema\/zod-errors\/async-record-refine\.mjs: default export: async refinements and transforms are not supported;/],
  ["promise-superrefine.mjs", /^ingest-check: fixtures\/schema\/zod-errors\/promise-superrefine\.mjs: an async refinement or transform ran on row 1; only synchronous ones are supported$/],
];

for (const [module, line] of cases) {
  test(`CLI: ${module} → exit 2, one line naming the module, no source-error, no stack`, () => {
    for (const jobs of ["1", "2"]) {
      const r = runCli([CSV, "--schema", `fixtures/schema/zod-errors/${module}`, "-q", "--jobs", jobs]);
      assert.equal(r.code, 2);
      const lines = r.stderr.trim().split("\n");
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], line);
      assert.doesNotMatch(r.stderr + r.stdout, /could not read the input|source-error|    at /);
    }
  });
}
