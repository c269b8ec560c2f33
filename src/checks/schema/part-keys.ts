// The keys one part of a split file read (hash, row, where and what), handed to the thread that merges the parts in file order.

/**
 * What the merging thread needs to probe a key and, when it repeats, to report it: the 64-bit hash; the
 * part-relative row; the count of the part's defects reported before it (where the defect goes among the
 * part's own); its line, byte offset and value (cut to 200 characters).
 *
 * why so packed (~13 bytes plus one per character a key, for ASCII or Latin-1 text): a part holds about
 * as many keys as rows, 1.3 million in 32 MB of narrow rows, and its keys are in flight until it is merged.
 * The row, the defect count and the line change little from one key to the next, so they are kept as
 * runs: a run starts at a key where row − key index, the defect count or line − row changes (one run for
 * a clean part; about one per row with a defect for a dirty one). Offsets are kept from the first one.
 * Characters are one byte each until one needs two. Cells are not kept as strings: a cell is a slice of a
 * 64 KiB chunk of text, and a kept slice keeps its whole chunk alive.
 */
export interface PartKeyState {
  n: number;
  hi: Int32Array;
  lo: Int32Array;
  /** Runs of four: [first key, row − key index, defects before, line − row]. */
  runs: Int32Array;
  /** Byte offset − base + 1 (0: unknown); `wide` when an offset ran past 4 GiB from the base. */
  off: Uint32Array | Float64Array;
  base: number;
  /** Characters of each key's value; the values follow each other in `chars`. */
  len: Uint8Array;
  chars: Uint8Array | Uint16Array;
  /**
   * Keys that are integers (addInt), in runs of consecutive keys with consecutive values: [first key, count, first
   * value] triples. Such a key has no hash (hi, lo = 0) nor characters (len 0): its value is String(value).
   * Absent in states from before it existed.
   */
  ints?: Float64Array;
}

/**
 * A run of integer keys at least this long may enter the merging thread's table of intervals whole (KeyIntervals);
 * shorter runs are probed key by key there.
 */
export const LONG_RUN = 64;

/** How many keys the runs of integer keys of a state hold. */
export function runKeys(ints: Float64Array): number {
  let n = 0;
  for (let r = 1; r < ints.length; r += 3) n += ints[r];
  return n;
}

/** Recorders of parts finished in this thread, for the next part to reuse (see PartKeys.take). */
const spare: PartKeys[] = [];

export class PartKeys {
  private n = 0;
  private cap = 1024;
  private hi = new Int32Array(this.cap);
  private lo = new Int32Array(this.cap);
  private off: Uint32Array | Float64Array = new Uint32Array(this.cap);
  private len = new Uint8Array(this.cap);
  private base = -1;
  private runs = new Int32Array(64);
  private nRuns = 0;
  private chars: Uint8Array | Uint16Array = new Uint8Array(8 * 1024);
  private used = 0;
  private keyStart = 0;
  private ints = new Float64Array(48);
  private nInts = 0;
  /** The run of integer keys being read: its first key (-1: none) and value. */
  private intKey = -1;
  private intValue = 0;

  /**
   * A recorder, reused from a finished part when there is one. why: a part's arrays live as long as the part, so they
   * are promoted to the old generation, where a worker (which allocates little that lives long) seldom collects.
   */
  static take(): PartKeys {
    return spare.pop() ?? new PartKeys();
  }

  /** Empties it for the next part (after state() copied what it holds). */
  recycle(): void {
    this.n = 0;
    this.nRuns = 0;
    this.used = 0;
    this.base = -1;
    this.nInts = 0;
    this.intKey = -1;
    spare.push(this);
  }

  /** Notes a key; its value's characters follow with addChars (for each cell of a composite key) and endKey. */
  add(hi: number, lo: number, row: number, seq: number, line: number, offset: number | null | undefined): void {
    if (this.intKey >= 0) this.endInts();
    this.entry(hi, lo, row, seq, line, offset);
  }

  /**
   * Notes a key that is an integer written the one way String(value) writes it (whole: no characters follow), value
   * below 2^53. why: a primary key is most often a count up (1, 2, 3...); a run of them is kept as its first key,
   * count and value, neither hashed here nor probed one by one at the merge (KeyIntervals).
   */
  addInt(value: number, row: number, seq: number, line: number, offset: number | null | undefined): void {
    const i = this.n;
    // why first: the next key of the run being read, in the same run of rows (most keys of a count-up file): only
    // its offset is new, and the run of rows it belongs to need not be looked at twice (entry's run)
    if (this.intKey >= 0 && i < this.cap && value === this.intValue + (i - this.intKey) && this.sameRun(this.intKey, row - i, seq, line - row)) {
      this.hi[i] = 0;
      this.lo[i] = 0;
      this.len[i] = 0;
      this.offsetAt(i, offset);
      this.n = i + 1;
      return;
    }
    if (this.intKey < 0 || value !== this.intValue + (i - this.intKey) || !this.sameRun(this.intKey, row - i, seq, line - row)) {
      if (this.intKey >= 0) this.endInts();
      this.intKey = i;
      this.intValue = value;
    }
    this.entry(0, 0, row, seq, line, offset);
    this.len[this.n++] = 0;
  }

  /** Closes the run of integer keys being read (state() and the next key that is not one of them call it). */
  private endInts(): void {
    if ((this.nInts + 1) * 3 > this.ints.length) { const wider = new Float64Array(this.ints.length * 2); wider.set(this.ints); this.ints = wider; }
    const at = this.nInts++ * 3;
    this.ints[at] = this.intKey;
    this.ints[at + 1] = this.n - this.intKey;
    this.ints[at + 2] = this.intValue;
    this.intKey = -1;
  }

