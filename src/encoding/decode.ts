// Streaming decode of the input bytes into TextChunks, BOM stripped once, with the byte offset of each chunk's first character.
import { isAscii } from "node:buffer";
import { TextDecoder } from "node:util";
import type iconv from "iconv-lite";
import type { EncodingDecision, TextChunk } from "../types.js";
import { isIconvOnly, isSingleByte, loadIconv, whatwgName } from "./names.js";
import { type StreamDecoder, streamDecoder } from "./text-decoder.js";
import { utf8PendingLength } from "./utf8scan.js";
import { writtenFffdAt } from "./written-fffd.js";

/** Bytes of BOM that `decode` strips: those the decision counted (a BOM may be repeated), else one BOM of its encoding. */
export function bomBytesOf(decision: Pick<EncodingDecision, "name" | "bom" | "bomBytes">): number {
  return decision.bom ? decision.bomBytes ?? bomLength(decision.name) : 0;
}

/** The length of one BOM of `name`. */
export function bomLength(name: string): number {
  if (name === "utf-8") return 3;
  if (name === "utf-16le" || name === "utf-16be") return 2;
  if (name === "utf-32le" || name === "utf-32be") return 4;
  return 0;
}

/**
 * Bytes that `text` took in the input, for computing offsets inside a chunk: exact for UTF-8 text without
 * U+FFFD, single-byte code pages and UTF-16; null where it cannot be known (other multi-byte encodings, or
 * UTF-8 text holding U+FFFD, which stands for 1–3 invalid bytes or for a real U+FFFD).
 */
export function byteLengthOf(text: string, decision: EncodingDecision): number | null {
  const name = decision.name;
  if (name === "utf-8") return text.includes("\uFFFD") ? null : Buffer.byteLength(text, "utf8");
  if (name === "utf-16le" || name === "utf-16be") return 2 * text.length;
  if (isSingleByte(name)) return text.length;
  return null;
}

/**
 * A decoder step: text out, with the offset of text[0] in the input (null when unknown). `ascii` is true when the decoder
 * saw that the step's bytes were all ASCII (then the text is those bytes one for one). why say so: the tokenizer would
 * otherwise measure every chunk again (Buffer.byteLength), and a split part ran a second isAscii over each read.
 */
type Step = TextChunk;

/**
 * The most bytes decoded into one text chunk. why: a string of 128 KiB or more goes to V8's large-object space,
 * where reading and tokenizing it took ~4x as long; a source may hand over larger chunks (file reads are 1 MiB).
 */
const TEXT_PIECE = 64 * 1024;

/**
 * Decodes `bytes` (the input from byte 0, BOM included) as `decision.name`, yielding non-empty chunks.
 * Never throws on bad data: invalid sequences become U+FFFD.
 */
export async function* decode(bytes: AsyncIterable<Buffer>, decision: EncodingDecision): AsyncIterable<TextChunk> {
  const skip = bomBytesOf(decision);
  const dec = makeDecoder(decision.name);
  let offset = 0; // bytes of input consumed so far
  let skipped = 0;
  for await (const raw of bytes) {
    let chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
    const start = offset;
    offset += chunk.length;
    let at = start;
    if (skipped < skip) {
      // why: the BOM may be split over chunks when the input arrives byte by byte.
      const n = Math.min(skip - skipped, chunk.length);
      skipped += n;
      chunk = chunk.subarray(n);
      at += n;
      if (chunk.length === 0) continue;
    }
    for (let i = 0; i < chunk.length; i += TEXT_PIECE) {
      const piece = chunk.length <= TEXT_PIECE ? chunk : chunk.subarray(i, i + TEXT_PIECE);
      for (const s of dec.write(piece, at + i)) if (s.text.length > 0) yield s;
    }
  }
  for (const s of dec.end(offset)) if (s.text.length > 0) yield s;
}

export interface Decoder {
  /** Decodes `chunk`, whose first byte is at input offset `at`. */
  write(chunk: Buffer, at: number): Step[];
  end(at: number): Step[];
}

/**
 * A synchronous decoder for bytes that start at a character boundary, BOM not included: one part of a
 * file split across threads (pipeline/part.ts) starts right after a line break.
 */
export function createDecoder(name: string): Decoder {
  return makeDecoder(name);
}

