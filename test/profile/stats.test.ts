// The streaming sketches and drift statistics against hand-computed values: KS D and p-value, PSI, reservoir and heavy hitters.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { FrequentValues, Moments, Reservoir, kolmogorovQ, ksPValue, ksStatistic, psi, seededRandom, PSI_EPSILON } from "../../src/profile/stats.js";

const close = (got: number, want: number, tol = 1e-9, what = "") => assert.ok(Math.abs(got - want) <= tol, `${what} got ${got}, want ${want} ± ${tol}`);

describe("ksStatistic", () => {
  it("shifted samples: the largest CDF gap, by hand 0.5", () => {
    // x:    1    2    3    4    5    6
    // Fa: .25  .50  .75    1    1    1
    // Fb:   0    0  .25  .50  .75    1   → max |Fa − Fb| = 0.5
    assert.equal(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]), 0.5);
  });
  it("interleaved samples of different sizes: by hand 0.4", () => {
    // Fa steps by 1/5 at .1 .2 .3 .4 .5; Fb by 1/3 at .25 .35 .45; the gap is .4 at x = .2
    close(ksStatistic([0.1, 0.2, 0.3, 0.4, 0.5], [0.25, 0.35, 0.45]), 0.4, 1e-12);
  });
  it("ties step together: [1,1,2] vs [1,2,2] is 1/3, not 2/3", () => {
    close(ksStatistic([1, 1, 2], [1, 2, 2]), 1 / 3, 1e-12);
  });
  it("equal samples give 0, disjoint ones 1, an empty one NaN", () => {
    assert.equal(ksStatistic([1, 2, 2, 3], [1, 2, 2, 3]), 0);
    assert.equal(ksStatistic([1, 2], [3, 4]), 1);
    assert.ok(Number.isNaN(ksStatistic([], [1])));
  });
});

describe("KS p-value", () => {
  it("Kolmogorov's Q at known points (tables: Q(1.0) = 0.2700, Q(1.358) ≈ 0.05, Q(0.5) = 0.9639)", () => {
    close(kolmogorovQ(1.0), 0.27, 1e-4);
    close(kolmogorovQ(1.358), 0.05, 1e-3);
    close(kolmogorovQ(0.5), 0.9639, 1e-4);
    assert.equal(kolmogorovQ(0), 1);
    assert.ok(kolmogorovQ(3) < 1e-7);
  });
  it("uses the effective size nm/(n+m) with Stephens' correction", () => {
    // n = m = 4: nₑ = 2, λ = (√2 + 0.12 + 0.11/√2)·0.5
    const lambda = (Math.SQRT2 + 0.12 + 0.11 / Math.SQRT2) * 0.5;
    close(ksPValue(0.5, 4, 4), kolmogorovQ(lambda), 1e-15);
    assert.ok(ksPValue(0.5, 4, 4) > 0.5, "4 values a side cannot show a shift");
    assert.ok(ksPValue(0.2, 10_000, 10_000) < 1e-10, "10,000 a side can");
  });
});

describe("psi", () => {
  it("50/50 → 70/30: 0.2·ln(1.4) + 0.2·ln(5/3) = 0.16946", () => {
    const want = 0.2 * Math.log(1.4) + 0.2 * Math.log(0.5 / 0.3);
    close(psi([50, 50], [70, 30]), want, 1e-12);
    close(psi([50, 50], [70, 30]), 0.16946, 1e-5);
  });
  it("takes counts, not proportions: scale does not matter; equal mixes give 0", () => {
    close(psi([1, 1, 2], [100, 100, 200]), 0, 1e-15);
    close(psi([5, 5], [700, 300]), psi([50, 50], [70, 30]), 1e-12);
  });
  it("an empty bin counts as epsilon (1e-4): [100, 0] → [90, 10]", () => {
    assert.equal(PSI_EPSILON, 1e-4);
    const want = (0.9 - 1) * Math.log(0.9 / 1) + (0.1 - 1e-4) * Math.log(0.1 / 1e-4); // 0.70062
    close(psi([100, 0], [90, 10]), want, 1e-12);
    close(psi([100, 0], [90, 10]), 0.70062, 1e-5);
  });
  it("NaN when one side has no values; an error on mismatched bins", () => {
    assert.ok(Number.isNaN(psi([0, 0], [1, 1])));
    assert.throws(() => psi([1], [1, 2]), RangeError);
  });
});

describe("Reservoir", () => {
  const fill = (seed: number, n: number, cap = 10_000) => {
    const r = new Reservoir(cap, seed);
    for (let i = 0; i < n; i++) r.add(i);
    return r;
  };
  it("keeps everything while the stream fits", () => {
    const r = fill(1, 50, 100);
    assert.equal(r.size, 50);
    assert.deepEqual(Array.from(r.sorted()), Array.from({ length: 50 }, (_, i) => i));
  });
  it("is deterministic for a seed, and bounded, on a stream of a million values", () => {
    const a = fill(7, 1_000_000), b = fill(7, 1_000_000), c = fill(8, 1_000_000);
    assert.equal(a.size, 10_000);
    assert.equal(a.seen, 1_000_000);
    assert.deepEqual(a.sorted(), b.sorted());
    assert.notDeepEqual(a.sorted(), c.sorted());
    // uniform: the sample's mean and quartiles are those of 0…999,999 within sampling error (σ of the mean ≈ 2,900)
    const s = a.sorted();
    const mean = s.reduce((x, y) => x + y, 0) / s.length;
    assert.ok(Math.abs(mean - 500_000) < 15_000, `mean ${mean}`);
    assert.ok(Math.abs(s[2500] - 250_000) < 15_000 && Math.abs(s[7500] - 750_000) < 15_000, `quartiles ${s[2500]} ${s[7500]}`);
    // and a sample's D against another seed's sample of the same stream is sampling noise only
    assert.ok(ksStatistic(a.sorted(), c.sorted()) < 0.03);
  });
  it("rejects a capacity that is not a positive integer", () => {
    assert.throws(() => new Reservoir(0, 1), RangeError);
  });
});

describe("Moments", () => {
  it("count, min, max and mean", () => {
    const m = new Moments();
    for (const x of [3, -1, 4, 1, 5]) m.add(x);
    assert.deepEqual([m.count, m.min, m.max], [5, -1, 5]);
    close(m.mean, 2.4, 1e-12);
  });
});

describe("FrequentValues", () => {
  it("is exact while the distinct values fit, with a deterministic order (count, then value)", () => {
    const f = new FrequentValues(10);
    for (const v of ["b", "a", "c", "a", "b", "a"]) f.add(v);
    assert.deepEqual(f.top(5), [["a", 3], ["b", 2], ["c", 1]]);
    assert.deepEqual(f.top(2), [["a", 3], ["b", 2]]);
    assert.equal(f.approximate, false);
    assert.equal(f.distinct, 3);
  });
  it("stays bounded on a million distinct values and still finds the heavy hitter within 2n/capacity", () => {
    const cap = 1000;
    const f = new FrequentValues(cap);
    const rand = seededRandom(3);
    let hot = 0;
    for (let i = 0; i < 1_000_000; i++) {
      if (rand() < 0.3) { f.add("HOT"); hot++; } else f.add(`v${i}`);
      if (i % 997 === 0) assert.ok(f.distinct <= cap);
    }
    assert.equal(f.approximate, true);
    const [value, count] = f.top(1)[0];
    assert.equal(value, "HOT");
    assert.ok(count <= hot && count >= hot - (2 * f.total) / cap, `count ${count} of ${hot}`);
  });
});
