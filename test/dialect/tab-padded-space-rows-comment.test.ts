// sniffComment (src/dialect/comment.ts): rows padded with TABs and spaces, read at runs of blanks, keep their `#` lines as notes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

// written by hand in R Commander's menu-file layout: `# start …`, a `#` header, rows padded by TABs and spaces, `# end …`
const FIXTURE = "fixtures/dialect/menu-rows-padded-with-tabs-and-spaces-between-hash-lines.txt";

test("sniffComment: TABs count as blanks at a space delimiter, so the padded rows fit one width and `#` lines are notes", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.delimiter, d.whitespace, d.comment, d.skipRows, d.header], [" ", true, "#", 0, false]);
});

test("the built CLI: 20 menu rows of 7 cells, no error (were a one-column header and 46 errors)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.errors, f.columns.length], [20, 0, 7]);
});