function makeDecoder(name: string): Decoder {
  if (name === "utf-8") return new Utf8Decoder();
  if (name === "utf-16le" || name === "utf-16be") return new Utf16Decoder(name);
  if (isSingleByte(name) && whatwgName(name) !== null) return new SingleByteDecoder(name);
  if (whatwgName(name) !== null) return new SafeSplitDecoder(name);
  if (isIconvOnly(name)) return new IconvDecoder(name);
  // normalizeEncodingName rejects unknown names before they get here.
  throw new Error(`no decoder for encoding "${name}"`);
}

function textDecoder(name: string): TextDecoder {
  // why: ignoreBOM keeps a U+FEFF that is data (we strip the real BOM ourselves, once); stream:true on every
  // call avoids Node 20's one-shot windows-1252 bug (nodejs/node#56542: it decodes as latin1).
  return new TextDecoder(name, { ignoreBOM: true });
}

/**
 * UTF-8 through TextDecoder (simdutf inside Node: well over 500 MB/s).
 * why byteStart stays exact even after invalid bytes: a WHATWG decoder holds back exactly the valid but
 * incomplete sequence at the end of what it was fed (utf8PendingLength mirrors that rule), so the next
 * chunk's text[0] starts that many bytes before the chunk. Invalid bytes change the text length but not
 * this; only offsets *inside* a chunk after a U+FFFD are unknown, which byteLengthOf reports as null.
 */
class Utf8Decoder implements Decoder {
  private readonly d = textDecoder("utf-8");
  private pendingStart = -1; // offset of the first byte held by the decoder, or -1 when none
  private tail: Buffer = Buffer.alloc(0); // the last up-to-3 bytes fed, for pending computation over tiny chunks

  write(chunk: Buffer, at: number): Step[] {
    // why: an all-ASCII chunk with nothing held back is its own latin1 string; V8 builds that one-byte
    // string about 5x faster than TextDecoder (1.1 GB/s vs 0.2 GB/s on the contended bench VM).
    if (this.pendingStart < 0 && isAscii(chunk)) {
      this.tail = lastThree(this.tail, chunk);
      return [{ text: chunk.toString("latin1"), byteStart: at, ascii: true }];
    }
    const text = this.d.decode(chunk, { stream: true });
    const byteStart = this.pendingStart >= 0 ? this.pendingStart : at;
    const end = at + chunk.length;
    const held = this.pendingStart >= 0 ? this.tail.subarray(this.tail.length - (at - this.pendingStart)) : null;
    this.tail = lastThree(this.tail, chunk);
    const pending = utf8PendingLength(this.tail);
    this.pendingStart = pending > 0 ? end - pending : -1;
    if (!text.includes("\uFFFD")) return [{ text, byteStart, ascii: false }];
    // why: a U+FFFD written in the file (EF BF BD) is a character lost before it was written, no invalid byte; the
    // bytes this text was made of are those held back from the last chunk and this chunk but what it holds back now
    const fed = chunk.subarray(0, Math.max(0, chunk.length - pending));
    const written = writtenFffdAt(held !== null && held.length > 0 ? Buffer.concat([held, fed]) : fed, text);
    return [written.length > 0 ? { text, byteStart, ascii: false, fffdWritten: written } : { text, byteStart, ascii: false }];
  }

  end(at: number): Step[] {
    const text = this.d.decode();
    return [{ text, byteStart: this.pendingStart >= 0 ? this.pendingStart : at }];
  }
}

/** The last up-to-3 bytes fed so far, given the previous ones and the new chunk. */
function lastThree(prev: Buffer, chunk: Buffer): Buffer {
  return chunk.length >= 3 ? chunk.subarray(chunk.length - 3) : Buffer.concat([prev, chunk]).subarray(-3);
}

/** UTF-16: the decoder holds an odd byte and a trailing lead surrogate; every other code unit is 2 bytes. */
class Utf16Decoder implements Decoder {
  private readonly d: TextDecoder;
  private readonly le: boolean;
  private fed = 0;
  private pendingStart = -1;
  private tail: Buffer = Buffer.alloc(0);

  constructor(name: "utf-16le" | "utf-16be") {
    this.d = textDecoder(name);
    this.le = name === "utf-16le";
  }

  write(chunk: Buffer, at: number): Step[] {
    const text = this.d.decode(chunk, { stream: true });
    const byteStart = this.pendingStart >= 0 ? this.pendingStart : at;
    this.fed += chunk.length;
    this.tail = lastThree(this.tail, chunk);
    let pending = this.fed & 1;
    if (this.fed - pending >= 2) {
      // The last complete code unit: the two bytes before the odd byte, if any.
      const t = this.tail;
      const b0 = t[t.length - 2 - pending];
      const b1 = t[t.length - 1 - pending];
      const hi = this.le ? b1 : b0;
      if (hi >= 0xd8 && hi <= 0xdb) pending += 2;
    }
    this.pendingStart = pending > 0 ? at + chunk.length - pending : -1;
    return [{ text, byteStart }];
  }

