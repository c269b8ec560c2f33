// quotedRunsReadEvenly (src/dialect/quoted-runs.ts): runs of spaces outside quotes read a padded quoted table, as R's read.table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { quotedRunsReadEvenly } from "../../src/dialect/quoted-runs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/r-lookup-table-quoted-labels-padded.txt";

test("quotedRunsReadEvenly: a padded table of quoted labels reads at runs of spaces, the short header as R's row names", () => {
  const text = readFileSync(NAME, "utf8");
  assert.equal(quotedRunsReadEvenly(text.split("\n").filter((l) => !l.startsWith("#")).join("\n"), '"'), true);
  const d = sniffDialect(text, true);
  assert.deepEqual([d.delimiter, d.quote, d.whitespace, d.header], [" ", '"', true, true]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["row.names", "title", "argument", "assign"]);
  assert.deepEqual([f.rows.total, f.errors], [22, 0]);
});

test("quotedRunsReadEvenly refuses no quoted spaces, no padding, mixed widths, open quotes, no quote", () => {
  const rows = ['a "x y" 1', 'b "z w" 2', 'c  "v u" 3', 'd "t s" 4'];
  assert.equal(quotedRunsReadEvenly(rows.join("\n"), '"'), true);
  assert.equal(quotedRunsReadEvenly(rows.join("\n"), null), false);
  // no quoted field holding a space: the plain runs test decides
  assert.equal(quotedRunsReadEvenly(['a "x" 1', 'b "z" 2', 'c  "v" 3', 'd "t" 4'].join("\n"), '"'), false);
  // no padding: single spaces read it already
  assert.equal(quotedRunsReadEvenly(['a "x y" 1', 'b "z w" 2', 'c "v u" 3'].join("\n"), '"'), false);
  // empty fields of a single-space file (`a  b`): runs read mixed widths
  assert.equal(quotedRunsReadEvenly(['a "x y" 1', 'b  2', 'c  3', 'd "t s" 4'].join("\n"), '"'), false);
  // a quote left open, or followed by text: no field quote
  assert.equal(quotedRunsReadEvenly(['a "x y 1', 'b "z w" 2', 'c  "v u" 3', 'd "t s" 4', 'e "r q" 5'].join("\n"), '"'), false);
  assert.equal(quotedRunsReadEvenly(['a "x y"z 1', 'b "z w"q 2', 'c  "v u" 3'].join("\n"), '"'), false);
});
