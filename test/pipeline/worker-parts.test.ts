// worker.ts: a worker sent two parts runs them one after the other, posting the first's result before it reads the second.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkerMessage } from "../../src/pipeline/worker.js";
// why the build: the worker is plain JavaScript there (as in test/helpers/split.ts)
const { startWorker, workerSpec } = await import("../../dist/src/pipeline/pool.js") as typeof import("../../src/pipeline/pool.js");

const dir = mkdtempSync(join(tmpdir(), "ic-worker-parts-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

test("worker: of two parts sent at once, the first's result comes before anything of the second", async () => {
  const schema = join(dir, "schema.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "n", type: "integer" }] }));
  // every row a type-error, so each part streams its defects in batches (512 a message) while it runs
  const body = Array.from({ length: 3000 }, (_, i) => `x${i}`).join("\n") + "\n";
  const file = join(dir, "bad.csv");
  writeFileSync(file, `n\n${body}${body}`);
  const cut = 2 + body.length, size = cut + body.length;
  const encoding = { name: "utf-8", confidence: 1, bom: false, how: "sniffed", uncertain: false };
  const dialect = { delimiter: ",", quote: '"', escape: null, lineTerminator: "\n", header: true, skipRows: 0, comment: null, how: "sniffed", uncertain: false };
  const header = { names: ["n"], line: 1, present: true };
  const part = (start: number, end: number) => ({ path: file, uri: file, start, bounds: [end], size, encoding, dialect, header });
  const w = startWorker(workerSpec()!);
  try {
    const seen: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      w.on("message", (m: WorkerMessage) => {
        if (m.type === "failed") reject(new Error(m.error.message));
        seen.push(`${m.type} ${"id" in m ? m.id : ""}`);
        if (m.type === "part-done" && m.id === 2) resolve();
      });
      w.on("error", reject);
    });
    for (const [id, p] of [[1, part(0, cut)], [2, part(cut, size)]] as const) {
      w.postMessage({ id, path: file, uri: file, options: { schema }, streamDefects: true, progress: false, part: p });
    }
    await done;
    const firstDone = seen.indexOf("part-done 1"), secondDrafts = seen.indexOf("part-drafts 2");
    assert.ok(firstDone >= 0 && secondDrafts >= 0, seen.join(", "));
    assert.ok(seen.filter((s) => s === "part-drafts 1").length >= 5, "the first part streamed its defects in batches");
    assert.ok(firstDone < secondDrafts, `the first part's result came first: ${seen.join(", ")}`);
  } finally {
    await w.terminate();
  }
});
