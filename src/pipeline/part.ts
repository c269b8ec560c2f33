// Validates one part of a large file (a byte range that starts at a record boundary) for split.ts: counts, kept defects and check states, numbered from the part's start.
import { closeSync, openSync, readSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import type { DefectDraft, Dialect, EncodingDecision, ParsedRecord } from "../types.js";
import type { CheckInstance, Header } from "../checks/types.js";
import type { ResolvedOptions } from "./options.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { bomBytesOf, byteLengthOf, createDecoder } from "../encoding/decode.js";
import { isSingleByte } from "../encoding/names.js";
import { CsvTokenizer, type RecordOut, type SkippedLines } from "../parse/csv.js";
import { FileCollector, createChecks, checkRecord, type PartCounts } from "./collector.js";
import { dialectParseOptions } from "./dialect-use.js";

export interface PartJob {
  path: string;
  uri: string;
  /** Byte offset where the part starts: 0, or just after a line break. */
  start: number;
  /**
   * Where the part may stop, ascending; the last is where it must. It stops at the first bound at which
   * the text read so far ends exactly at a record's end; at the file's size it ends the input.
   */
  bounds: number[];
  /** The file's size (its end). */
  size: number;
  encoding: EncodingDecision;
  dialect: Dialect;
  /** The header, read by the whole file's thread from its sample; part 0 skips its record. */
  header: Header;
}

export interface PartResult extends PartCounts {
  start: number;
  /** The bound it stopped at. */
  stop: number;
  /** False when it reached its last bound (short of the file's end) inside a record. */
  clean: boolean;
  rows: number;
  /** Line breaks read (the part's lines are numbered from 1). */
  lines: number;
  /** True once a byte offset became unknown (U+FFFD in UTF-8): the whole file's offsets after it are null too. */
  offsetsLost: boolean;
  /** Lines skipped whole in the part (comments; preamble in the first part), their lines numbered from 1. */
  skipped: SkippedLines;
  /** Each check's partState(), in the order createChecks makes them. */
  states: unknown[];
  /** With a check that defers defects to the merge (unique): a bit per row (part-relative), set when the row is invalid. */
  invalid: Uint8Array | null;
}

// why 64 KiB: 256 KiB pieces raised a worker's CPU by half and its RSS by ~35 MB (bigger strings, more promoted)
const CHUNK = 64 * 1024;
/** This thread's two read buffers between parts (a thread reads one part at a time; null while one is read). */
let spareReadBuffers: Buffer[] | null = null;

/** What the thread that runs a part may want to see while it runs. */
export interface PartHooks {
  /** Every defect as found (streamed defects). */
  onDraft?: ((d: DefectDraft) => void) | null;
  /** The bytes read and rows checked so far, after each read. */
  onBytes?: (n: number, rows: number) => void;
  /** After each read: a promise to wait for before the next one (the thread's other work runs meanwhile), or null. */
  pause?: (n: number) => Promise<void> | null;
  /** Each read's bytes and their offset in the file, before they are decoded (the buffer is reused after the call). */
  onRead?: (bytes: Buffer, at: number) => void;
}

/** Reads and checks the part (see PartHooks). */
export async function validatePart(job: PartJob, ro: ResolvedOptions, hooks: PartHooks = {}): Promise<PartResult> {
  const { dialect, encoding, header } = job;
  const schema = ro.schema;
  if (!schema) throw new Error("a split file needs its schema before the parts start");
  const file = new FileCollector(job.uri, ro, { onDraft: hooks.onDraft ?? null });
  const checks = createChecks(schema, header, file, encoding, ro, true);
  // why the verdicts: a key repeated from an earlier part makes its row invalid only at the merge, unless it already is
  const invalid: Uint8Array | null = checks.some((c) => c.absorbDeferred) ? new Uint8Array(1024) : null;
  // why only in the main thread: it transfers a merged part's spent keys to a worker (split.ts). A worker posts its
  // part's keys by copy and so never detaches: V8 then drops a check from every typed-array read of its record path
  // (callgrind: ~490 instructions a row on the bench's clean file; README, "twenty-fourth step")
  if (invalid !== null && isMainThread) detachEarly();
  const first = job.start === 0;
  const tok = partTokenizer(job, ro, first);
  const dec = createDecoder(encoding.name);
  // why each record is checked as the tokenizer reads it, not in a batch per chunk: a worker's young generation is
  // small (split.ts); with a chunk's records all alive while a defect's slow path allocated, V8's allocation-site
  // pretenuring decided records live long and made them in the old generation: on a file with 1 % damaged rows a
  // worker spent over half its time in GC, and two threads took 2.2x the CPU of one (README, performance)
  const out = new PartSink(file, checks, header, first && dialect.header, invalid);
  const read = await readPart(job, first, tok, dec, out, hooks);
  return {
    ...file.partCounts(),
    start: job.start,
    stop: read.stop,
    clean: read.clean,
    rows: out.rows,
    lines: tok.linesConsumed(),
    offsetsLost: tok.offsetsLost(),
    skipped: tok.skippedLines(),
    states: checks.map((c) => c.partState?.()),
    invalid: out.invalid === null ? null : out.invalid.slice(0, (out.rows + 7) >> 3),
  };
}

/** The part's tokenizer: the file's dialect, its preamble skipped in part 0 only. */
function partTokenizer(job: PartJob, ro: ResolvedOptions, first: boolean): CsvTokenizer {
  const { dialect, encoding } = job;
  return new CsvTokenizer({
    ...dialectParseOptions(dialect), skipRows: first ? dialect.skipRows : 0, maxRecordChars: ro.maxRecordChars,
    byteLength: byteLengthOf("", encoding) === null ? null : (s: string) => byteLengthOf(s, encoding),
    asciiIsOneByte: true,
    afterRecords: !first,
    // why: PartSink checks each record as it is pushed and keeps none (no check holds a record past its onRow)
    reuseRecords: true,
  });
}

/** Where a part's read stands: the next byte, the bound it reads to (an index in job.bounds), where it stopped. */
interface PartRead {
  at: number;
  b: number;
  /** The bound it stopped at; -1 while it reads. */
  stop: number;
  /** False when it reached its last bound (short of the file's end) inside a record. */
  clean: boolean;
}

/** Reads the part's bytes through the decoder into the tokenizer until it stops at a bound (stopsAtBound). */
async function readPart(job: PartJob, first: boolean, tok: CsvTokenizer, dec: ReturnType<typeof createDecoder>, out: PartSink, hooks: PartHooks): Promise<PartRead> {
  const { encoding } = job;
  // why synchronous reads: this thread has nothing else to do, and a promise per 64 KiB read through the
  // process-wide libuv pool cost ~15 % of a worker's time in profiles
  const fd = openInput(job.path);
  const read: PartRead = { at: job.start, b: 0, stop: -1, clean: true };
  // why two buffers, reused: a fresh 64 KiB Buffer per read is a new off-heap backing store each time (allocated,
  // faulted in, later freed by the GC); the decoders copy the bytes into their text, and the UTF-8 decoder keeps at
  // most a view of the last chunk's final bytes until the next write, so the buffer before it is free to fill again
  // (split.ts splits only UTF-8 and single-byte files; a decoder that carries bytes over, like SafeSplitDecoder, gets fresh ones)
  const reuse = encoding.name === "utf-8" || isSingleByte(encoding.name);
  // why kept for the next part: two new backing stores per part outlived many scavenges, so only a full collection
  // freed them, and a worker runs few: ~2.5 MB of spent read buffers per worker at the end of a 1 GB file
  const pool = spareReadBuffers ?? [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
  spareReadBuffers = null;
  let turn = 0;
  try {
    while (!stopsAtBound(job, read, tok, dec, out)) {
      const want = Math.min(CHUNK, job.bounds[read.b] - read.at);
      const buf = reuse ? pool[turn ^= 1] : Buffer.allocUnsafe(want);
      const got = readAt(fd, buf, want, read.at, job.size);
      let bytes = got < buf.length ? buf.subarray(0, got) : buf;
      let from = read.at;
      read.at += got;
      hooks.onRead?.(bytes, from);
      if (first && from === 0 && encoding.bom) {
        // why: part 0 starts at byte 0, where the BOM is (the sample showed it whole)
        const n = bomBytesOf(encoding);
        bytes = bytes.subarray(n);
        from += n;
      }
      // why the decoder's steps as they are: one that saw ASCII bytes says so (`ascii`), and the tokenizer then need not
      // measure the text again (Buffer.byteLength over every chunk: ~1.5 % of the CPU); a second isAscii here cost as much
      for (const s of dec.write(bytes, from)) if (s.text.length) tok.push(s, out);
      hooks.onBytes?.(read.at - job.start, out.rows);
      const wait = hooks.pause?.(read.at - job.start);
      if (wait) await wait;
    }
  } finally {
    closeSync(fd);
    spareReadBuffers = pool;
  }
  return read;
}

/**
 * True once the read stops: at the file's end (the input ends there), or at a bound where a record ends; a record
 * that runs on past a bound moves the read to the next one, and past the last one it stops there unclean.
 */
function stopsAtBound(job: PartJob, read: PartRead, tok: CsvTokenizer, dec: ReturnType<typeof createDecoder>, out: PartSink): boolean {
  while (read.at >= job.bounds[read.b]) {
    const bound = job.bounds[read.b];
    if (bound >= job.size) {
      for (const s of dec.end(read.at)) if (s.text.length) tok.push({ text: s.text, byteStart: s.byteStart }, out);
      tok.end(out);
      read.stop = bound;
      return true;
    }
    if (tok.atRecordBoundary()) { read.stop = bound; return true; }
    // a record runs on past this bound: read on to the next one
    if (++read.b >= job.bounds.length) { read.stop = bound; read.clean = false; return true; }
  }
  return false;
}

/** Opens the input for reading; a failure is an input error. */
function openInput(path: string): number {
  try {
    return openSync(path, "r");
  } catch (e) {
    throw new IngestError("input", describeSystemError(e));
  }
}

/** Reads up to `want` bytes at `at` into buf; returns how many. */
function readAt(fd: number, buf: Buffer, want: number, at: number, size: number): number {
  let got: number;
  try {
    got = readSync(fd, buf, 0, want, at);
  } catch (e) {
    throw new IngestError("input", describeSystemError(e));
  }
  // why an error: the size was known before reading; a file cut while read must not pass as a shorter success
  if (got === 0) throw new IngestError("input", `the input ended after ${at} of its ${size} bytes`);
  return got;
}

/** Whether this thread has detached an ArrayBuffer yet (detachEarly). */
let detachedOne = false;

/**
 * Detaches a throwaway ArrayBuffer, once per thread, before the first record. why: the first buffer a thread detaches
 * (a transfer to another thread) tells V8 that typed arrays may now be detached, and it throws away every optimized
 * function that read one, so each thread compiled the whole record path a second time in the middle of the file (on
 * the 100 MB dirty file with a key: ~70 functions per process, ~0.2 s of compiling; README, "ninth step"). Detached
 * before any of it is compiled, the record path is compiled once, already knowing. Only the main thread detaches
 * (validatePart): after it, each typed-array read of the record path also checks its buffer (~23 % of the key's extra
 * instructions on a slice of the bench's clean file; README, "twenty-fourth step").
 */
export function detachEarly(): void {
  if (detachedOne) return;
  detachedOne = true;
  const b = new ArrayBuffer(8);
  structuredClone(b, { transfer: [b] });
}

/**
 * Where the tokenizer puts a part's records: each is checked at once. why a class: its push is then one function for
 * every part of a thread (a closure per part showed up as deopts "wrong call target" in the tokenizer, which calls it).
 */
class PartSink implements RecordOut {
  rows = 0;
  constructor(private readonly file: FileCollector, private readonly checks: CheckInstance[], private readonly header: Header,
    /** The header record is still to come (part 0 of a file with a header: the whole file's thread read it from its sample). */
    private headerPending: boolean,
    /** With a check that defers defects to the merge: a bit per row, set when the row is invalid. */
    public invalid: Uint8Array | null) {}

  push(rec: ParsedRecord): void {
    if (this.headerPending) { this.headerPending = false; return; }
    const bad = checkRecord(rec, ++this.rows, this.file, this.checks, this.header);
    if (this.invalid !== null) this.invalid = markRow(this.invalid, this.rows, bad);
  }
}

/** Sets row's bit when it is invalid, growing the set as needed; returns the set. */
function markRow(bits: Uint8Array, row: number, bad: boolean): Uint8Array {
  const r = row - 1;
  if (r >> 3 >= bits.length) { const wider = new Uint8Array(bits.length * 2); wider.set(bits); bits = wider; }
  if (bad) bits[r >> 3] |= 1 << (r & 7);
  return bits;
}
