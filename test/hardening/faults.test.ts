// Faults: sources that fail or end early are source-errors, failed writes (ENOSPC, EACCES) are exit 2 with the old file intact.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { createWriteStream, readdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { open as realOpen, rename as realRename, unlink as realUnlink } from "node:fs/promises";
import { Writable } from "node:stream";
import { join } from "node:path";
import { createGzip, gzipSync } from "node:zlib";
import { check, prepare } from "../../src/index.js";
import { validateSource } from "../../src/pipeline/validate.js";
import { exitCodeOf, buildReport } from "../../src/pipeline/run.js";
import { bufferSource } from "../../src/source/file.js";
import type { ByteSource, FileReport } from "../../src/types.js";
import type { WriteFs } from "../../src/report/write.js";
import { assertReport } from "../helpers/report.js";
import { runChild, runMain, tempDir } from "./helpers.js";

const { dir, cleanup } = tempDir("faults");
after(cleanup);

const CSV = "id,name\n" + Array.from({ length: 2000 }, (_, i) => `${i},name${i}`).join("\n") + "\n";

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall });
}

async function validate(source: ByteSource, options: Parameters<typeof prepare>[0] = {}): Promise<FileReport> {
  const ro = await prepare(options);
  const f = await validateSource(source, ro);
  assertReport(buildReport([f], ro));
  return f;
}

/** A source that yields `parts` and then either throws `fail` or just ends. */
function flakySource(uri: string, parts: Buffer[], size: number | null, fail: Error | null): ByteSource {
  return {
    uri, size, mtimeMs: null, etag: null,
    open: async function* () {
      for (const b of parts) yield b;
      if (fail) throw fail;
    },
  };
}