  end(at: number): Step[] {
    const text = this.d.decode();
    return [{ text, byteStart: this.pendingStart >= 0 ? this.pendingStart : at }];
  }
}

/** Single-byte code pages: one byte, one UTF-16 code unit, so text[0] is always the chunk's first byte. */
class SingleByteDecoder implements Decoder {
  private readonly d: TextDecoder;
  constructor(name: string) {
    this.d = textDecoder(name);
  }
  write(chunk: Buffer, at: number): Step[] {
    // Every WHATWG single-byte code page maps ASCII to itself; see Utf8Decoder for why latin1 is faster.
    if (isAscii(chunk)) return [{ text: chunk.toString("latin1"), byteStart: at, ascii: true }];
    return [{ text: this.d.decode(chunk, { stream: true }), byteStart: at, ascii: false }];
  }
  end(at: number): Step[] {
    return [{ text: this.d.decode(), byteStart: at }];
  }
}

/** Largest carry before SafeSplitDecoder gives up on exact offsets for a stretch without a safe byte. */
const MAX_CARRY = 1 << 20;

/**
 * Multi-byte legacy encodings (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR…): how many bytes the decoder holds is
 * not visible, so we only feed it up to a "safe" byte after which its state is empty.
 * why a byte below 0x30 is safe: no lead or trail byte of these encodings is below 0x30 (GB18030's 4-byte
 * form uses 0x30–0x39), so such a byte is always a character of its own, and the decoder is idle after it.
 * The rest of the chunk is carried to the next one, so each chunk's text[0] has an exact offset.
 */
class SafeSplitDecoder implements Decoder {
  private readonly d: StreamDecoder;
  private carry: Buffer = Buffer.alloc(0);
  private carryStart = 0;
  private known = true; // whether the decoder's state is known to be empty at carryStart

  constructor(name: string) {
    this.d = streamDecoder(name);
  }

  write(chunk: Buffer, at: number): Step[] {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const dataStart = this.carry.length > 0 ? this.carryStart : at;
    let k = data.lastIndexOf(0x0a);
    if (k < 0) k = lastSafe(data);
    if (k < 0) {
      if (data.length <= MAX_CARRY) {
        this.carry = data;
        this.carryStart = dataStart;
        return [];
      }
      const text = this.d.decode(data, { stream: true });
      const step = { text, byteStart: this.known ? dataStart : null };
      this.known = false;
      this.carry = Buffer.alloc(0);
      this.carryStart = dataStart + data.length;
      return [step];
    }
    const text = this.d.decode(data.subarray(0, k + 1), { stream: true });
    const step = { text, byteStart: this.known ? dataStart : null };
    this.known = true;
    this.carry = data.subarray(k + 1);
    this.carryStart = dataStart + k + 1;
    return [step];
  }

  end(): Step[] {
    const text = this.d.decode(this.carry);
    return [{ text, byteStart: this.known ? this.carryStart : null }];
  }
}

function lastSafe(buf: Buffer): number {
  for (let i = buf.length - 1; i >= 0; i--) if (buf[i] < 0x30) return i;
  return -1;
}

/** Encodings only iconv-lite knows (UTF-32, cp437, mac-roman…): offsets exact for UTF-32, unknown otherwise. */
class IconvDecoder implements Decoder {
  private readonly d: iconv.DecoderStream;
  private readonly unit: number; // bytes per code point for fixed-width encodings, 0 otherwise
  private fed = 0;
  private first = true;

  constructor(name: string) {
    this.d = loadIconv().getDecoder(name, { stripBOM: false });
    this.unit = name.startsWith("utf-32") || name.startsWith("utf32") ? 4 : 0;
  }

  write(chunk: Buffer, at: number): Step[] {
    const pendingBefore = this.unit > 0 ? this.fed % this.unit : 0;
    this.fed += chunk.length;
    const text = this.d.write(chunk);
    const byteStart = this.unit > 0 || this.first ? at - pendingBefore : null;
    if (text.length > 0) this.first = false;
    return [{ text, byteStart }];
  }

  end(at: number): Step[] {
    const text = this.d.end() ?? "";
    const pending = this.unit > 0 ? this.fed % this.unit : 0;
    return [{ text, byteStart: this.unit > 0 ? at - pending : null }];
  }
}
