// heap.ts collectGarbage: a full collection on request, without leaving a `gc` global behind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setImmediate as tick } from "node:timers/promises";
import { collectGarbage } from "../../src/pipeline/heap.js";

test("collectGarbage frees an object nothing holds, and exposes no gc()", async () => {
  let held: object | null = { payload: new Array(1000).fill(1) };
  const ref = new WeakRef(held);
  held = null;
  await tick(); // a WeakRef's target stays alive until the job that made it ends
  assert.equal(collectGarbage(), true);
  assert.equal(ref.deref(), undefined, "the object was collected");
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, "undefined");
  const { runInNewContext } = await import("node:vm");
  assert.equal(runInNewContext("typeof gc"), "undefined", "later contexts get no gc either");
});
