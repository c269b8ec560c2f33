// A short table's closing `#` notes set no width for the preamble rule, and no preamble swallows every record (src/dialect/header.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const commented = join("fixtures", "dialect", "commented-header-few-records-closing-notes.dat");
const titled = join("fixtures", "dialect", "title-above-header-few-records-closing-notes.dat");
const padded = join("fixtures", "dialect", "padded-records-then-commented-lines-only.csv");
const report = (file: string): Report["files"][number] => (JSON.parse(runCli([file, "--format", "json"]).stdout) as Report).files[0];
const reading = (f: Report["files"][number]): unknown[] => [f.dialect.skipRows ?? 0, f.columns, f.rows.total, f.errors];

test("preambleRows: `# wave mag bw`, 4 records and 2 closing `#` notes keep their 4 records (no preamble, no empty file)", () => {
  const f = report(commented);
  assert.deepEqual(reading(f), [0, ["wave", "mag", "bw"], 4, 0]);
  assert.equal(f.lines.preamble, 0);
});

test("preambleRows (near miss): a title line above the header of the same short table is still a preamble", () => {
  const f = report(titled);
  assert.deepEqual(reading(f), [1, ["wave", "mag", "bw"], 3, 0]);
  assert.ok(Object.keys(f.byCode).includes("preamble-skipped"));
});

// why a guard apart from the width: padded records (`AB,,,`) read as preamble-like whatever the width, and a `#` line
// of the table's width below them would be taken as the header of no records
test("preambleRows: a preamble under which only `#` lines are left is refused, and the records stay", () => {
  const f = report(padded);
  assert.equal(f.lines.preamble, 0);
  assert.ok(!Object.keys(f.byCode).includes("empty-file"));
  assert.ok(f.rows.total >= 2);
});
