// The encoding stage: sniff the encoding from a bounded sample, then decode the whole input as a stream of text chunks.
import type { EncodingDecision } from "../types.js";
import { bomLengthFor, readBom } from "./bom.js";
import { looksBinary, magicKind } from "./binary.js";
import { iso2022Decision } from "./iso-2022.js";
import { HEAD_BYTES, RARE_NON_ASCII, repeatedBom, WINDOW_BYTES, asciiDecision, countNonAscii, detectSample, firstNonAscii, utf16Pattern, utf8Decision } from "./detect.js";
import { normalizeEncodingName } from "./names.js";
import type { Contradiction } from "./forced.js";

export { decode, byteLengthOf } from "./decode.js";
export { normalizeEncodingName } from "./names.js";

export interface EncodingOptions {
  /** An encoding named by the user (`--encoding`): skips detection. */
  forced?: string | null;
}

export interface EncodingResult {
  decision: EncodingDecision;
  /** With a forced encoding: the reading the bytes suggest when they clearly contradict it (`encoding-mismatch`), else absent. */
  contradicted?: Contradiction | null;
  /** Non-null when the bytes are not text: a short kind like "a PNG image", "a zip archive", "binary data". */
  binary: string | null;
  /** The same input, replayed from byte 0 (sample first, then the rest of the stream). */
  bytes: AsyncIterable<Buffer>;
}

/** The sample never grows past this, whatever the input: memory stays bounded. */
export const MAX_SAMPLE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a sample of `bytes`, decides its encoding, and hands back a replay of the whole input.
 * Only the source's own failures throw; odd bytes are a decision (`binary`, `uncertain`), never an exception.
 */
export async function sniffEncoding(bytes: AsyncIterable<Buffer>, opts: EncodingOptions = {}): Promise<EncodingResult> {
  const forced = opts.forced != null && opts.forced !== "" ? normalizeEncodingName(opts.forced) : null;
  const s: Sample = { it: bytes[Symbol.asyncIterator](), chunks: [], size: 0, eof: false, nonAsciiAt: -1, nonAscii: 0 };
  try {
    // The head: enough for BOM, magic numbers, NUL pattern and the control-byte test.
    while (!s.eof && s.size < HEAD_BYTES) await readMore(s);
    const head = joined(s.chunks, s.size).subarray(0, Math.min(s.size, HEAD_BYTES));
    const wide = forced !== null && /^utf-(16|32)/.test(forced);
    // why a forced encoding reads the sample too: the bytes are still held against it (forced.ts)
    const settledByHead = wide || headSettles(head, s.size);
    if (!settledByHead) await readWindow(s);
    const reading = forced !== null ? await forcedReading(forced, wide, head, settledByHead, s) : await detectedReading(s, settledByHead);
    return { ...reading, bytes: replay(s.chunks, s.it, s.eof) };
  } catch (e) {
    await s.it.return?.();
    throw e;
  }
}

/** The sample read so far: its chunks, whether the input ended, where its first byte >= 0x80 is and how many there are. */
interface Sample {
  it: AsyncIterator<Buffer>;
  chunks: Buffer[];
  size: number;
  eof: boolean;
  /** offset of the first byte >= 0x80 read so far, or -1 */
  nonAsciiAt: number;
  /** bytes >= 0x80 read so far */
  nonAscii: number;
}

/** Reads one more chunk into the sample (or marks its end). */
async function readMore(s: Sample): Promise<void> {
  const r = await s.it.next();
  if (r.done) {
    s.eof = true;
    return;
  }
  const c = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
  if (c.length === 0) return;
  if (s.nonAsciiAt < 0) {
    const i = firstNonAscii(c, 0, c.length);
    if (i >= 0) s.nonAsciiAt = s.size + i;
  }
  if (s.nonAsciiAt >= 0) s.nonAscii += countNonAscii(c);
  s.chunks.push(c);
  s.size += c.length;
}

/** True when the head alone decides: an empty input, a BOM, a file type's magic number, UTF-16's NUL pattern, binary. */
function headSettles(head: Buffer, size: number): boolean {
  return size === 0 || readBom(head) !== null || magicKind(head) !== null || utf16Pattern(head) !== null || looksBinary(head);
}

/**
 * Reads the sample on past the head. why: keep reading while the sample is all ASCII, then ~64 KiB past the first
 * non-ASCII byte, so a windows-1252 file whose accents start late is still detected. Bounded at 8 MiB (plus one chunk).
 */
