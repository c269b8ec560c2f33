// percentLead (src/dialect/percent-lead.ts): a block of `%` notes (TeX's `filecontents` banner) above rows with no `%` is comments, not the table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { percentLead } from "../../src/dialect/percent-lead.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/tex-banner-above-number-pairs.dat";

test("percentLead: a `%%` filecontents banner above `0.5 1.25` rows reads as notes over two columns", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header], [" ", "%", false]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1", "field2"], 6, 0, 0]);
});

test("percentLead: one `%` line, a `%` in the rows, or too few rows are left to the other rules", () => {
  assert.equal(percentLead("%% a\n%% b\n0.5 1.25\n1.0 1.50\n"), true);
  assert.equal(percentLead("% X1 X2\n0.5 1.25\n1.0 1.50\n"), false);
  assert.equal(percentLead("%% a\n%% b\n-10%  11.68\n-9%  9.62\n"), false);
  assert.equal(percentLead("%% a\n%% b\n0.5 1.25\n"), false);
  assert.deepEqual(sniffDialect("% X1 X2\n0.5 1.25\n1.0 1.50\n1.5 1.75\n", true).comment ?? null, null);
});
