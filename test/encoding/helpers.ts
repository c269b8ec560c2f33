// Test helpers for the encoding stage: fixtures, chunked byte streams, collecting decoded text.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EncodingDecision, TextChunk } from "../../src/types.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/encoding");

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Yields `buf` in pieces of `size` bytes (1 = byte by byte). */
export async function* chunked(buf: Buffer, size = 65536): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

/** Yields `buf` in pieces of the given sizes, cycling. */
export async function* pieces(buf: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let i = 0;
  let k = 0;
  while (i < buf.length) {
    const n = sizes[k++ % sizes.length];
    yield buf.subarray(i, i + n);
    i += n;
  }
}

export async function collect(it: AsyncIterable<TextChunk>): Promise<TextChunk[]> {
  const out: TextChunk[] = [];
  for await (const c of it) out.push(c);
  return out;
}

export async function bytesOf(it: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of it) out.push(c);
  return Buffer.concat(out);
}

export function dec(name: string, bom = false): EncodingDecision {
  return { name, confidence: 1, bom, how: "forced", uncertain: false };
}
