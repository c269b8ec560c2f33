// longPreamble: one-cell lines past the header sniffer's 30-line window above a TAB table (GEO SOFT) are a preamble.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { longPreamble } from "../../src/dialect/long-preamble.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/one-cell-lines-past-the-preamble-window-above-tab-table.soft";
const text = readFileSync(FIXTURE, "utf8");

test("longPreamble: 38 `^`/`!`/`#` lines above `ID_REF<TAB>VALUE<TAB>ABS_CALL` and 24 records: 38 lines", () => {
  assert.equal(longPreamble(text, "\t", "!"), 38);
  // a one-cell end mark closing the table (`!sample_table_end`) is no record of another width
  assert.equal(longPreamble(text + "!sample_table_end\n", "\t", null), 38);
});

test("the built CLI: the fixture reads its 3 columns and 24 records, the block skipped with one warning (was a one-cell header, 25 row-extra-cells)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.columns, ["ID_REF", "VALUE", "ABS_CALL"]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["preamble-skipped", 1]]);
  assert.deepEqual([f.rows.total, f.errors], [24, 0]);
});

test("near miss: a record of another width, fewer than 20 records, a short block, a quote or a space delimiter keep today's reading", () => {
  const lines = text.split("\n");
  const ragged = [...lines.slice(0, 50), "AFFX-9_at\t12.5", ...lines.slice(50)].join("\n");
  assert.equal(longPreamble(ragged, "\t", "!"), 0);
  assert.equal(longPreamble(lines.slice(0, 50).join("\n"), "\t", "!"), 0);
  assert.equal(longPreamble(lines.slice(10).join("\n"), "\t", "!"), 0);
  assert.equal(longPreamble(text.replace("Normal kidney", '"Normal kidney"'), "\t", "!"), 0);
  assert.equal(longPreamble(text.replace(/\t/g, " "), " ", "!"), 0);
});

const RECORDS = "fixtures/dialect/one-cell-records-past-the-preamble-window-then-two-cell-records.txt";

test("longPreamble: 35 one-cell records under a one-cell header, then two-cell records, are no preamble (no mark, no ` = `)", () => {
  assert.equal(longPreamble(readFileSync(RECORDS, "utf8"), ",", null), 0);
});

test("the built CLI: the one-cell records keep their header and are read, the wider ones reported (was 36 lines skipped, pass)", () => {
  const f = (JSON.parse(runCli([RECORDS, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["email"], 60, 25]);
  assert.equal(f.defects.filter((d) => d.code === "row-extra-cells").length, 25);
});

test("near miss: marked lines mostly without ` = ` (`#tag` lines) are no preamble; GEO's block with its `!sample_table_begin` still is", () => {
  const tags = readFileSync(RECORDS, "utf8").replace(/^user/gm, "#user");
  assert.equal(longPreamble(tags, ",", null), 0);
  assert.equal(longPreamble(text, "\t", null), 38);
});
