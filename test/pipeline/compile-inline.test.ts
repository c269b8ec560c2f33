// compile-inline.ts: workers started through startCompilingInline compile optimized code on their own thread; V8's default is back once they run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { startCompilingInline } from "../../src/pipeline/compile-inline.js";

/** A worker that answers whether its isolate compiles optimized code on a background thread (V8's default). */
const ASK = `const v8 = require("node:v8");
v8.setFlagsFromString("--allow-natives-syntax");
require("node:worker_threads").parentPort.postMessage(new Function("return %IsConcurrentRecompilationSupported()")());`;
const asker = () => new Worker(ASK, { eval: true });

async function answer(w: Worker): Promise<boolean> {
  const [m] = await once(w, "message");
  await w.terminate();
  return m as boolean;
}

test("startCompilingInline: its workers compile on their own threads; a worker started once they run compiles in the background", async () => {
  // two at once, as a split over three threads starts them: the first to run must not put the default back early
  const inline = [startCompilingInline(asker), startCompilingInline(asker)];
  const answers = inline.map(answer);
  await Promise.all(inline.map((w) => once(w, "online")));
  const plain = asker();
  assert.deepEqual(await Promise.all(answers), [false, false]);
  assert.equal(await answer(plain), true, "the near miss: V8's default is back for a worker started later");
});
