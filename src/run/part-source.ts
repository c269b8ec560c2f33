// Byte ranges of one file or s3:// object for --part: small reads (to find line breaks) and a part's range as a local file, fetched with a ranged GET.
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ByteSource } from "../types.js";
import { IngestError, describeSystemError } from "../defects/errors.js";

export interface RangeSource {
  uri: string;
  size: number;
  /** Up to `length` bytes from `at` (fewer at the end). */
  read(at: number, length: number): Promise<Buffer>;
  /** A local path whose bytes [from, to) are the object's (a file: itself; S3: a sparse copy of the range). */
  local(from: number, to: number): Promise<{ path: string; done(): Promise<void> }>;
}

export function rangeSourceOf(source: ByteSource): RangeSource {
  if (source.size === null) throw new IngestError("usage", `--part: ${source.uri} has no known size (standard input cannot be read in parts)`);
  if (source.path !== undefined) return fileRanges(source.path, source.uri, source.size);
  if (/^s3:\/\//i.test(source.uri)) return s3Ranges(source);
  throw new IngestError("usage", `--part reads a file or an s3:// object, not ${source.uri}`);
}

function fileRanges(path: string, uri: string, size: number): RangeSource {
  return {
    uri, size,
    async read(at, length) {
      const fh = await open(path, "r").catch((e) => { throw new IngestError("input", describeSystemError(e)); });
      try {
        const buf = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
        const { bytesRead } = await fh.read(buf, 0, buf.length, at);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
    async local() { return { path, done: async () => undefined }; },
  };
}

function s3Ranges(source: ByteSource): RangeSource {
  const size = source.size!;
  const get = async (from: number, to: number) => {
    const { createS3Client, parseS3Url, classifyS3Error } = await import("../source/s3.js");
    const { GetObjectCommand } = await import("@aws-sdk/client-s3");
    const { bucket, key } = parseS3Url(source.uri);
    try {
      // why IfMatch: every part must read the same object; one replaced meanwhile answers 412 (exit 3, run again)
      const r = await createS3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${from}-${to - 1}`, ...(source.etag ? { IfMatch: source.etag } : {}) }));
      return r.Body as unknown as AsyncIterable<Uint8Array>;
    } catch (e) {
      const c = classifyS3Error(e);
      throw new IngestError(c.transient ? "input-transient" : "input", `${source.uri}: ${c.reason}`, { cause: e });
    }
  };
  return {
    uri: source.uri, size,
    async read(at, length) {
      const to = Math.min(size, at + length);
      if (to <= at) return Buffer.alloc(0);
      const parts: Buffer[] = [];
      for await (const c of await get(at, to)) parts.push(Buffer.from(c));
      return Buffer.concat(parts);
    },
    async local(from, to) {
      // why a sparse file of the object's size: the part reads it at the object's own offsets, so its byte offsets
      // and bounds are the object's; only the range takes disk space, and it streams through, never held whole
      const dir = await mkdtemp(join(tmpdir(), "ingest-part-"));
      const path = join(dir, "range");
      const fh = await open(path, "w");
      try {
        await fh.truncate(size);
        let at = from;
        if (to > from) for await (const c of await get(from, to)) { await fh.write(c, 0, c.length, at); at += c.length; }
        if (at !== to) throw new IngestError("input-transient", `${source.uri}: the ranged read ended after ${at - from} of ${to - from} bytes`);
      } finally {
        await fh.close();
      }
      return { path, done: () => rm(dir, { recursive: true, force: true }) };
    },
  };
}

/** The first offset just after a line break at or after `target` (the object's size when there is none). */
export async function lineStartAfter(src: RangeSource, target: number): Promise<number> {
  let at = target;
  while (at < src.size) {
    const buf = await src.read(at, 64 * 1024);
    if (buf.length === 0) break;
    const nl = buf.indexOf(10);
    if (nl >= 0) return at + nl + 1;
    at += buf.length;
  }
  return src.size;
}

/** Part i (0-based) of n: [start, end), each just after a line break near i·size/n, as the thread splitter cuts. */
export async function partRange(src: RangeSource, i: number, n: number): Promise<{ start: number; end: number }> {
  const step = Math.ceil(src.size / n);
  const start = i === 0 ? 0 : await lineStartAfter(src, Math.min(src.size, step * i));
  const end = i === n - 1 ? src.size : await lineStartAfter(src, Math.min(src.size, step * (i + 1)));
  return { start, end: Math.max(start, end) };
}

/** Line starts after `end`, within `window` bytes: where a part may stop once a record that crossed its end is done. */
export async function boundsAfter(src: RangeSource, end: number, window: number, max = 4096): Promise<number[]> {
  if (end >= src.size) return [src.size];
  const buf = await src.read(end, window);
  const out = [end];
  for (let i = buf.indexOf(10); i >= 0 && out.length < max; i = buf.indexOf(10, i + 1)) out.push(end + i + 1);
  return out;
}
