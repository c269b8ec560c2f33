// The keys one part of a split file read (hash, row, where and what), handed to the thread that merges the parts in file order.

/**
 * What the merging thread needs to probe a key and, when it repeats, to report it: the 64-bit hash and the
 * part-relative row; the count of the part's defects reported before it (where the defect goes among the
 * part's own); its line, byte offset (NaN: unknown) and value (cut to 200 characters).
 *
 * why the value's characters in one typed array and not strings: a cell is a slice of a 64 KiB chunk of
 * text, and a kept slice keeps its whole chunk alive, so a part's strings would hold the part's whole text
 * until it ends. These arrays hold ~28 bytes plus 2 per character per key, only while the part is in flight.
 */
export interface PartKeyState {
  n: number;
  hi: Int32Array;
  lo: Int32Array;
  row: Uint32Array;
  seq: Uint32Array;
  line: Uint32Array;
  offset: Float64Array;
  /** End of key i's characters in `chars` (key i starts at ends[i - 1], or 0). */
  ends: Uint32Array;
  chars: Uint16Array;
}

/** Recorders of parts finished in this thread, for the next part to reuse (see PartKeys.take). */
const spare: PartKeys[] = [];

export class PartKeys {
  /**
   * A recorder, reused from a finished part when there is one. why: a part's arrays live as long as the part, so they
   * are promoted to the old generation, where a worker (which allocates little that lives long) seldom collects:
   * new arrays per part left dead ones of earlier parts unreleased, ~200 MB more peak RSS at 1 GB.
   */
  static take(): PartKeys {
    return spare.pop() ?? new PartKeys();
  }

  /** Empties it for the next part (after state() copied what it holds). */
  recycle(): void {
    this.n = 0;
    this.used = 0;
    spare.push(this);
  }

  private n = 0;
  private cap = 1024;
  private hi = new Int32Array(this.cap);
  private lo = new Int32Array(this.cap);
  private row = new Uint32Array(this.cap);
  private seq = new Uint32Array(this.cap);
  private line = new Uint32Array(this.cap);
  private offset = new Float64Array(this.cap);
  private ends = new Uint32Array(this.cap);
  private chars = new Uint16Array(8 * 1024);
  private used = 0;

  /** Notes a key; its value's characters follow with addChars (for each cell of a composite key) and endKey. */
  add(hi: number, lo: number, row: number, seq: number, line: number, offset: number | null | undefined): void {
    if (this.n === this.cap) this.grow();
    const i = this.n;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.row[i] = row;
    this.seq[i] = seq;
    this.line[i] = line;
    this.offset[i] = offset ?? NaN;
  }

  addChars(s: string, max: number): void {
    const n = Math.min(s.length, max - (this.used - this.start()));
    if (n <= 0) return;
    if (this.used + n > this.chars.length) {
      const next = new Uint16Array(Math.max(this.chars.length * 2, this.used + n));
      next.set(this.chars.subarray(0, this.used));
      this.chars = next;
    }
    const c = this.chars;
    for (let k = 0; k < n; k++) c[this.used + k] = s.charCodeAt(k);
    this.used += n;
  }

  endKey(): void {
    this.ends[this.n++] = this.used;
  }

  private start(): number {
    return this.n === 0 ? 0 : this.ends[this.n - 1];
  }

  private grow(): void {
    this.cap *= 2;
    const wider = <T extends Int32Array | Uint32Array | Float64Array>(a: T, make: new (n: number) => T): T => { const b = new make(this.cap); b.set(a); return b; };
    this.hi = wider(this.hi, Int32Array);
    this.lo = wider(this.lo, Int32Array);
    this.row = wider(this.row, Uint32Array);
    this.seq = wider(this.seq, Uint32Array);
    this.line = wider(this.line, Uint32Array);
    this.offset = wider(this.offset, Float64Array);
    this.ends = wider(this.ends, Uint32Array);
  }

  /** The keys, trimmed. why slice: a view is cloned with its whole buffer when posted to another thread. */
  state(): PartKeyState {
    const n = this.n;
    return {
      n, hi: this.hi.slice(0, n), lo: this.lo.slice(0, n), row: this.row.slice(0, n), seq: this.seq.slice(0, n),
      line: this.line.slice(0, n), offset: this.offset.slice(0, n), ends: this.ends.slice(0, n), chars: this.chars.slice(0, this.used),
    };
  }
}

/** Key i's value as text. */
export function keyValue(s: PartKeyState, i: number): string {
  const from = i === 0 ? 0 : s.ends[i - 1];
  return String.fromCharCode.apply(null, s.chars.subarray(from, s.ends[i]) as unknown as number[]);
}