describe("hardening: sources that fail mid-way", () => {
  const bytes = Buffer.from(CSV);
  const half = [bytes.subarray(0, 4000), bytes.subarray(4000, 8000)];

  it("a stream that errors mid-way is a source-error (exit 2), never a shorter success", async () => {
    const f = await validate(flakySource("flaky.csv", half, bytes.length, errno("ECONNRESET", "read")));
    assert.equal(f.byCode["source-error"], 1);
    assert.equal(f.partial, true);
    assert.equal(exitCodeOf([f], "error"), 2);
    assert.equal(exitCodeOf([f], "none"), 2, "whatever --fail-on says");
    assert.equal(f.sha256, null, "no hash of bytes that were not all read");
  });

  it("an object stream that ends early without an error is a source-error (its size was known)", async () => {
    const f = await validate(flakySource("s3://bucket/cut.csv", half, bytes.length, null));
    assert.equal(f.byCode["source-error"], 1, JSON.stringify(f.defects));
    assert.match(f.defects.find((d) => d.code === "source-error")!.message, /ended after 8000 of its \d+ bytes/);
    assert.equal(exitCodeOf([f], "error"), 3, "a remote input that ends early may pass on retry: exit 3");
    const local = await validate(flakySource("cut.csv", half, bytes.length, null));
    assert.equal(exitCodeOf([local], "error"), 2);
  });

  it("the same bytes whole are a success (the check above is not a false alarm)", async () => {
    const f = await validate(bufferSource("whole.csv", [bytes.subarray(0, 4000), bytes.subarray(4000)]));
    assert.equal(f.byCode["source-error"], undefined);
    assert.equal(f.rows.total, 2000);
    assert.equal(exitCodeOf([f], "error"), 0);
  });

  it("a gzip stream that errors after its first block is a source-error", async () => {
    const gz = gzipSync(Buffer.from(CSV.repeat(50)));
    const f = await validate(flakySource("flaky.csv.gz", [gz.subarray(0, 2000)], gz.length, errno("ETIMEDOUT", "read")));
    assert.equal(f.byCode["source-error"], 1);
    assert.equal(exitCodeOf([f], "error"), 2);
  });

  it("a truncated .gz file through the CLI: exit 2, one clear line, no stack trace, no shorter success", async () => {
    const path = join(dir, "truncated.csv.gz");
    const gz = gzipSync(Buffer.from(CSV.repeat(20)));
    writeFileSync(path, gz.subarray(0, Math.floor(gz.length / 2)));
    const r = await runMain([path, "-q", "-f", "json"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /truncated\.csv\.gz: could not read the input: the gzip stream is truncated/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const report = JSON.parse(r.stdout);
    assertReport(report);
    assert.equal(report.ok, false);
  });
});

describe("hardening: decompression bomb accounting", () => {
  it("the ratio counts compressed bytes the inflater consumed, not bytes read ahead: a 1000:1+ bomb stops early", async () => {
    // 256 MiB of zeros in ~250 KB of gzip, handed over as ONE buffer: counting bytes read (the whole file at once)
    // would allow 1000 × 250 KB ≈ the whole 256 MiB before the ratio could trip
    const chunks: Buffer[] = [];
    const gz = createGzip({ level: 9 });
    gz.on("data", (c: Buffer) => chunks.push(c));
    const zeros = Buffer.alloc(1024 * 1024, 0x30);
    gz.write("a\n");
    for (let i = 0; i < 256; i++) if (!gz.write(zeros)) await new Promise((r) => gz.once("drain", r));
    await new Promise((r) => gz.end(r));
    const bomb = Buffer.concat(chunks);
    const f = await validate(bufferSource("bomb.csv.gz", bomb), { decompression: { ratioFloor: 1024 * 1024 } });
    assert.equal(f.byCode["decompression-limit"], 1, JSON.stringify(f.byCode));
    assert.ok(f.bytes! < 32 * 1024 * 1024, `stopped after ${f.bytes} bytes, not near the 256 MiB`);
    assert.equal(f.partial, true);
    assert.equal(exitCodeOf([f], "none"), 0, "a data defect, not a source-error: --fail-on decides");
  });
});

describe("hardening: an over-wide header", () => {
  it("a header past maxColumns is one row-too-large defect; every record is still counted", async () => {
    const path = join(dir, "wide.csv");
    const wide = Array.from({ length: 101 }, (_, i) => `c${i}`).join(",");
    writeFileSync(path, `${wide}\n${"1,".repeat(100)}1\n${"2,".repeat(100)}2\n`);
    const r = await check([path], { maxColumns: 100 });
    assertReport(r);
    const f = r.files[0];
    assert.equal(f.byCode["row-too-large"], 1);
    assert.match(f.defects[0].message, /header has 101 columns, more than the limit of 100/);
    assert.deepEqual(f.rows, { total: 2, valid: 0, invalid: 2 });
    const ok = await check([path], { maxColumns: 101 });
    assert.equal(ok.files[0].byCode["row-too-large"], undefined, "at the limit the header is used");
    assert.equal(ok.files[0].columns.length, 101);
  });
});

// ---------------------------------------------------------------- outputs

/** The real calls, with `hook` deciding which one fails. */
function faultyFs(hook: { open?: boolean; write?: string; rename?: string; stream?: string }): WriteFs {
  return {
    open: (async (path: string, flags: string) => {
      if (hook.open) throw errno("EACCES", "open");
      const fh = await realOpen(path, flags);
      if (!hook.write) return fh;
      // a disk that fills up half-way: half the text reaches the temporary file, then ENOSPC
      return Object.assign(Object.create(fh), {
        writeFile: async (data: string | Buffer) => { await fh.writeFile(String(data).slice(0, String(data).length / 2)); throw errno(hook.write!, "write"); },
        sync: () => fh.sync(),
        close: () => fh.close(),
      });
    }) as WriteFs["open"],
    rename: (async (a: string, b: string) => { if (hook.rename) throw errno(hook.rename, "rename"); return realRename(a, b); }) as WriteFs["rename"],
    unlink: realUnlink,
    createWriteStream: ((path: string) => {
      const ws = createWriteStream(path);
      if (!hook.stream) return ws;
      let written = 0;
      const origWrite = ws.write.bind(ws);
      // fails once 4 KB have gone to the temporary file, as a full disk would
      ws.write = ((chunk: string, ...rest: never[]) => {
        written += chunk.length;
        if (written > 4096) { process.nextTick(() => ws.destroy(errno(hook.stream!, "write"))); return false; }
        return origWrite(chunk, ...rest);
      }) as typeof ws.write;
      return ws;
    }) as WriteFs["createWriteStream"],
  };
}

/** A fresh folder with an input and the previous run's outputs. */
function scene(tag: string) {
  const d = join(dir, tag);
  const { mkdirSync } = require_fs;
  mkdirSync(d);
  const input = join(d, "data.csv");
  writeFileSync(input, "id,age\n" + Array.from({ length: 3000 }, (_, i) => `${i},${i % 7 === 0 ? "x" : i}`).join("\n") + "\n");
  const out = { report: join(d, "report.json"), html: join(d, "report.html"), clean: join(d, "clean.csv"), rejects: join(d, "rejects.csv") };
  for (const p of Object.values(out)) writeFileSync(p, `previous ${p}\n`);
  const untouched = (which: Array<keyof typeof out>) => { for (const k of which) assert.equal(readFileSync(out[k], "utf8"), `previous ${out[k]}\n`, `${k} left as before`); };
  const noTmp = () => assert.deepEqual(readdirSync(d).filter((n) => n.endsWith(".tmp")), [], "no temporary file left behind");
  const argv = [input, "-q", "-f", "json", "--report", out.report, "--html", out.html, "--clean", out.clean, "--rejects", out.rejects];
  return { d, input, out, untouched, noTmp, argv };
}
import * as require_fs from "node:fs";

describe("hardening: output faults (injected at the file-writing layer; CI runs as root)", () => {
  // Outputs are committed in order (--clean, --rejects, --report, --html), each atomically: the one that fails and
  // those after it keep their previous content; those before it were already replaced by this run.
  type Out = "report" | "html" | "clean" | "rejects";
  for (const [name, hook, expect, kept] of [
    ["ENOSPC while writing --report", { write: "ENOSPC" }, /cannot write .*report\.json: no space left on device/, ["report", "html"]],
    ["EACCES creating the temporary file", { open: true }, /cannot write .*report\.json: permission denied/, ["report", "html"]],
    ["EACCES on the rename", { rename: "EACCES" }, /cannot write .*clean\.csv: permission denied/, ["clean", "rejects", "report", "html"]],
    ["ENOSPC while streaming --clean/--rejects", { stream: "ENOSPC" }, /cannot write .*clean\.csv: no space left on device/, ["clean", "rejects", "report", "html"]],
  ] as Array<[string, Parameters<typeof faultyFs>[0], RegExp, Out[]]>) {
    it(`${name}: exit 2, a clear message, the previous outputs untouched, no .tmp left`, async () => {
      const s = scene(name.replace(/\W+/g, "-"));
      const r = await runMain(s.argv, { writeFs: faultyFs(hook) });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, expect);
      assert.equal(r.stderr.trim().split("\n").length, 1, `one line: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
      s.untouched(kept);
      s.noTmp();
    });
  }

  it("without a fault the same run replaces all four outputs (the scene is not rigged to pass)", async () => {
    const s = scene("no-fault");
    const r = await runMain(s.argv, { writeFs: faultyFs({}) });
    assert.equal(r.code, 0, r.stderr);
    for (const p of Object.values(s.out)) assert.doesNotMatch(readFileSync(p, "utf8"), /^previous/);
    s.noTmp();
  });

  it("a slow disk is waited for: --clean does not buffer the file in memory (backpressure)", async () => {
    const path = join(dir, "backpressure.csv");
    const fd = openSync(path, "w");
    writeSync(fd, "id,name,note\n");
    const block = Array.from({ length: 20000 }, (_, i) => `${i},name${i},some text to make the line longer`).join("\n") + "\n";
    for (let i = 0; i < 8; i++) writeSync(fd, block); // ~8 MB
    closeSync(fd);
    let maxBuffered = 0;
    let total = 0;
    const slowFs: WriteFs = {
      open: realOpen, rename: realRename, unlink: realUnlink,
      createWriteStream: ((p: string) => {
        const fdOut = openSync(p, "w");
        // a disk of ~4 MB/s: each batch completes after a delay proportional to its size
        const w = new Writable({
          highWaterMark: 16 * 1024,
          writev(chunks, cb) {
            let n = 0;
            for (const { chunk } of chunks) { const b = Buffer.from(chunk as string); writeSync(fdOut, b); n += b.length; }
            total += n;
            setTimeout(cb, Math.ceil(n / 4096));
          },
          final(cb) { closeSync(fdOut); cb(); },
        });
        const orig = w.write.bind(w);
        w.write = ((...a: Parameters<typeof w.write>) => { const ok = orig(...a); maxBuffered = Math.max(maxBuffered, w.writableLength); return ok; }) as typeof w.write;
        return w;
      }) as unknown as WriteFs["createWriteStream"],
    };
    const clean = join(dir, "bp.clean.csv");
    const r = await runMain([path, "-q", "-f", "json", "--clean", clean], { writeFs: slowFs });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(total > 7_000_000, `wrote ${total} bytes`);
    // a batch (one decoded chunk of records, about 1 MB) may sit in the buffer, never the whole ~8 MB
    assert.ok(maxBuffered < 3 * 1024 * 1024, `at most ${maxBuffered} bytes were buffered`);
    assert.equal(readFileSync(clean, "utf8").length, readFileSync(path, "utf8").length);
  });
});

describe("hardening: the real CLI on an output it cannot write", () => {
  it("a --report path in a missing folder is exit 2 with one clear line", async () => {
    const input = join(dir, "small.csv");
    writeFileSync(input, "a,b\n1,2\n");
    const r = await runChild([input, "-q", "-f", "json", "--report", join(dir, "no-such-folder", "r.json")]);
    assert.equal(r.code, 2);
    // checked before the input is read (src/pipeline/outputs.ts), so the run does not end in a failed write
    assert.match(r.stderr, /^ingest-check: --report .*r\.json: the folder .*no-such-folder does not exist\n$/);
  });
});
