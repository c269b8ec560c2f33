// part-plan.ts: parts of one size, then shrinking ones; the split with that tail still gives the one-pass report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { PART_MAX, PART_MIN, partTargets } from "../../src/pipeline/part-plan.js";
import type { Defect } from "../../src/index.js";
import { splitInfo, withoutTimes } from "../helpers/split.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

/** The parts' sizes for a plan's targets. */
function sizes(size: number, targets: number[]): number[] {
  const ends = [...targets, size];
  return ends.map((e, i) => e - (i === 0 ? 0 : ends[i - 1]));
}

test("partTargets: a 1 GB file over two threads ends in parts of at most PART_MIN, shrinking toward the end", () => {
  const parts = sizes(1e9, partTargets(1e9, 2, null));
  assert.ok(parts[parts.length - 1] <= PART_MIN, `last part ${parts[parts.length - 1]} bytes`);
  assert.ok(parts[0] >= 32e6, `the first parts stay large: ${parts[0]} bytes`);
  for (let i = 1; i < parts.length; i++) assert.ok(parts[i] <= parts[i - 1], `part ${i} (${parts[i]}) no larger than the one before`);
  assert.ok(parts.length < 45, `${parts.length} parts`);
});

test("partTargets: given partBytes (a near miss: tests ask for equal parts), every part is the same size", () => {
  assert.deepEqual(partTargets(1000, 2, 97), [100, 200, 300, 400, 500, 600, 700, 800, 900]);
  assert.deepEqual(partTargets(1e9, 2, 32e6).length + 1, Math.round(1e9 / 32e6));
});

test("partTargets: any size and thread count gives increasing cuts inside the file, no part over PART_MAX or under half the least", () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 4e9 }), fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: PART_MIN }), (size, threads, min) => {
    const t = partTargets(size, threads, null, min);
    const parts = sizes(size, t);
    for (let i = 0; i < t.length; i++) assert.ok(t[i] > (i ? t[i - 1] : 0) && t[i] < size);
    for (const p of parts) assert.ok(p <= Math.max(PART_MAX, min) && (parts.length === 1 || p >= Math.floor(min / 2)), `part ${p} of ${parts}`);
    if (parts.length > 1) assert.ok(parts[parts.length - 1] <= min + 1, `last part ${parts[parts.length - 1]}`);
  }), { numRuns: 300 });
});

test("split: the default plan's shrinking tail (cuts inside quoted line breaks) gives the one-pass report and stream", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-plan-"));
  try {
    const schema = join(dir, "schema.json");
    writeFileSync(schema, JSON.stringify({
      fields: [
        { name: "id", type: "integer", constraints: { required: true } }, { name: "name", type: "string" },
        { name: "amount", type: "number", constraints: { minimum: 0 } }, { name: "day", type: "date" },
        { name: "note", type: "string", constraints: { maxLength: 40 } },
      ],
      missingValues: [""],
    }));
    const file = "fixtures/split/tail-of-shrinking-parts.csv";
    const oneStream: Defect[] = [];
    const one = await check(file, { schema, jobs: 1, onDefect: (d) => oneStream.push(d) });
    assert.ok(one.files[0].rows.invalid > 5, "the file has defects to compare");
    for (const partMin of [16, 40, 90]) {
      const splitStream: Defect[] = [];
      const split = await check(file, { schema, jobs: 2, split: { minBytes: 1, partMin }, onDefect: (d) => splitStream.push(d) });
      assert.deepEqual(withoutTimes(split), withoutTimes(one), `parts of at least ${partMin} bytes`);
      assert.deepEqual(splitStream, oneStream, `streamed defects, parts of at least ${partMin} bytes`);
      assert.ok(splitInfo(split).parts > 3, `parts of at least ${partMin} bytes: ${splitInfo(split).parts} parts`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
