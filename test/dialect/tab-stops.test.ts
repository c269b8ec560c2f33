// Names padded to one tab stop by one or two TABs (dpkg's tupletable) are 2 columns, not a TSV with empty cells (src/dialect/tab-stops.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffDialect } from "../../src/dialect/index.js";
import { sameTabStops } from "../../src/dialect/tab-stops.js";
import { tabRunsAlign } from "../../src/dialect/tab-runs.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/names-padded-to-one-tab-stop-by-one-or-two-tabs.txt";

test("the built CLI reads the padded mapping as 2 columns with no error (was header-blank and 4 row-missing-cells)", () => {
  const r = runCli([FIXTURE, "--format", "json"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.equal(r.code, 0);
  assert.deepEqual([f.columns.length, f.rows.total, f.errors], [2, 9, 0]);
});

test("near misses: a TSV's empty cells move the cells after them to other stops; lines of one kind only", () => {
  const tsv = ["id\tname\tcity", "1\tann\tparis", "2\t\tlyon", "3\tbob\tnice", "4\t\tbrest", "5\tcy\tdax", "6\t\tpau", "7\tdee\tagen"];
  assert.equal(sameTabStops(tsv), false);
  assert.equal(tabRunsAlign(tsv.join("\n") + "\n"), false);
  assert.equal(sniffDialect(tsv.join("\n") + "\n", true).delimiter, "\t");
  // every line padded by two TABs: no lone TAB to tell alignment from an empty column
  assert.equal(sameTabStops(["ab\t\tx", "cd\t\ty", "ef\t\tz", "gh\t\tw"]), false);
  // lines indented by TABs (code, markup), even where their text meets the same stop: no columns
  assert.equal(sameTabStops(["\t\t_, _, N,", "\t\t_, M, _,", "\t\tN, _, _,", "mts_save\tx", "local_M1\ty", "local_N2\tz"]), false);
  // one or two TABs to the same stop, 3 lines or more of each
  assert.equal(sameTabStops(["short\t\tx", "a-long-name\ty", "tiny\t\tz", "longer-one\tw", "mini\t\tv", "yet-another\tu"]), true);
});