  /** Whether a key with these deltas belongs to the last run of rows, and that run started at key `since` or before. */
  private sameRun(since: number, rowDelta: number, seq: number, lineDelta: number): boolean {
    const r = this.runs;
    const last = (this.nRuns - 1) * 4;
    return last >= 0 && r[last + 1] === rowDelta && r[last + 2] === seq && r[last + 3] === lineDelta && r[last] <= since;
  }

  private entry(hi: number, lo: number, row: number, seq: number, line: number, offset: number | null | undefined): void {
    if (this.n === this.cap) this.grow();
    const i = this.n;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.run(i, row - i, seq, line - row);
    this.offsetAt(i, offset);
    this.keyStart = this.used;
  }

  private offsetAt(i: number, offset: number | null | undefined): void {
    if (offset == null) this.off[i] = 0;
    else {
      if (this.base < 0) this.base = offset;
      const rel = offset - this.base + 1;
      if (rel > 0xffffffff && this.off instanceof Uint32Array) this.off = Float64Array.from(this.off);
      this.off[i] = rel;
    }
  }

  private run(i: number, rowDelta: number, seq: number, lineDelta: number): void {
    if (this.sameRun(i, rowDelta, seq, lineDelta)) return;
    const r = this.runs;
    if ((this.nRuns + 1) * 4 > r.length) { const wider = new Int32Array(r.length * 2); wider.set(r); this.runs = wider; }
    const at = this.nRuns++ * 4;
    this.runs[at] = i;
    this.runs[at + 1] = rowDelta;
    this.runs[at + 2] = seq;
    this.runs[at + 3] = lineDelta;
  }

  addChars(s: string, max: number): void {
    this.addRange(s, 0, s.length, max);
  }

  /** Adds text.slice(from, to) to the key's value (without making that string), up to max characters a value. */
  addRange(text: string, from: number, to: number, max: number): void {
    const n = Math.min(to - from, max - (this.used - this.keyStart));
    if (n <= 0) return;
    if (this.used + n > this.chars.length) this.widen(this.chars instanceof Uint16Array, this.used + n);
    let k = 0;
    let u = this.used;
    const narrow = this.chars;
    if (narrow instanceof Uint8Array) {
      for (; k < n; k++) {
        const c = text.charCodeAt(from + k);
        if (c > 0xff) break;
        narrow[u++] = c;
      }
      this.used = u;
      if (k === n) return;
      this.widen(true, u + n - k);
    }
    const wide = this.chars;
    for (; k < n; k++) wide[u++] = text.charCodeAt(from + k);
    this.used = u;
  }

  /** addRange from the bytes of an ASCII line (byte i is character i), without reading its text. */
  addBytes(bytes: Uint8Array, from: number, to: number, max: number): void {
    const n = Math.min(to - from, max - (this.used - this.keyStart));
    if (n <= 0) return;
    if (this.used + n > this.chars.length) this.widen(this.chars instanceof Uint16Array, this.used + n);
    const chars = this.chars;
    let u = this.used;
    for (let k = from; k < from + n; k++) chars[u++] = bytes[k];
    this.used = u;
  }

  /** A larger array for the characters, of two bytes each when `two`. */
  private widen(two: boolean, need: number): void {
    const next = two ? new Uint16Array(Math.max(this.chars.length * 2, need)) : new Uint8Array(Math.max(this.chars.length * 2, need));
    next.set(this.chars.subarray(0, this.used));
    this.chars = next;
  }

  endKey(): void {
    this.len[this.n++] = this.used - this.keyStart;
  }

  private grow(): void {
    this.cap *= 2;
    const wider = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap);
      b.set(a);
      return b;
    };
    this.hi = wider(this.hi);
    this.lo = wider(this.lo);
    this.off = wider(this.off);
    this.len = wider(this.len);
  }

  /** The keys, trimmed. why slice: a view is cloned with its whole buffer when posted to another thread. */
  state(): PartKeyState {
    if (this.intKey >= 0) this.endInts();
    const n = this.n;
    return {
      ints: this.ints.slice(0, this.nInts * 3),
      n, hi: this.hi.slice(0, n), lo: this.lo.slice(0, n), runs: this.runs.slice(0, this.nRuns * 4),
      off: this.off.slice(0, n), base: this.base, len: this.len.slice(0, n), chars: this.chars.slice(0, this.used),
    };
  }
}

/** Walks a part's keys in order: call next() for each, then read the key's fields. */
export class KeyCursor {
  i = -1;
  row = 0;
  seq = 0;
  line = 0;
  private run = -1;
  private charStart = 0;
  private charEnd = 0;

  constructor(private readonly s: PartKeyState) {}

  next(): boolean {
    const s = this.s;
    if (++this.i >= s.n) return false;
    const i = this.i;
    const r = s.runs;
    while ((this.run + 1) * 4 < r.length && r[(this.run + 1) * 4] <= i) this.run++;
    const at = this.run * 4;
    this.row = i + r[at + 1];
    this.seq = r[at + 2];
    this.line = this.row + r[at + 3];
    this.charStart = this.charEnd;
    this.charEnd += s.len[i];
    return true;
  }

  /** Moves past the next n keys without reading them (the keys of a run of integers taken whole). */
  skip(n: number): void {
    this.i += n;
  }

  offset(): number | null {
    const o = this.s.off[this.i];
    return o === 0 ? null : this.s.base + o - 1;
  }

  value(): string {
    return String.fromCharCode.apply(null, this.s.chars.subarray(this.charStart, this.charEnd) as unknown as number[]);
  }
}
