// The BUILT command line with zod schema modules (.ts through tsx, .mjs): the same defects as the library reads.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Report } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

describe("CLI --schema with a zod module", () => {
  for (const file of ["events.ts", "events-fn.ts", "events.mjs", "events-fn.mjs"]) {
    it(`${file}: loads in the bundled CLI and reports the module's rules`, () => {
      const r = runCli(["fixtures/schema/events.csv", "--schema", `fixtures/schema/${file}`, "--format", "json"]);
      assert.equal(r.stderr.trim(), "", "no error line");
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout) as Report;
      assert.deepEqual(report.files[0].defects.map((d) => [d.code, d.row, d.column]).filter(([code]) => code !== "custom"), [
        ["minimum", 2, "id"], ["min-length", 2, "name"], ["enum", 2, "kind"], ["type-error", 3, "id"],
        ["max-length", 3, "name"], ["pattern", 4, "start"], ["required", 5, "id"],
      ]);
      assert.equal(report.files[0].defects.filter((d) => d.code === "custom").length, 1);
    });
  }
});
