// Test helpers for the encoding stage: fixtures, chunked byte streams, collecting decoded text.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import iconv from "iconv-lite";
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

/** iconv-lite's name for a page label of the generated sets (the labels follow the detector's names). */
const CODEC: Record<string, string> = { shift_jis: "cp932", ibm866: "cp866", "tis-620": "tis620", "euc-kr": "cp949" };

/**
 * Checks a generated export set's files: each decodes without a replacement character in its label's page, and a
 * native value of `values` found in a file belongs to that file's half (`halfOf`).
 */
export function assertLabelsAndHalves(files: { path: string; encoding: string; half: number; bytes: Buffer }[], values: string[], halfOf: (v: string) => number): void {
  for (const f of files) {
    const text = iconv.decode(f.bytes, CODEC[f.encoding] ?? f.encoding).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd"), f.path);
    for (const v of values) if (/[^\x00-\x7f]/.test(v) && text.toLowerCase().includes(v.toLowerCase())) assert.equal(halfOf(v), f.half, `${f.path}: ${v}`);
  }
}

/**
 * The checks of a language-and-case set (encgeo, encstamp): each file decodes in its label with no U+FFFD and holds
 * non-ASCII, `each(file, text)` passes, no non-ASCII cell of a language is in both halves, both halves have files, no file
 * is English, and a sparse file's first row is English unless the file has fewer than three rows.
 */
export function assertLanguageHalves<T extends { path: string; encoding: string; language: string; difficulty: string; half: number; bytes: Buffer; rows: number }>(files: T[], each: (f: T, text: string) => void = () => {}): void {
  const cells = new Map<string, Set<number>>();
  for (const f of files) {
    const text = iconv.decode(f.bytes, f.encoding).replace(/^\ufeff/, "");
    assert.ok(!text.includes("\ufffd") && /[^\x00-\x7f]/.test(text), f.path);
    each(f, text);
    for (const c of text.split(/[\r\n,;\t"]+/).filter((c) => /[^\x00-\x7f]/.test(c))) {
      const key = `${f.language}|${c.normalize("NFC")}`;
      cells.set(key, (cells.get(key) ?? new Set()).add(f.half));
    }
  }
  for (const [k, h] of cells) assert.equal(h.size, 1, `${k} is in both halves`);
  assert.ok(files.some((f) => f.half === 0) && files.some((f) => f.half === 1));
  assert.ok(!files.some((f) => f.language === "en"), "no file is made for the English filler");
  for (const f of files.filter((x) => x.difficulty === "sparse")) assert.ok(!/[^\x00-\x7f]/.test(iconv.decode(f.bytes, f.encoding).split(/\r\n|\n|\r/)[1] ?? "") || f.rows < 3, `${f.path}: sparse files are English rows but one or two`);
}

/** A generated set made twice: asserts it holds more than 10 files and is the same bytes both times; returns it. */
export function madeTwice<T extends { bytes: Buffer }>(make: () => T[]): T[] {
  const a = make();
  assert.ok(a.length > 10);
  assert.deepEqual(a.map((f) => f.bytes.toString("hex")), make().map((f) => f.bytes.toString("hex")));
  return a;
}

/** A gettext .mo file (little-endian) holding `pairs`. */
export function mo(pairs: [string, string][]): Buffer {
  const n = pairs.length;
  const head = 28;
  const table = (k: number) => head + k * n * 8;
  let off = head + 2 * n * 8;
  const strs: Buffer[] = [];
  const buf = Buffer.alloc(off);
  buf.writeUInt32LE(0x950412de, 0);
  buf.writeUInt32LE(n, 8);
  buf.writeUInt32LE(table(0), 12);
  buf.writeUInt32LE(table(1), 16);
  for (const k of [0, 1]) {
    pairs.forEach((p, i) => {
      const s = Buffer.from(p[k] + "\0", "utf8");
      buf.writeUInt32LE(s.length - 1, table(k) + i * 8);
      buf.writeUInt32LE(off, table(k) + i * 8 + 4);
      off += s.length;
      strs.push(s);
    });
  }
  return Buffer.concat([buf, ...strs]);
}

/** A zip file of our own: each member deflated (or stored), local headers, the central directory and its end record. */
export function zip(members: [string, string, boolean][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text, deflate] of members) {
    const raw = Buffer.from(text, "utf8");
    const data = deflate ? deflateRawSync(raw) : raw;
    const n = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(deflate ? 8 : 0, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(dir, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
