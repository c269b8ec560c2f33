// File and standard-input byte sources.
import { createReadStream } from "node:fs";
import type { ByteSource } from "../types.js";

// why 1 MiB reads: each read is a round trip through libuv's thread pool and a stream turn; at 64 KiB they cost
// ~0.2 s of CPU per 100 MB, at 1 MiB ~0.05 s. decode() hands the text on in 64 KiB pieces (see TEXT_PIECE there).
const CHUNK = 1024 * 1024;

export function fileSource(path: string, stat: { size: number; mtimeMs: number }, uri = path): ByteSource {
  return {
    uri,
    path,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    etag: null,
    open: (signal) => createReadStream(path, { highWaterMark: CHUNK, signal }) as AsyncIterable<Buffer>,
  };
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
