// Gzip detected by its magic bytes and decompressed on the fly, with a limit against decompression bombs.
import { Readable } from "node:stream";

export interface DecompressionLimits {
  /** Largest output/input ratio once the output passes `ratioFloor` bytes. */
  maxRatio: number;
  /** Largest output in bytes. */
  maxBytes: number;
  /** The ratio is only judged past this much output, so tiny, highly repetitive files pass. */
  ratioFloor: number;
}

export const DEFAULT_DECOMPRESSION_LIMITS: DecompressionLimits = {
  maxRatio: 1000,
  maxBytes: 64 * 1024 ** 3,
  ratioFloor: 64 * 1024 * 1024,
};

/** What the decompressor saw; the pipeline reads it after the stream ends. */
export interface DecompressStatus {
  gzip: boolean;
  compressedBytes: number;
  bytes: number;
  /** Set when reading stopped at the limit: a human description of it. */
  limitHit: string | null;
}

/** Returns the input unchanged, or decompressed when it starts with the gzip magic bytes 1f 8b. */
export async function* maybeGunzip(input: AsyncIterable<Buffer>, status: DecompressStatus, limits = DEFAULT_DECOMPRESSION_LIMITS): AsyncGenerator<Buffer> {
  const it = input[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length < 2) {
    // why: a one-byte first chunk (stdin) cannot show the magic bytes yet
    const more = await it.next();
    if (more.done) break;
    first = { done: false, value: Buffer.concat([first.value, more.value]) };
  }
  if (first.done) return;
  const head = first.value;
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => it };
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    status.bytes += head.length;
    yield head;
    for await (const b of rest) { status.bytes += b.length; yield b; }
    return;
  }
  status.gzip = true;
  async function* compressed(): AsyncGenerator<Buffer> {
    status.compressedBytes += head.length;
    yield head;
    for await (const b of rest) { status.compressedBytes += b.length; yield b; }
  }
  // why lazy: node:zlib takes a few milliseconds to load, and most inputs are not gzipped
  const { createGunzip } = await import("node:zlib");
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const src = Readable.from(compressed());
  src.on("error", (e) => gunzip.destroy(e));
  src.pipe(gunzip);
  try {
    for await (const out of gunzip as AsyncIterable<Buffer>) {
      status.bytes += out.length;
      // why bytesWritten (input the inflater has consumed) and not compressedBytes (input read so far): the
      // source reads ahead by a chunk or more, and deflate's best ratio (~1032:1) is so close to the 1000:1
      // limit that counting unconsumed input let a maximal bomb run up to the 64 GiB cap instead
      const consumed = Math.max(1, gunzip.bytesWritten);
      if (status.bytes > limits.maxBytes || (status.bytes > limits.ratioFloor && status.bytes > limits.maxRatio * consumed)) {
        status.limitHit = status.bytes > limits.maxBytes ? `${limits.maxBytes} bytes` : `${limits.maxRatio}:1`;
        yield out.subarray(0, out.length);
        return;
      }
      yield out;
    }
  } finally {
    src.unpipe(gunzip);
    src.destroy();
    gunzip.destroy();
  }
}
