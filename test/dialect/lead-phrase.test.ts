// leadPhraseLikeBody (src/dialect/lead-phrase.ts): a first row whose phrase opens like every value of its column is a record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { leadPhraseLikeBody } from "../../src/dialect/lead-phrase.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/definition-list-written-from-one-formula.csv";

test("leadPhraseLikeBody: a definition list written from one formula (`describes a …`) has no header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1", "field2"], 7, 0]);
});

test("leadPhraseLikeBody: a name of 1 or 2 words, or values that open otherwise, keep the header", () => {
  const values = ["describes a lake", "describes a forest", "describes a meadow", "describes a dune", "describes a marsh"];
  assert.equal(leadPhraseLikeBody("describes a river", values), true);
  assert.equal(leadPhraseLikeBody("description", values), false);
  assert.equal(leadPhraseLikeBody("describes a", values), false);
  assert.equal(leadPhraseLikeBody("what it describes", values), false);
  assert.equal(sniffDialect("term;definition\nlake;describes a body of standing water\nforest;describes an area of trees\nmeadow;describes an open field\ndune;describes a hill of sand\nmarsh;describes wet land\n", true).header, true);
});
