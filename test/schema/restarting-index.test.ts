// pandas' index of frames joined without ignore_index (0, 1, 2, 0, 1, 2) under a blank first name is row names (src/schema/restarting-index.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { restartingIndex } from "../../src/schema/restarting-index.js";
import { rowNamesColumn } from "../../src/schema/row-names.js";
import type { ParsedRecord } from "../../src/types.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";

const recs = (firsts: string[]): ParsedRecord[] => firsts.map((c, i) => ({
  index: i + 1, line: i + 2, endLine: i + 2, byteOffset: null, cells: [c, "x", "1.5"], quoted: null, defects: null, skipped: false, replacement: false,
}));

test("CLI: a blank first name above 0, 1, 2, 0, 1, 2 … gives one row-names-column warning, no header-blank", () => {
  const r = runCli(["fixtures/schema/pandas-concat-index-restarting-at-zero.csv", "--format", "json"]);
  const f = JSON.parse(r.stdout).files[0] as { columns: string[]; defects: { code: string; severity: string }[] };
  assert.equal(r.code, 0);
  assert.deepEqual(f.columns, ["row.names", "tool", "seconds", "threads"]);
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity]), [["row-names-column", "warning"]]);
});

test("rowNamesColumn: restarting runs from 0 under a blank name are row names", () => {
  assert.equal(rowNamesColumn(["", "a", "b"], recs(["0", "1", "2", "0", "1", "2", "0", "1"]))?.kind, "blank");
  assert.equal(rowNamesColumn(["", "a", "b"], recs(["0", "1", "0", "1", "2", "3"]))?.column, "row.names");
});

test("restartingIndex refuses ids, counts and flags that only repeat", () => {
  assert.equal(restartingIndex(["0", "1", "2", "0", "1", "2"]), true);
  // runs from 1 (R never restarts its names), a first run not from 0, a step of two, a restart at 1
  assert.equal(restartingIndex(["1", "2", "3", "1", "2", "3"]), false);
  assert.equal(restartingIndex(["3", "4", "0", "1", "2"]), false);
  assert.equal(restartingIndex(["0", "2", "4", "0", "2", "4"]), false);
  assert.equal(restartingIndex(["0", "1", "2", "1", "2", "3"]), false);
  // a column of zeros, a flag column, one run only (unique labels: the old rule's), too few cells, decimals
  assert.equal(restartingIndex(["0", "0", "0", "0", "0"]), false);
  assert.equal(restartingIndex(["0", "1", "0", "0", "1", "1"]), false);
  assert.equal(restartingIndex(["0", "1", "2", "3", "4"]), false);
  assert.equal(restartingIndex(["0", "1", "0"]), false);
  assert.equal(restartingIndex(["0", "1.0", "0", "1"]), false);
  assert.equal(restartingIndex(["0", "01", "0", "1"]), false);
  // an id column under a blank name that repeats at random keeps its header-blank
  assert.equal(rowNamesColumn(["", "a", "b"], recs(["3", "3", "5", "7", "5"])), null);
  assert.equal(rowNamesColumn(["", "a", "b"], recs(["0", "0", "1", "1", "2", "2"])), null);
});

/** A first column counting 0 … period-1 over and over (`days` full cycles, then `extra` more), the one a name was lost from. */
const cycle = (period: number, days: number, extra = 0): string[] =>
  Array.from({ length: period * days + extra }, (_, i) => String(i % period));

test("restartingIndex refuses a clock's counter (hour 0–23, minute 0–59, weekday 0–6, month 0–11) whose runs are all one period", () => {
  assert.equal(restartingIndex(cycle(24, 3)), false);
  assert.equal(restartingIndex(cycle(24, 2, 11)), false); // the last day cut short
  assert.equal(restartingIndex(cycle(60, 2)), false);
  assert.equal(restartingIndex(cycle(7, 5)), false);
  assert.equal(restartingIndex(cycle(12, 2, 12)), false);
  // pandas' frames of one length (5 repetitions per tool) or of other lengths stay an index
  assert.equal(restartingIndex(cycle(5, 24)), true);
  assert.equal(restartingIndex(cycle(3, 3)), true);
  assert.equal(restartingIndex([...cycle(24, 1), ...cycle(30, 1)]), true); // a first frame of 24, then 30 rows
  assert.equal(restartingIndex([...cycle(24, 2), ...cycle(10, 1), ...cycle(24, 1)]), true); // a short run inside
});

test("CLI: an hour-of-day column whose name was lost keeps header-blank, not row names", () => {
  const dir = mkdtempSync(join(tmpdir(), "hours-"));
  try {
    const lines = cycle(24, 3).map((h, i) => `${h},${(10 + Number(h) * 0.3).toFixed(1)},${60 + Math.floor(i / 24)}`);
    writeFileSync(join(dir, "hours.csv"), `,temp,humidity\n${lines.join("\n")}\n`);
    const f = JSON.parse(runCli([join(dir, "hours.csv"), "--format", "json"]).stdout).files[0] as { columns: string[]; defects: { code: string }[] };
    assert.notEqual(f.columns[0], "row.names");
    assert.deepEqual([...new Set(f.defects.map((d) => d.code))], ["header-blank"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
