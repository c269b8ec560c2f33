// Streaming column sketches in bounded memory (seeded reservoir, moments, heavy hitters) and the drift statistics (KS, PSI).

// ---------------------------------------------------------------- seeded randomness

/**
 * mulberry32: a tiny 32-bit PRNG. why not Math.random: a profile must be byte-for-byte the same
 * on every run of the same file, so the sample is drawn from a seeded generator.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- reservoir sample

/**
 * A uniform random sample of at most `capacity` numbers from a stream of any length (Li's Algorithm L).
 * why Algorithm L rather than R: it draws random numbers only when an item is taken (O(k log(n/k)) draws),
 * so the per-row cost past the first `capacity` values is one counter decrement.
 */
export class Reservoir {
  readonly capacity: number;
  private readonly rand: () => number;
  private buf: Float64Array;
  private filled = 0;
  /** Values offered so far. */
  seen = 0;
  private w = 0;
  /** Values still to skip before the next one is taken. */
  private skip = 0;

  constructor(capacity: number, seed: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`reservoir capacity must be a positive integer, not ${capacity}`);
    this.capacity = capacity;
    this.rand = seededRandom(seed);
    // why grow on demand: a column of a small file should not cost the full capacity
    this.buf = new Float64Array(Math.min(capacity, 256));
  }

  /** A uniform draw in (0, 1]: never 0, so its logarithm is finite. */
  private u(): number {
    return 1 - this.rand();
  }

  private nextSkip(): void {
    const skip = Math.floor(Math.log(this.u()) / Math.log(1 - this.w));
    // why the guard: after ~1e300 values w underflows and the division is -Infinity or NaN
    this.skip = skip >= 0 ? skip : Number.MAX_SAFE_INTEGER;
  }

  add(x: number): void {
    this.seen++;
    if (this.filled < this.capacity) {
      if (this.filled === this.buf.length) {
        const bigger = new Float64Array(Math.min(this.capacity, this.buf.length * 2));
        bigger.set(this.buf);
        this.buf = bigger;
      }
      this.buf[this.filled++] = x;
      if (this.filled === this.capacity) {
        this.w = Math.exp(Math.log(this.u()) / this.capacity);
        this.nextSkip();
      }
      return;
    }
    if (this.skip > 0) { this.skip--; return; }
    this.buf[Math.floor(this.rand() * this.capacity)] = x;
    this.w *= Math.exp(Math.log(this.u()) / this.capacity);
    this.nextSkip();
  }

  get size(): number {
    return this.filled;
  }

  /** The sample, sorted ascending (a copy). */
  sorted(): Float64Array {
    return this.buf.slice(0, this.filled).sort();
  }
}

// ---------------------------------------------------------------- moments

/** Count, min, max and mean of a stream of numbers (Welford's update, so the mean stays accurate on long streams). */
export class Moments {
  count = 0;
  min = Infinity;
  max = -Infinity;
  mean = 0;

  add(x: number): void {
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.mean += (x - this.mean) / this.count;
  }
}

// ---------------------------------------------------------------- heavy hitters

/**
 * Frequencies of the most common values of a stream, in at most `capacity` counters (Misra–Gries,
 * purging at the median as Apache DataSketches' frequent-items sketch does). Exact while the stream
 * has at most `capacity` distinct values; past that, each count is low by at most 2·n/capacity.
 * why purge at the median: evicting the single smallest counter per new value costs O(capacity) each time;
 * halving the table at once keeps the per-value cost O(1) amortised.
 */
export class FrequentValues {
  readonly capacity: number;
  private readonly counts = new Map<string, number>();
  /** Values offered so far. */
  total = 0;
  /** True once a purge has happened (counts are then lower bounds). */
  approximate = false;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`capacity must be an integer of at least 2, not ${capacity}`);
    this.capacity = capacity;
  }

  add(value: string): void {
    this.total++;
    const c = this.counts.get(value);
    if (c !== undefined) { this.counts.set(value, c + 1); return; }
    if (this.counts.size >= this.capacity) this.purge();
    this.counts.set(value, 1);
  }

  private purge(): void {
    this.approximate = true;
    const sorted = [...this.counts.values()].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    for (const [k, v] of this.counts) {
      if (v <= median) this.counts.delete(k);
      else this.counts.set(k, v - median);
    }
  }

  /** The k most frequent values, most frequent first (ties by value, so the order is deterministic). */
  top(k: number): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, k);
  }

  /** Distinct values counted (exact while not `approximate`). */
  get distinct(): number {
    return this.counts.size;
  }
}

// ---------------------------------------------------------------- Kolmogorov–Smirnov

/**
 * Two-sample Kolmogorov–Smirnov statistic D = max |F_a(x) − F_b(x)| over both samples' empirical CDFs.
 * Both inputs must be sorted ascending. Ties are stepped over together, so equal samples give exactly 0.
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length, m = b.length;
  if (n === 0 || m === 0) return NaN;
  let i = 0, j = 0, d = 0;
  while (i < n && j < m) {
    const x = a[i] <= b[j] ? a[i] : b[j];
    while (i < n && a[i] <= x) i++;
    while (j < m && b[j] <= x) j++;
    const diff = Math.abs(i / n - j / m);
    if (diff > d) d = diff;
  }
  return d;
}

/** Kolmogorov's survival function Q(λ) = 2 Σ (−1)^(j−1) exp(−2 j² λ²). */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 0.18) return 1; // the series converges slowly here and the value is 1 to 1e-12
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = Math.exp(-2 * j * j * lambda * lambda);
    sum += j % 2 === 1 ? term : -term;
    if (term < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * Asymptotic p-value of a two-sample KS statistic D for sample sizes n and m, with Stephens' small-sample
 * correction (Numerical Recipes' `kstwo`): Q((√nₑ + 0.12 + 0.11/√nₑ)·D), nₑ = nm/(n+m).
 */
export function ksPValue(d: number, n: number, m: number): number {
  if (!(n > 0 && m > 0) || !Number.isFinite(d)) return NaN;
  const en = Math.sqrt((n * m) / (n + m));
  return kolmogorovQ((en + 0.12 + 0.11 / en) * d);
}

// ---------------------------------------------------------------- population stability index

/** The proportion that stands in for an empty bin in PSI (its logarithm would be infinite). */
export const PSI_EPSILON = 1e-4;

/**
 * Population stability index Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ) between expected (baseline) and actual counts over
 * the same bins. Counts are turned into proportions; an empty bin counts as PSI_EPSILON.
 */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>, epsilon = PSI_EPSILON): number {
  if (expected.length !== actual.length) throw new RangeError("psi: expected and actual need the same bins");
  let te = 0, ta = 0;
  for (let i = 0; i < expected.length; i++) { te += expected[i]; ta += actual[i]; }
  if (te <= 0 || ta <= 0) return NaN;
  let s = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] / te || epsilon;
    const a = actual[i] / ta || epsilon;
    s += (a - e) * Math.log(a / e);
  }
  return s;
}
