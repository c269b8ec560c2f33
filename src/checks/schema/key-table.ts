// A 64-bit-hash → first-row table in typed arrays: the memory behind `unique`, `primaryKey` and `uniqueKeys`.

/**
 * Open addressing (linear probing) over three parallel typed arrays: the two 32-bit halves of the
 * key's 64-bit hash and the 1-based row that first held it (0 = empty slot).
 *
 * why not a Map<string, number>: a Map keeps every key string (tens of bytes of header plus the text)
 * and a hash-table entry per key, so 10 million keys cost well over 1 GB. Here a slot is 12 bytes;
 * the table doubles at 70 % load, so it holds 17–34 bytes per key (about 20 at 10 million keys:
 * 2^24 slots = 201 MB), plus 1.5× for the moment of a resize (the old and new arrays together).
 *
 * why a hash and not the key: the cost is that two different keys with equal 64-bit hashes look
 * like a repeat. With n keys the chance of any such collision is about n²/2^65: 2.7·10⁻⁶ for
 * 10 million keys, 2.7·10⁻⁸ for a million. Such a defect would still name both rows, so a reader
 * can see it is false.
 */
export class KeyTable {
  private hi: Int32Array;
  private lo: Int32Array;
  private rows: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity) cap *= 2;
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.rows = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the arrays. */
  get bytes(): number {
    return this.rows.length * 12;
  }

  /** Records `row` for the hash (h1, h2) if it is new and returns 0; otherwise returns the first row. */
  addOrGet(h1: number, h2: number, row: number): number {
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    const rows = this.rows, hi = this.hi, lo = this.lo;
    for (;;) {
      const r = rows[i];
      if (r === 0) break;
      if (hi[i] === h1 && lo[i] === h2) return r;
      i = (i + 1) & this.mask;
    }
    rows[i] = row;
    hi[i] = h1;
    lo[i] = h2;
    if (++this.count * 10 > rows.length * 7) this.grow();
    return 0;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    const cap = rows.length * 2;
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.rows = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < rows.length; j++) {
      if (rows[j] === 0) continue;
      let i = (hi[j] ^ Math.imul(lo[j], 0x9e3779b1)) & this.mask;
      while (this.rows[i] !== 0) i = (i + 1) & this.mask;
      this.rows[i] = rows[j];
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
    }
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
  const n = s.length;
  let x = a, y = b;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let k = Math.imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    x ^= Math.imul(k, 0x1b873593);
    x = (x << 13) | (x >>> 19);
    x = (Math.imul(x, 5) + 0xe6546b64) | 0;
    let m = Math.imul(c ^ 0x5bd1e995, 0x85ebca6b);
    m = (m << 13) | (m >>> 19);
    y ^= Math.imul(m, 0xc2b2ae35);
    y = (y << 17) | (y >>> 15);
    y = (Math.imul(y, 9) + 0x52dce729) | 0;
  }
  a = x ^ n;
  b = y ^ Math.imul(n, 0x27d4eb2f);
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