async function readWindow(s: Sample): Promise<void> {
  while (!s.eof && s.size < MAX_SAMPLE_BYTES && (s.nonAsciiAt < 0 || s.size < s.nonAsciiAt + WINDOW_BYTES)) await readMore(s);
  // why: when non-ASCII bytes are rare and not UTF-8 (accents in one row of a few hundred), the window holds
  // too few words to tell the languages apart: read on, up to 8 MiB, so every non-ASCII word is evidence.
  if (!s.eof && s.nonAsciiAt >= 0 && s.nonAscii < RARE_NON_ASCII && utf8Decision(joined(s.chunks, s.size), s.nonAsciiAt, false) === null) {
    while (!s.eof && s.size < MAX_SAMPLE_BYTES && s.nonAscii < RARE_NON_ASCII) await readMore(s);
  }
}

/** The reading of a forced encoding, with what the bytes say against it (`encoding-mismatch`) when they clearly do. */
async function forcedReading(forced: string, wide: boolean, head: Buffer, settledByHead: boolean, s: Sample): Promise<Omit<EncodingResult, "bytes">> {
  const binary = magicKind(head) ?? (!wide && looksBinary(head) ? "binary data" : null);
  const length = bomLengthFor(forced, head);
  const decision: EncodingDecision = { name: forced, confidence: 1, bom: length > 0, ...repeatedBom({ name: forced, length }), how: "forced", uncertain: false };
  let contradicted: Contradiction | null = null;
  if (!wide && magicKind(head) === null && (s.nonAsciiAt >= 0 || settledByHead)) {
    // why lazy: only a forced reading of non-ASCII bytes is held against the detector
    const sample = joined(s.chunks, s.size).subarray(0, Math.min(s.size, MAX_SAMPLE_BYTES));
    contradicted = await (await import("./forced.js")).contradiction(forced, sample, s.eof && sample.length === s.size);
  }
  return { decision, binary, contradicted };
}

/** The detected reading of the sample. */
async function detectedReading(s: Sample, settledByHead: boolean): Promise<Omit<EncodingResult, "bytes">> {
  if (!settledByHead && s.nonAsciiAt < 0) {
    // why without the sample joined: past the head's tests (the same bytes detectSample would test), a sample with
    // no byte >= 0x80 is ASCII, whatever its length; joining up to 8 MiB only to scan it again cost 5-40 ms of CPU
    return { decision: (await asciiOrIso2022(s.chunks, s.size)) ?? asciiDecision(), binary: null };
  }
  const all = joined(s.chunks, s.size);
  const sample = all.subarray(0, Math.min(s.size, MAX_SAMPLE_BYTES));
  // why only these two: the detector's candidates are for tuning, not part of the result
  const { decision, binary } = await detectSample(sample, s.eof && sample.length === s.size);
  return { decision, binary };
}

/** The ISO-2022 page of an all-ASCII sample holding ESC bytes (iso-2022.ts), or null; joined only then. */
async function asciiOrIso2022(chunks: Buffer[], size: number): Promise<EncodingDecision | null> {
  // why indexOf per chunk: memchr speed, so plain ASCII pays no join and no chardet
  if (!chunks.some((c) => c.indexOf(0x1b) >= 0)) return null;
  return iso2022Decision(joined(chunks, size).subarray(0, Math.min(size, MAX_SAMPLE_BYTES)));
}

/** The chunks as one Buffer, re-joined in place so later calls do not copy again. */
function joined(chunks: Buffer[], size: number): Buffer {
  if (chunks.length === 1) return chunks[0];
  if (chunks.length === 0) return Buffer.alloc(0);
  const b = Buffer.concat(chunks, size);
  chunks.length = 0;
  chunks.push(b);
  return b;
}

/** Replay slice size: the sample goes out in pieces like a file read, not as one 8 MiB chunk (or 1 MiB read). */
const REPLAY_CHUNK = 64 * 1024;

const EMPTY = Buffer.alloc(0);

async function* replay(sample: Buffer[], it: AsyncIterator<Buffer>, eof: boolean): AsyncGenerator<Buffer> {
  let done = eof;
  let c: Buffer = EMPTY;
  try {
    for (let k = 0; k < sample.length; k++) {
      c = sample[k];
      // why: the sample is up to 8 MiB; a chunk held here once replayed would stay resident for the whole file
      sample[k] = EMPTY;
      for (let i = 0; i < c.length; i += REPLAY_CHUNK) yield c.subarray(i, i + REPLAY_CHUNK);
    }
    while (!done) {
      const r = await it.next();
      if (r.done) {
        done = true;
        return;
      }
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
    }
  } finally {
    // why: a closed generator keeps its variables; a consumer that stops inside the sample (a split file's thread,
    // which goes on merging parts for the whole file) would otherwise hold its 8 MiB to the end
    sample.length = 0;
    c = EMPTY;
    // why: a consumer that stops early (a defect limit, --stop-after) must still close the source (file handle, socket).
    if (!done) await it.return?.();
  }
}
