// Inputs a library caller hands in: a path, or bytes (Buffer, Node Readable, web ReadableStream, async iterable), named for the report.
import type { ByteSource } from "../types.js";
import { IngestError } from "../defects/errors.js";
import { bufferSource } from "./file.js";

/** Bytes in one of the forms a streaming library is expected to take. String chunks are read as UTF-8. */
export type ByteInput = Uint8Array | NodeJS.ReadableStream | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** Bytes with the name the report gives them (`files[].source`); default `<buffer>` or `<stream>`. */
export interface NamedInput {
  data: ByteInput;
  name?: string;
}

/** What check() and checkStream() take: a path (file, folder, glob, `-`, `s3://…`), bytes, or named bytes. */
export type CheckInput = string | ByteInput | NamedInput;

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;
const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> => isObject(v) && typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
const isWebStream = (v: unknown): v is ReadableStream<Uint8Array> => isObject(v) && typeof (v as { getReader?: unknown }).getReader === "function";
const isBytes = (v: unknown): boolean => v instanceof Uint8Array || isAsyncIterable(v) || isWebStream(v);

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (isObject(v)) return `an object (${v.constructor?.name ?? "no prototype"})`;
  return typeof v === "undefined" ? "undefined" : `a ${typeof v}`;
}

/**
 * The byte source of a non-path input, or null for a path. Throws TypeError for anything else, so a caller's mistake
 * (undefined, a plain object, a number) is an exception at the call, not a report entry holding a dump of the object.
 */
export function givenSource(input: unknown): ByteSource | null {
  if (typeof input === "string") return null;
  if (isBytes(input)) return bytesSource(input as ByteInput, input instanceof Uint8Array ? "<buffer>" : "<stream>");
  if (isObject(input) && "data" in input && isBytes((input as NamedInput).data)) {
    const { data, name } = input as NamedInput;
    if (name !== undefined && (typeof name !== "string" || name === "")) throw new TypeError(`ingest-check: an input's name must be a non-empty string, not ${describe(name)}`);
    return bytesSource(data, name ?? (data instanceof Uint8Array ? "<buffer>" : "<stream>"));
  }
  throw new TypeError(`ingest-check: an input must be a path, a Buffer/Uint8Array, a Node Readable, a web ReadableStream, an async iterable of bytes, or { data, name }; got ${describe(input)}`);
}

function bytesSource(data: ByteInput, uri: string): ByteSource {
  if (data instanceof Uint8Array) return bufferSource(uri, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  let opened = false;
  return {
    uri, size: null, mtimeMs: null, etag: null,
    open: () => {
      // why: a stream is consumed by reading it; a second read would see it empty and pass as an empty file
      if (opened) throw new IngestError("input", "a stream input can be read only once");
      opened = true;
      return asBuffers(isAsyncIterable(data) ? data : webIterable(data as ReadableStream<Uint8Array>));
    },
  };
}

async function* webIterable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const r = await reader.read();
      if (r.done) return;
      yield r.value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* asBuffers(chunks: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  for await (const c of chunks) {
    if (Buffer.isBuffer(c)) yield c;
    else if (c instanceof Uint8Array) yield Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    else if (typeof c === "string") yield Buffer.from(c, "utf8");
    else throw new IngestError("input", `the stream yielded ${describe(c)}, not bytes`);
  }
}
