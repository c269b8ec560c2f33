// colonJoinedNumbers and the one column it keeps whole: ratios (`16:9`) under a name without a colon.
import { test } from "node:test";
import assert from "node:assert/strict";
import { colonJoinedNumbers } from "../../src/dialect/colon-numbers.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

test("colonJoinedNumbers: ratios under a one-word name are one column, no row-extra-cells", () => {
  const r = runCli(["fixtures/dialect/ratios-one-column-under-header.txt", "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.dialect!.delimiter, f.dialect!.header, f.columns, f.rows.total, f.errors], ["", true, ["aspect"], 7, 0]);
  assert.equal(r.code, 0);
});

test("colonJoinedNumbers: a header with colons, a headerless list or a text cell keep the `:` table", () => {
  assert.equal(colonJoinedNumbers("verse\n3:16\n1:1\n23:4\n"), true);
  assert.equal(colonJoinedNumbers("width:height\n16:9\n4:3\n"), false);
  assert.equal(colonJoinedNumbers("16:9\n4:3\n21:9\n"), false);
  assert.equal(colonJoinedNumbers("user\n1000:1000\nroot:0\n"), false);
});
