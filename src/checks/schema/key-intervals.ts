// Runs of consecutive integer keys seen so far, as sorted intervals: how the merging thread holds a count-up primary key.

/**
 * Each interval [lo, hi] holds every integer of it, value v first seen at row v + rowMinusValue. A part's run of
 * integer keys (part-keys.ts addInt) enters whole when none of its values was seen: no hash, no probe, no slot of the
 * key table, and adjacent runs of the same numbering join (a clean file with ids counting up is one interval).
 * why only appended runs, and long runs anywhere: a run out of order costs a move of the intervals after it; ids in
 * random order would move them at every key. A run that may hold a value seen before is probed key by key instead
 * (find, then the key table), so the table and the intervals never hold the same value.
 */
export class KeyIntervals {
  private lo = new Float64Array(16);
  private hi = new Float64Array(16);
  private rowMinusValue = new Float64Array(16);
  private n = 0;
  /** The least and greatest integer key put in the key table instead (an interval may not meet them). */
  private tabledMin = Infinity;
  private tabledMax = -Infinity;

  /** Intervals past which runs are taken only where they extend the last one (then the key table takes them). */
  static readonly CAP = 1 << 16;

  get size(): number {
    return this.n;
  }

  /** The row where value v was first seen, or 0. */
  find(v: number): number {
    const p = this.after(v) - 1;
    return p >= 0 && v <= this.hi[p] ? v + this.rowMinusValue[p] : 0;
  }

  /** Notes an integer key put in the key table rather than here. */
  tabled(v: number): void {
    if (v < this.tabledMin) this.tabledMin = v;
    if (v > this.tabledMax) this.tabledMax = v;
  }

  /**
   * Takes the keys v .. v + count - 1, v first seen at `row` and each next one a row later, when none of them was seen
   * and the run may enter here (appended, or `anywhere`); false: the caller probes them one by one.
   */
  take(v: number, count: number, row: number, anywhere: boolean): boolean {
    const last = v + count - 1;
    if (last >= this.tabledMin && v <= this.tabledMax) return false;
    const p = this.after(v);
    if (p > 0 && this.hi[p - 1] >= v) return false;
    if (p < this.n && this.lo[p] <= last) return false;
    const rm = row - v;
    if (p > 0 && p === this.n && this.hi[p - 1] + 1 === v && this.rowMinusValue[p - 1] === rm) {
      this.hi[p - 1] = last;
      return true;
    }
    if ((p < this.n && !anywhere) || this.n >= KeyIntervals.CAP) return false;
    this.insert(p, v, last, rm);
    return true;
  }

  /** The index of the first interval whose lo is above v. */
  private after(v: number): number {
    let a = 0, b = this.n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (this.lo[m] <= v) a = m + 1;
      else b = m;
    }
    return a;
  }

  private insert(p: number, lo: number, hi: number, rm: number): void {
    if (this.n === this.lo.length) {
      const wider = (x: Float64Array) => { const y = new Float64Array(x.length * 2); y.set(x); return y; };
      this.lo = wider(this.lo);
      this.hi = wider(this.hi);
      this.rowMinusValue = wider(this.rowMinusValue);
    }
    for (const x of [this.lo, this.hi, this.rowMinusValue]) x.copyWithin(p + 1, p, this.n);
    this.lo[p] = lo;
    this.hi[p] = hi;
    this.rowMinusValue[p] = rm;
    this.n++;
  }
}
