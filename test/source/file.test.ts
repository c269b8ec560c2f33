// fileSource: a small regular file is read whole without a ReadStream, and gives the same bytes as one whatever happens to the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ReadStream, appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMALL_FILE, fileSource } from "../../src/source/file.js";

const CLEAN = "fixtures/clean.csv";

async function chunks(it: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const b of it) out.push(b);
  return out;
}

function withDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "ic-file-"));
    try { await fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
}

test("fileSource reads a small regular file in one chunk, without a ReadStream", async () => {
  const it = fileSource(CLEAN, statSync(CLEAN)).open();
  assert.ok(!(it instanceof ReadStream));
  const got = await chunks(it);
  assert.equal(got.length, 1);
  assert.deepEqual(got[0], readFileSync(CLEAN));
});

test("fileSource streams a file one byte over SMALL_FILE (near miss), and a stat that does not say regular file", withDir(async (dir) => {
  const big = join(dir, "big.csv");
  writeFileSync(big, Buffer.alloc(SMALL_FILE + 1, 0x61));
  const it = fileSource(big, statSync(big)).open();
  assert.ok(it instanceof ReadStream);
  assert.equal(Buffer.concat(await chunks(it)).length, SMALL_FILE + 1);
  const st = statSync(CLEAN);
  assert.ok(fileSource(CLEAN, { size: st.size, mtimeMs: st.mtimeMs }).open() instanceof ReadStream);
}));

test("fileSource with a signal already aborted fails as a ReadStream does", async () => {
  const c = new AbortController();
  c.abort();
  const it = fileSource(CLEAN, statSync(CLEAN)).open(c.signal);
  assert.ok(it instanceof ReadStream);
  await assert.rejects(chunks(it), { name: "AbortError" });
});

test("fileSource reads all of a small file that grew after its stat, and of one whose stat said 0 bytes (/proc)", withDir(async (dir) => {
  const p = join(dir, "growing.csv");
  writeFileSync(p, "a,b\n1,2\n");
  const st = statSync(p);
  appendFileSync(p, Buffer.alloc(3 * 1024 * 1024, 0x62));
  assert.deepEqual(Buffer.concat(await chunks(fileSource(p, st).open())), readFileSync(p));
  const zero = { size: 0, mtimeMs: st.mtimeMs, isFile: () => true };
  assert.deepEqual(Buffer.concat(await chunks(fileSource(p, zero).open())), readFileSync(p));
}));

test("fileSource closes the file when a reader stops early, small or grown", { skip: !safeFdCount() && "no /proc/self/fd" }, withDir(async (dir) => {
  const p = join(dir, "grown.csv");
  writeFileSync(p, "x\n");
  const st = statSync(p);
  appendFileSync(p, Buffer.alloc(200_000, 0x63));
  const before = safeFdCount();
  for (const s of [st, statSync(CLEAN)]) {
    for await (const _ of fileSource(s === st ? p : CLEAN, s).open()) break;
  }
  assert.equal(safeFdCount(), before);
}));

test("fileSource of a file removed after its stat fails with the system's error", withDir(async (dir) => {
  const p = join(dir, "gone.csv");
  writeFileSync(p, "a\n");
  const st = statSync(p);
  rmSync(p);
  await assert.rejects(chunks(fileSource(p, st).open()), { code: "ENOENT" });
}));

function safeFdCount(): number {
  try { return readdirSync("/proc/self/fd").length; } catch { return 0; }
}
