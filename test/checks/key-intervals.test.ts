// KeyIntervals: runs of integer keys held as intervals, and when a run must be probed key by key instead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { KeyIntervals } from "../../src/checks/schema/key-intervals.js";

test("KeyIntervals: appended runs join, values map to their first rows, repeats and overlaps are refused", () => {
  const t = new KeyIntervals();
  assert.equal(t.take(1, 100, 1, false), true);
  assert.equal(t.take(101, 50, 101, false), true, "the same numbering goes on");
  assert.equal(t.size, 1, "and joins the interval");
  assert.equal(t.find(150), 150);
  assert.equal(t.find(151), 0);
  assert.equal(t.take(200, 10, 160, false), true, "a gap: a second interval");
  assert.equal(t.size, 2);
  assert.equal(t.find(205), 165);
  assert.equal(t.take(140, 20, 170, true), false, "overlaps the first");
  assert.equal(t.take(209, 5, 170, true), false, "overlaps the second");
  assert.equal(t.take(160, 10, 170, false), false, "between the two: a move, only for long runs");
  assert.equal(t.take(160, 10, 170, true), true);
  assert.deepEqual([t.size, t.find(159), t.find(160), t.find(169)], [3, 0, 170, 179]);
});

test("KeyIntervals: a run that meets an integer put in the key table is refused", () => {
  const t = new KeyIntervals();
  t.tabled(50);
  t.tabled(70);
  assert.equal(t.take(1, 50, 1, true), false, "meets 50");
  assert.equal(t.take(1, 49, 1, true), true);
  assert.equal(t.take(60, 5, 100, true), false, "within the table's range");
  assert.equal(t.take(71, 5, 100, true), true);
});
