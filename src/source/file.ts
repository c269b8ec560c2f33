// File and standard-input byte sources.
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import type { ByteSource } from "../types.js";

// why 1 MiB reads: each read is a round trip through libuv's thread pool and a stream turn; at 64 KiB they cost
// ~0.2 s of CPU per 100 MB, at 1 MiB ~0.05 s. decode() hands the text on in 64 KiB pieces (see TEXT_PIECE there).
const CHUNK = 1024 * 1024;

/**
 * A regular file up to this size is read with synchronous reads, not a ReadStream. why: for a small file the stream's
 * machinery is most of the reading (V8 compiles Node's ReadStream code at its first use: ~10 M instructions of a 1 KB
 * run, README "Start-up, sixth step"), and a read of 64 KiB from the page cache takes microseconds, so the event loop
 * waits no longer than it would for one stream turn.
 */
export const SMALL_FILE = 64 * 1024;

export function fileSource(path: string, stat: { size: number; mtimeMs: number; isFile?: () => boolean }, uri = path): ByteSource {
  // why only a regular file (a stat that says so): a FIFO or a device has no size to trust and may block a read
  const small = stat.size <= SMALL_FILE && stat.isFile?.() === true;
  return {
    uri,
    path,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    etag: null,
    // why a stream when the signal has fired already: it fails as it always did (the read is then an AbortError)
    open: (signal) => (small && !signal?.aborted ? smallFile(path, stat.size, signal) : createReadStream(path, { highWaterMark: CHUNK, signal })) as AsyncIterable<Buffer>,
  };
}

/**
 * The bytes of a file whose stat gave `size` (at most SMALL_FILE), in one chunk, as a ReadStream gives them; a file that
 * has grown since (a log still written; /proc files, whose stat says 0) goes on as a ReadStream from where this stopped.
 */
async function* smallFile(path: string, size: number, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const fd = openSync(path, "r");
  // why one byte more than the stat's size: a full buffer means the file grew; why its own memory (not the pool's):
  // the chunk is handed on as a stream's would be, and may be kept
  const buf = Buffer.allocUnsafeSlow(size + 1);
  let n = 0;
  try {
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n === buf.length) break;
    }
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  if (n < buf.length) {
    closeSync(fd);
    if (n > 0) yield buf.subarray(0, n);
    return;
  }
  let streaming = false; // from then on the stream owns the descriptor (and closes it, at its end or when returned early)
  try {
    yield buf;
    streaming = true;
    yield* createReadStream(path, { fd, start: n, highWaterMark: CHUNK, signal }) as AsyncIterable<Buffer>;
  } finally {
    if (!streaming) closeSync(fd);
  }
}

export function stdinSource(stream: NodeJS.ReadableStream = process.stdin): ByteSource {
  return {
    uri: "-",
    size: null,
    mtimeMs: null,
    etag: null,
    open: () => stream as AsyncIterable<Buffer>,
  };
}

/** Bytes given by a caller (tests, the library's checkStream with a Buffer). */
export function bufferSource(uri: string, data: Buffer | Buffer[]): ByteSource {
  const parts = Array.isArray(data) ? data : [data];
  return {
    uri,
    size: parts.reduce((n, b) => n + b.length, 0),
    mtimeMs: null,
    etag: null,
    open: async function* () { for (const b of parts) yield b; },
  };
}
