// checkStream(): a consumer that leaves early stops the run — split workers terminated, the file closed (QA 2026-12-01 item 9).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const { checkStream } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

/** File descriptors of this process open on `path` (Linux /proc). */
const fdsOn = (path: string): number => readdirSync("/proc/self/fd").filter((fd) => {
  try { return readlinkSync(`/proc/self/fd/${fd}`) === path; } catch { return false; }
}).length;
const threads = (): number => Number(/Threads:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))![1]);

test("break on a split file: after the loop the workers are gone, the file is closed, and no defect arrives any more", { skip: process.platform !== "linux" && "reads /proc" }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-stream-"));
  try {
    const file = join(dir, "big.csv");
    const lines = ["id,n"];
    for (let i = 0; i < 200_000; i++) lines.push(`${i},${i % 10 ? i : "x"}`);
    writeFileSync(file, lines.join("\n") + "\n");
    writeFileSync(join(dir, "s.json"), '{"fields":[{"name":"id","type":"integer"},{"name":"n","type":"integer"}]}');
    const options = { schema: join(dir, "s.json"), jobs: 2, split: { minBytes: 1, partBytes: 64 * 1024 } };
    // a first full run starts the thread pools Node keeps (libuv's), so the count after the break compares like with like
    let files = 0;
    for await (const item of checkStream(file, options)) if (item.type === "file") files++;
    assert.equal(files, 1);
    const before = threads();

    let defectsSeen = 0;
    let first: string | null = null;
    for await (const item of checkStream(file, { ...options, onDefect: () => { defectsSeen++; } })) {
      first = item.type;
      break;
    }
    assert.equal(first, "defect");
    assert.equal(fdsOn(file), 0, "the file is closed when the loop has left");
    assert.equal(threads(), before, "the split workers are terminated");
    const seen = defectsSeen;
    await sleep(300);
    assert.equal(defectsSeen, seen, "no part is read after the break");
    assert.ok(seen < 20_000, `only the defects read before the break were streamed (${seen} of 20000)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("break on a one-pass input closes it as well", { skip: process.platform !== "linux" && "reads /proc" }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-stream-"));
  try {
    const file = join(dir, "small.csv");
    writeFileSync(file, "a,b\n1,2,3\n4,5,6\n");
    for await (const item of checkStream(file, { jobs: 1 })) { assert.equal(item.type, "defect"); break; }
    assert.equal(fdsOn(file), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
