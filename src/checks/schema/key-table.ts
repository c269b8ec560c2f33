// A 64-bit-hash → first-row table in typed arrays: the memory behind `unique`, `primaryKey` and `uniqueKeys`.

/**
 * Open addressing (linear probing) over one typed array of slots, three 32-bit words each: the two
 * halves of the key's 64-bit hash and the 1-based row that first held it (0 = empty slot).
 *
 * why not a Map<string, number>: a Map keeps every key string (tens of bytes of header plus the text)
 * and a hash-table entry per key, so 10 million keys cost well over 1 GB. Here a slot is 12 bytes;
 * the table doubles at 80 % load (MAX_LOAD), so it holds 15–30 bytes per key (about 20 at 10 million keys:
 * 2^24 slots = 201 MB; 16.3 at 6.17 million: 2^23 slots), plus 1.5× for the moment of a resize (the old and new
 * arrays together), unless `reserve` sized it beforehand.
 *
 * why 80 % and not the usual 70 %: memory per key is the point of this table. With a well-mixed hash, linear probing
 * at load α takes about (1 + 1/(1−α))/2 probes for a hit: 3 at 80 %, 2.2 at 70 %, and consecutive slots share a
 * cache line (12-byte slots, five or so a line), so the probes past the first cost little; a file of 6.17 million
 * keys then fits 2^23 slots (100 MB) instead of 2^24 (201 MB).
 *
 * why one array and not three: a probe then touches one cache line, not three; with tables far larger
 * than the caches that is most of a probe's cost (the merge of a split file probes every key in one thread).
 *
 * why a hash and not the key: the cost is that two different keys with equal 64-bit hashes look
 * like a repeat. With n keys the chance of any such collision is about n²/2^65: 2.7·10⁻⁶ for
 * 10 million keys, 2.7·10⁻⁸ for a million. Such a defect would still name both rows, so a reader
 * can see it is false.
 */
/** The load past which the table doubles (see above). */
export const MAX_LOAD = 0.8;

export class KeyTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /** Keys the table takes before it doubles: MAX_LOAD of its slots. */
  private limit: number;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity) cap *= 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * MAX_LOAD);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the array. */
  get bytes(): number {
    return this.slots.length * 4;
  }

  /**
   * Sizes the table now for `keys` keys, as large as it would grow to hold them (so never more bytes
   * per key than growing), sparing the resizes and their moment of 1.5×. Only grows, only while empty.
   */
  reserve(keys: number): void {
    if (this.count > 0) return;
    let cap = this.mask + 1;
    while (keys > Math.floor(cap * MAX_LOAD)) cap *= 2;
    if (cap === this.mask + 1) return;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * MAX_LOAD);
  }

  /** Records `row` for the hash (h1, h2) if it is new and returns 0; otherwise returns the first row. */
  addOrGet(h1: number, h2: number, row: number): number {
    const s = this.slots, mask = this.mask;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (;;) {
      const j = i * 3;
      const r = s[j + 2];
      if (r === 0) {
        s[j] = h1;
        s[j + 1] = h2;
        s[j + 2] = row; // why fine in an Int32Array: rows stay below 2^32 and are read back with >>> 0
        break;
      }
      if (s[j] === h1 && s[j + 1] === h2) return r >>> 0;
      i = (i + 1) & mask;
    }
    if (++this.count > this.limit) this.grow();
    return 0;
  }

  /**
   * Reads the first slot of each of keys from..to-1 (their hashes in hi/lo) and returns a value only to keep the reads.
   * why: a probe of a table far larger than the caches waits on memory; these reads do not depend on each other, so
   * the processor has their cache misses in flight at once, and the probes that follow find the slots in cache
   * (10 million keys: ~100 ns a key instead of ~180).
   */
  warm(hi: Int32Array, lo: Int32Array, from: number, to: number): number {
    const s = this.slots, mask = this.mask;
    let x = 0;
    for (let i = from; i < to; i++) x ^= s[((hi[i] ^ Math.imul(lo[i], 0x9e3779b1)) & mask) * 3 + 2];
    return x;
  }

  /** Whether the hash (h1, h2) is in the table (foreign keys look keys up without adding them). */
  has(h1: number, h2: number): boolean {
    const s = this.slots, mask = this.mask;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (;;) {
      const j = i * 3;
      if (s[j + 2] === 0) return false;
      if (s[j] === h1 && s[j + 1] === h2) return true;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const s = new Int32Array(cap * 3);
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += 3) {
      if (old[j + 2] === 0) continue;
      let i = (old[j] ^ Math.imul(old[j + 1], 0x9e3779b1)) & mask;
      while (s[i * 3 + 2] !== 0) i = (i + 1) & mask;
      s[i * 3] = old[j];
      s[i * 3 + 1] = old[j + 1];
      s[i * 3 + 2] = old[j + 2];
    }
    this.slots = s;
    this.mask = mask;
    this.limit = Math.floor(cap * MAX_LOAD);
  }
}

// ---------------------------------------------------------------- hashing without allocation

/** The running 64-bit hash as two independent 32-bit MurmurHash3-style lanes (different seeds and constants). */
let a = 0, b = 0;

export function hashStart(): void {
  a = 0x12345678;
  b = 0x9747b28c;
}

/** Feeds one key part; its length goes in too, so ("a","bc") and ("ab","c") differ. */
export function hashAdd(s: string): void {
  hashAddRange(s, 0, s.length);
}

/** Feeds text.slice(from, to) as one key part, without making that string (the same hash as hashAdd of it). */
export function hashAddRange(text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) mix(text.charCodeAt(i));
  hashEnd(to - from);
}

/**
 * hashAddRange over bytes.subarray(from, to) of an ASCII line (byte i is character i: the same hash). why: a line's text
 * is often a slice of the tokenizer's buffer, where each charCodeAt unwraps the slice; a byte is one load.
 */
export function hashAddBytes(bytes: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) mix(bytes[i]);
  hashEnd(to - from);
}

/** One character code into both lanes. */
function mix(c: number): void {
  let k = Math.imul(c, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  let x = a ^ Math.imul(k, 0x1b873593);
  x = (x << 13) | (x >>> 19);
  a = (Math.imul(x, 5) + 0xe6546b64) | 0;
  let m = Math.imul(c ^ 0x5bd1e995, 0x85ebca6b);
  m = (m << 13) | (m >>> 19);
  let y = b ^ Math.imul(m, 0xc2b2ae35);
  y = (y << 17) | (y >>> 15);
  b = (Math.imul(y, 9) + 0x52dce729) | 0;
}

/** The part's length into both lanes, so ("a","bc") and ("ab","c") differ. */
function hashEnd(n: number): void {
  a ^= n;
  b ^= Math.imul(n, 0x27d4eb2f);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The first 32-bit half of the finished hash (call hashHi after it for the second). */
export function hashLo(): number {
  return fmix(a ^ (b >>> 7));
}

export function hashHi(): number {
  return fmix(b + Math.imul(a, 0x165667b1));
}

/**
 * Sets the running hash to that of an integer key (below 2^53): read hashLo/hashHi after it. Part of a split file only
 * (part-keys.ts addInt): there every key written as an integer is hashed so, and others from their characters.
 */
export function hashInt(v: number): void {
  const l = v >>> 0, h = Math.floor(v / 4294967296) >>> 0;
  a = fmix(l ^ 0x5bd1e995) ^ h;
  b = fmix(Math.imul(l, 0xcc9e2d51) ^ Math.imul(h + 0x27d4eb2f, 0x1b873593));
}
