// commentedHeader (src/dialect/comment-header.ts): a header whose first cell is the comment mark alone (`#<TAB>gene<TAB>count`) names the columns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/hash-cell-header-then-hash-cell-note.tsv";

test("commentedHeader: `#<TAB>gene<TAB>count` above a `#<TAB>` note names the three columns, the mark the first", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.delimiter, d.comment, d.header, d.commentNames?.names], ["\t", "#", false, ["#", "gene", "count"]]);
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.lines?.comments], [["#", "gene", "count"], 4, 0, 2]);
});

test("commentedHeader: after a `#<TAB>` mark, names one fewer than the split fit rows of their own width", () => {
  const text = "#\tgene\tcount\n#\tsample B\nBRCA1\t10\nTP53\t12\nEGFR\t7\n";
  // the `#<TAB>` line under the header is its note (a TAB-indented note), not a second header
  assert.deepEqual(sniffDialect(text, true).commentNames?.names, ["gene", "count"]);
  const d = sniffDialect(text.replace("#\tsample B\n", "# sample B, run 2, lane 4\n"), true);
  assert.deepEqual(d.commentNames?.names, ["gene", "count"]);
});

test("sniffComment: a `# rank<TAB>name` header above a `#<TAB>1st place` note: both comments, the header's names the columns", () => {
  const d = sniffDialect(readFileSync("fixtures/dialect/hash-space-header-then-hash-tab-note.tsv", "utf8"), true);
  assert.deepEqual([d.comment, d.header, d.commentNames?.names], ["#", false, ["rank", "name"]]);
});
