// Series of varying length, a label then numbers (src/schema/series-records.ts): one warning, not an error a row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seriesRecords } from "../../src/schema/series-records.js";
import { runCli } from "../helpers/cli.js";
import type { ParsedRecord, Report } from "../../src/types.js";

const NAME = "fixtures/schema/sensor-readings-of-varying-length.txt";

const recs = (rows: string[][]): ParsedRecord[] =>
  rows.map((cells, i) => ({ index: i + 1, line: i + 1, endLine: i + 1, byteOffset: null, cells, quoted: null, defects: null, skipped: false }));
const rows = readFileSync(NAME, "utf8").trimEnd().split("\n").map((l) => l.split(" "));

test("seriesRecords: sensors each with its own number of readings (4 to 8 cells) are series of varying length", () => {
  assert.deepEqual(seriesRecords(recs(rows)), { records: 7, fewest: 4, most: 8 });
});

test("the built CLI reads the file headerless at the widest record: every row whole, one series-records warning", () => {
  const r = runCli([NAME, "--format", "json", "-q"]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.columns.length, f.rows.total, f.errors, f.warnings, f.byCode["series-records"]], [8, 7, 0, 1, 1]);
  assert.equal(f.defects[0].code, "series-records");
  assert.equal(r.code, 0);
});

test("seriesRecords refuses: two widths, one width held by most, a word or an empty value, a repeated label, fewer than 5", () => {
  const width = (n: number) => (c: string[]) => c.slice(0, n);
  // a table of 4 columns with two rows of 6 and 5 cells: those rows stay loud
  assert.equal(seriesRecords(recs([...rows.slice(0, 5).map(width(4)), ["a", "1", "2", "3", "4", "5"], ["b", "1", "2", "3", "4"]])), null);
  // two widths only
  assert.equal(seriesRecords(recs(rows.map((c, i) => c.slice(0, i % 2 ? 4 : 5)))), null);
  assert.equal(seriesRecords(recs([...rows, ["pond", "1.0", "wet", "2.0"]])), null);
  assert.equal(seriesRecords(recs([...rows, ["pond", "1.0", "", "2.0"]])), null);
  assert.equal(seriesRecords(recs([...rows, ["roof", "1.0", "2.0", "3.0"]])), null);
  assert.equal(seriesRecords(recs(rows.slice(0, 4))), null);
  // a number as the label: a matrix with ragged rows, no series
  assert.equal(seriesRecords(recs(rows.map((c, i) => [String(i), ...c.slice(1)]))), null);
  // a header line keeps the reading against its names (validate asks only headerless files)
  const file = join(mkdtempSync(join(tmpdir(), "series-")), "headed.txt");
  writeFileSync(file, "sensor r1 r2 r3\n" + readFileSync(NAME, "utf8"));
  const f = (JSON.parse(runCli([file, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.equal(f.dialect!.header, true);
  assert.equal(f.byCode["series-records"], undefined);
  assert.ok(f.errors > 0);
});
