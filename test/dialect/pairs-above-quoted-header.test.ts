// A `key<TAB>value` line above R's quoted write.table header is the preamble; the header keeps its names (wlay22).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { pairsAboveQuotedHeader } from "../../src/dialect/key-pairs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/metadata-pair-above-r-write-table-header.tsv";

test("the built CLI skips the pair line only and reads the write.table header (main skipped both, names lost)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.dialect?.skipRows, f.dialect?.header, f.columns, f.rows.total, f.errors], [1, true, ["row.names", "height", "weight"], 5, 0]);
});

test("sniffDialect: two pairs above the quoted header are skipped, the header kept", () => {
  const d = sniffDialect('source\tsurvey2020\ndate\t2020-05-01\n"height"\t"weight"\n"1"\t170.2\t65.1\n"2"\t182.5\t80.3\n"3"\t165.0\t55.8\n"4"\t175.4\t72.0\n', true);
  assert.deepEqual([d.skipRows, d.header], [2, true]);
});

test("near misses: an unquoted last pair (HMDB's), a quoted pair above, a number in the last row, no pair above", () => {
  const q = (rows: boolean[][]) => rows;
  assert.equal(pairsAboveQuotedHeader([["database_name", "HMDB"], ["database_version", "4.0"]], q([[false, false], [false, false]]), 3), false);
  assert.equal(pairsAboveQuotedHeader([["source", "x"], ["height", "weight"]], q([[true, true], [true, true]]), 3), false);
  assert.equal(pairsAboveQuotedHeader([["source", "x"], ["height", "2020"]], q([[false, false], [true, true]]), 3), false);
  assert.equal(pairsAboveQuotedHeader([["height", "weight"]], q([[true, true]]), 3), false);
  assert.equal(pairsAboveQuotedHeader([["source", "x"], ["height", "weight"]], q([[false, false], [true, true]]), 3), true);
});
