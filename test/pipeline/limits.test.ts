// Limits the pipeline guarantees (SPEC section 8): an endless line, a decompression bomb, a truncated gzip.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { check } from "../../src/index.js";
import type { Report } from "../../src/types.js";
import { assertReport, ROOT } from "../helpers/report.js";

const dir = mkdtempSync(join(tmpdir(), "ic-limits-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("pipeline limits", () => {
  it("a 64 MiB line without a break is skipped as row-too-large with bounded memory, and the next record is read", () => {
    const path = join(dir, "endless-line.csv");
    const fd = openSync(path, "w");
    writeSync(fd, "id,name\n1,a\n2,");
    const mib = Buffer.alloc(1024 * 1024, "x");
    for (let i = 0; i < 64; i++) writeSync(fd, mib);
    writeSync(fd, "\n3,c\n");
    closeSync(fd);
    // why the heap cap: without it V8 lets garbage pile up before collecting, so RSS measures GC laziness, not what is held;
    // a 64 MB heap cannot hold the 64 MiB line whole, so finishing at all proves it is never read into memory whole
    // why 300 s: a guard against a hang, not a timed assertion; the run takes ~14 s at load 5 but went past 120 s at load ~20
    const r = spawnSync(process.execPath, ["--max-old-space-size=64", "--import", "tsx", join(ROOT, "test/helpers/measure-check.ts"), path], { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024, timeout: 300_000 });
    assert.equal(r.status, 0, r.stderr);
    const { rssGrowth, report } = JSON.parse(r.stdout) as { rssGrowth: number; report: Report };
    rmSync(path);
    assertReport(report);
    const f = report.files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.row, d.line, d.byteOffset]), [["row-too-large", 2, 3, 12]]);
    assert.deepEqual(f.rows, { total: 3, valid: 2, invalid: 1 });
    assert.ok(rssGrowth < 200 * 1024 * 1024, `RSS grew by ${(rssGrowth / 1048576).toFixed(0)} MiB reading a 64 MiB line`);
  });

  it("decompression-limit: a gzip bomb stops at decompression.maxBytes; the file is partial and not ok", async () => {
    const path = join(dir, "bomb.csv.gz");
    const body = Buffer.alloc(32 * 1024 * 1024, "a,b\n");
    writeFileSync(path, gzipSync(Buffer.concat([Buffer.from("x,y\n"), body])));
    const report = await check([path], { decompression: { maxBytes: 1024 * 1024 } });
    assertReport(report);
    const f = report.files[0];
    const limit = f.defects.filter((d) => d.code === "decompression-limit");
    assert.equal(limit.length, 1);
    assert.deepEqual([limit[0].row, limit[0].line, limit[0].severity], [null, null, "error"]);
    assert.equal(f.partial, true);
    assert.equal(report.ok, false);
    // reading stopped near the limit: not the 8 M records the bomb holds
    assert.ok(f.rows.total > 0 && f.rows.total < 400_000, `${f.rows.total} rows read`);
    assert.ok((f.bytes ?? 0) <= 2 * 1024 * 1024, `${f.bytes} bytes read`);
  });

  it("decompression-limit: the ratio limit past its floor", async () => {
    const path = join(dir, "ratio.csv.gz");
    writeFileSync(path, gzipSync(Buffer.concat([Buffer.from("x,y\n"), Buffer.alloc(8 * 1024 * 1024, "a,b\n")])));
    const report = await check([path], { decompression: { maxRatio: 50, ratioFloor: 1024 * 1024 } });
    assertReport(report);
    assert.deepEqual(report.files[0].defects.map((d) => d.code), ["decompression-limit"]);
    assert.match(report.files[0].defects[0].message, /50:1/);
  });

  it("a small .gz within the limits is read whole, with bytes counted after decompression", async () => {
    const path = join(dir, "small.csv.gz");
    const csv = "id,name\n1,a\n2,b\n";
    writeFileSync(path, gzipSync(Buffer.from(csv)));
    const report = await check([path]);
    assertReport(report);
    assert.deepEqual(report.files[0].rows, { total: 2, valid: 2, invalid: 0 });
    assert.equal(report.files[0].bytes, csv.length);
    assert.equal(report.ok, true);
  });

  it("a truncated gzip is a source-error, never a shorter success", async () => {
    const path = join(dir, "truncated.csv.gz");
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},name ${i * 7919 % 10007}\n`).join("");
    const gz = gzipSync(Buffer.from("id,name\n" + rows));
    writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const report = await check([path]);
    assertReport(report);
    const f = report.files[0];
    assert.equal(f.byCode["source-error"], 1);
    assert.match(f.defects.find((d) => d.code === "source-error")!.message, /truncated|unexpected end/i);
    assert.equal(report.ok, false);
    assert.ok(f.rows.total < 5000, "the rows after the cut were not invented");
  });
});
