// The span scanners on an ASCII line's bytes (span-bytes.ts) against their charCodeAt forms, in place in a longer text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { _EMAIL_FAST_RE, isIsoDatetime, isoDateOk, parseIsoDatetime, spanInteger, spanNumber } from "../../src/schema/parsers.js";
import { classRunB, codesByLength, emailB, isoDateOkB, isoDatetimeFixedB, oneOfB, spanIntegerB, spanNumberB } from "../../src/schema/span-bytes.js";
import { byLengthOf, classRunSpan, guardSpan, oneOfSpan, SPAN_HELPERS, spanSource, typeSpan } from "../../src/schema/span-plan.js";

const { oneOf, classRun } = SPAN_HELPERS;
const bytesOf = (t: string): Uint8Array => Uint8Array.from(t, (c) => c.charCodeAt(0));
/** An ASCII text, a range of it, and its bytes: the scanners read both forms at the same positions. */
const inPlace = fc.tuple(fc.stringMatching(/^[ -~]{0,3}$/), fc.oneof(
  fc.stringMatching(/^[-+0-9.]{0,17}$/),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "-", "+", ".", "1.", ".5", "+-1", "007", "999999999999999"),
  fc.stringMatching(/^[\x00-\x7f]{0,12}$/),
), fc.stringMatching(/^[ -~]{0,3}$/)).map(([before, t, after]) => ({ s: before + t + after, a: before.length, z: before.length + t.length }));

describe("span-bytes: each scanner on the bytes answers as on the string", () => {
  it("integers (the value, NaN alike), numbers, dates", () => {
    fc.assert(fc.property(inPlace, ({ s, a, z }) => {
      const b = bytesOf(s);
      assert.ok(Object.is(spanIntegerB(b, a, z), spanInteger(s, a, z)), JSON.stringify(s.slice(a, z)));
      assert.equal(spanNumberB(b, a, z), spanNumber(s, a, z), JSON.stringify(s.slice(a, z)));
      if (z - a === 10) assert.equal(isoDateOkB(b, a), isoDateOk(s, a), JSON.stringify(s.slice(a, z)));
    }), { numRuns: 30000 });
  });
  it("lists of values (a non-ASCII value never equals an ASCII range) and class runs", () => {
    const lists = [["signup", "login", "NULL", "-x", "né", "N/A", ""], ["true", "false", "1", "0"], ["a😀", "ab"]].map(byLengthOf);
    const table = new Uint8Array(128);
    for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") table[c.charCodeAt(0)] = 1;
    const words = fc.tuple(fc.stringMatching(/^[ -~]{0,2}$/), fc.constantFrom("signup", "login", "NULL", "-x", "N/A", "true", "false", "1", "0", "ab",
      "signuq", "logi", "AB12", "ab12", "A", "ABCDEFGHIJ", "nX", ""), fc.stringMatching(/^[ -~]{0,2}$/))
      .map(([before, t, after]) => ({ s: before + t + after, a: before.length, z: before.length + t.length }));
    fc.assert(fc.property(fc.oneof(words, inPlace), ({ s, a, z }) => {
      const b = bytesOf(s);
      for (const l of lists) assert.equal(oneOfB(codesByLength(l), b, a, z), oneOf(l, s, a, z), JSON.stringify(s.slice(a, z)));
      for (const [min, max] of [[2, 2], [1, 8], [0, 3]]) assert.equal(classRunB(table, min, max, b, a, z), classRun(table, min, max, s, a, z));
    }), { numRuns: 20000 });
    // the codes are made once per list: the made row functions are shared by their constants
    assert.equal(codesByLength(lists[0]), codesByLength(lists[0]));
  });
  it("a class run of one length is written out in the made source (fixedRunB), with classRunB's answers", () => {
    const table = new Uint8Array(128);
    for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") table[c.charCodeAt(0)] = 1;
    /** The bytes kernel spanSource writes for a class run of min..max, made into a function, and its source. */
    const made = (min: number, max: number): { src: string; fn: (b: Uint8Array, a: number, z: number) => boolean } => {
      const consts: unknown[] = [];
      const src = spanSource(classRunSpan(table, min, max), consts, true);
      const fn = new Function("K", "H", `const { classRunB } = H; const K0 = K[0]; return (B, from, to) => ${src};`)(consts, SPAN_HELPERS);
      return { src, fn };
    };
    for (const n of [1, 2, 8, 16]) assert.ok(!made(n, n).src.includes("classRunB"), `{${n}} written out`);
    // refused: a run of lengths min..max, and one longer than 16 (the source would grow with it)
    for (const [min, max] of [[2, 3], [0, 8], [17, 17], [0, 0]]) assert.ok(made(min, max).src.includes("classRunB"), `{${min},${max}} stays the loop`);
    const runs = [1, 2, 8, 16, 17].map((n) => ({ n, fn: made(n, n).fn }));
    const cells = fc.tuple(fc.stringMatching(/^[ -~]{0,3}$/), fc.oneof(fc.stringMatching(/^[A-Z0-9]{0,18}$/), fc.stringMatching(/^[A-Za-z0-9 -]{0,18}$/),
      fc.stringMatching(/^[ -~]{0,18}$/)), fc.stringMatching(/^[ -~]{0,3}$/))
      .map(([before, t, after]) => ({ s: before + t + after, a: before.length, z: before.length + t.length }));
    let passed = 0;
    fc.assert(fc.property(cells, ({ s, a, z }) => {
      const b = bytesOf(s);
      for (const { n, fn } of runs) {
        const want = classRunB(table, n, n, b, a, z);
        assert.equal(fn(b, a, z), want, `{${n}} on ${JSON.stringify(s.slice(a, z))}`);
        if (want) passed++;
      }
    }), { numRuns: 20000 });
    assert.ok(passed > 500, `runs that pass were read (${passed})`);
  });
});

/** A text around a range: the range is what the scanner reads; what is around it must not matter. */
const around = (t: fc.Arbitrary<string>): fc.Arbitrary<{ s: string; a: number; z: number }> =>
  fc.tuple(fc.stringMatching(/^[ -~]{0,3}$/), t, fc.stringMatching(/^[ -~]{0,3}$/)).map(([before, x, after]) => ({ s: before + x + after, a: before.length, z: before.length + x.length }));

describe("span-bytes: the e-mail scanner is EMAIL_FAST_RE on the range, exactly", () => {
  const agree = ({ s, a, z }: { s: string; a: number; z: number }): void =>
    assert.equal(emailB(bytesOf(s), a, z), _EMAIL_FAST_RE.test(s.slice(a, z)), JSON.stringify(s.slice(a, z)));
  it("on edge cases", () => {
    const yes = ["a@b.co", "a.b@c-d.org", "x_y+z-1'q@ex.ample.io", "1@2.ab", "a@b-.cd", "a@b--c.de", "O'Neil@x.ie"];
    const no = ["", "@b.co", "a@", "a@b", "a@b.c", "a@b.c1", ".a@b.co", "a.@b.co", "a..b@c.de", "a'@b.co", "a@.b.co", "a@b..co", "a@-b.co",
      "a@b.co.", "a@b@c.co", "a b@c.co", "a@b_c.co", "a@b.c-o", "a@b.co-", "a@b.-co", "a@b.co ", "é@b.co".replace("é", "e\u007f")];
    for (const t of [...yes, ...no]) agree({ s: `,${t},`, a: 1, z: 1 + t.length });
    assert.deepEqual(yes.map((t) => emailB(bytesOf(t), 0, t.length)), yes.map(() => true));
  });
  it("on random e-mails, near-misses and ASCII text, in place", () => {
    const part = fc.stringMatching(/^[A-Za-z0-9_'+.@-]{0,8}$/);
    const mail = fc.tuple(part, fc.constantFrom("@", "@@", ".@", "'@", ""), part, fc.constantFrom(".", "..", "-.", ".-"), fc.stringMatching(/^[A-Za-z0-9-]{0,4}$/))
      .map(([l, at, d, dot, tld]) => l + at + d + dot + tld);
    const valid = fc.tuple(fc.stringMatching(/^[A-Za-z0-9_'+-]{1,6}(\.[A-Za-z0-9_'+-]{1,4})?$/), fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,5}$/), { minLength: 1, maxLength: 3 }),
      fc.stringMatching(/^[A-Za-z]{2,4}$/)).map(([l, labels, tld]) => `${l}@${labels.join(".")}.${tld}`);
    const mutated = fc.tuple(valid, fc.nat(), fc.constantFrom(".", "@", "'", "-", "_", "1", "a", " ", "")).map(([t, i, c]) => t.slice(0, i % t.length) + c + t.slice((i % t.length) + 1));
    fc.assert(fc.property(around(fc.oneof(mail, valid, mutated)), (x) => { agree(x); }), { numRuns: 60000 });
    fc.assert(fc.property(around(fc.stringMatching(/^[\x00-\x7f]{0,16}$/)), (x) => { agree(x); }), { numRuns: 10000 });
    let yes = 0;
    fc.assert(fc.property(around(fc.oneof(valid, mutated)), (x) => { if (emailB(bytesOf(x.s), x.a, x.z)) yes++; }), { numRuns: 5000 });
    assert.ok(yes > 1000, `valid e-mails were generated (${yes})`);
  });
});

describe("span-bytes: isoDatetimeFixedB is true only where parseIsoDatetime is, and takes the common shapes", () => {
  const sound = ({ s, a, z }: { s: string; a: number; z: number }): void =>
    assert.ok(!isoDatetimeFixedB(bytesOf(s), a, z) || !Number.isNaN(parseIsoDatetime(s.slice(a, z))), JSON.stringify(s.slice(a, z)));
  it("on edge cases", () => {
    const yes = ["2024-02-29T00:00:00Z", "2000-02-29T23:59:59", "2024-12-31T20:09:05Z", "0000-01-01T00:00:00", "2024-04-30T19:00:00Z"];
    const no = ["2023-02-29T00:00:00Z", "1900-02-29T12:00:00", "2024-04-31T00:00:00Z", "2024-05-10T24:00:00Z", "2024-05-10T23:60:00Z",
      "2024-05-10T23:59:60Z", "2024-05-10T30:00:00Z", "2024-05-10 10:00:00Z", "2024-05-10T10:00:00z", "2024-05-10T10-00:00Z",
      "2024-05-10T10:00-00Z", "2024-05-10T10:00:0aZ", "2024-05-10T10:00:00X", "2024-13-10T10:00:00Z", "2024-05-1xT10:00:00Z"];
    for (const t of yes) assert.ok(isoDatetimeFixedB(bytesOf(`,${t},x`), 1, 1 + t.length), t);
    for (const t of no) assert.ok(!isoDatetimeFixedB(bytesOf(t), 0, t.length), t);
    // the other shapes are left to the RegExp, though valid
    for (const t of ["2024-05-10T10:00Z", "2024-05-10T10:00:00.5Z", "2024-05-10T10:00:00+02:00"]) assert.ok(!isoDatetimeFixedB(bytesOf(t), 0, t.length) && isIsoDatetime(t), t);
  });
  it("on random datetimes and near-misses, in place", () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
    const dt = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom("", "Z", "z", "+01:00", ".5Z"), fc.constantFrom("T", "T", " ", "t"))
      .map(([y, mo, d, h, mi, se, zone, t]) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}${t}${pad(h)}:${pad(mi)}:${pad(se)}${zone}`);
    const mutated = fc.tuple(dt, fc.nat(), fc.constantFrom("0", "9", "-", ":", "T", "Z", " ", "a")).map(([t, i, c]) => t.slice(0, i % t.length) + c + t.slice((i % t.length) + 1));
    fc.assert(fc.property(around(fc.oneof(dt, mutated, fc.stringMatching(/^[0-9TZ:\- ]{19,20}$/))), (x) => { sound(x); }), { numRuns: 60000 });
    let yes = 0;
    fc.assert(fc.property(around(dt), (x) => { if (isoDatetimeFixedB(bytesOf(x.s), x.a, x.z)) yes++; }), { numRuns: 5000 });
    assert.ok(yes > 500, `the fixed shapes were taken (${yes})`);
  });
});

describe("span-bytes: the date and the fixed datetime are written out in the made source, with the scanners' answers", () => {
  /** The bytes kernel spanSource writes for a date or a datetime, made into a function (its temporaries declared), and its source. */
  const made = (kind: "date" | "datetime"): { src: string; fn: (b: Uint8Array, a: number, z: number) => boolean } => {
    const consts: unknown[] = [];
    const src = spanSource(typeSpan(kind, undefined, null)!, consts, true);
    const fn = new Function("K", "H", `const { daysInMonth, spanIsoDatetime } = H; ${consts.map((_, i) => `const K${i} = K[${i}];`).join(" ")}
      return (B, from, to) => { const text = String.fromCharCode(...B); let v, w, ch; return ${src}; };`)(consts, SPAN_HELPERS);
    return { src, fn };
  };
  const date = made("date"), datetime = made("datetime");
  /** The written-out fixed shape alone: the datetime's source up to its RegExp. */
  const fixedSrc = datetime.src.slice(1, datetime.src.indexOf(" || (K"));
  const fixedFn = new Function("H", `const { daysInMonth } = H; return (B, from, to) => { let v, w, ch; return ${fixedSrc}; };`)(SPAN_HELPERS);
  it("no call of isoDateOkB or isoDatetimeFixedB is left (each took V8's inlining budget)", () => {
    for (const { src } of [date, datetime]) assert.ok(!/isoDateOkB|isoDatetimeFixedB/.test(src), src);
  });
  it("on random dates and datetimes, near-misses and ASCII text, in place", () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 21 }), fc.integer({ min: 0, max: 42 }))
      .map(([y, mo, d]) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}`);
    const dt = fc.tuple(fc.oneof(day, fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-04-30")),
      fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 }), fc.constantFrom("", "Z", "z", "+01:00", "X"), fc.constantFrom("T", "T", " ", "t"))
      .map(([d, h, mi, se, zone, t]) => `${d}${t}${pad(h)}:${pad(mi)}:${pad(se)}${zone}`);
    const mutate = (t: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.tuple(t, fc.nat(), fc.constantFrom("0", "1", "2", "3", "9", "/", ":", "-", "T", "Z", " ", "a"))
      .map(([x, i, c]) => x.slice(0, i % x.length) + c + x.slice((i % x.length) + 1));
    let dates = 0, datetimes = 0;
    fc.assert(fc.property(around(fc.oneof(day, dt, mutate(day), mutate(dt), fc.stringMatching(/^[0-9TZ:\- ]{10,20}$/), fc.stringMatching(/^[ -~]{0,20}$/))), ({ s, a, z }) => {
      const b = bytesOf(s);
      const wantDate = z - a === 10 && isoDateOkB(b, a);
      assert.equal(date.fn(b, a, z), wantDate, JSON.stringify(s.slice(a, z)));
      const fixed = isoDatetimeFixedB(b, a, z);
      assert.equal(fixedFn(b, a, z), fixed, JSON.stringify(s.slice(a, z)));
      // the made datetime goes on to the RegExp and the scanner where the fixed shape says no: it is at least as true
      if (fixed) assert.equal(datetime.fn(b, a, z), true, JSON.stringify(s.slice(a, z)));
      if (wantDate) dates++;
      if (fixed) datetimes++;
    }), { numRuns: 60000 });
    assert.ok(dates > 1000 && datetimes > 300, `valid ones were read (${dates} dates, ${datetimes} datetimes)`);
  });
  it("the fixed datetime alone answers as isoDatetimeFixedB", () => {
    const fn = fixedFn;
    const cases = ["2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T10:00:00", "2024-04-30T23:59:59Z", "2024-05-10T24:00:00Z",
      "2024-05-10T23:60:00Z", "2024-05-10T20:59:59Z", "2024-05-10T03:09:09", "2024-00-10T03:09:09", "2024-05-00T03:09:09", "2024-05-10T03:09:09z"];
    for (const t of cases) assert.equal(fn(bytesOf(`,${t},`), 1, 1 + t.length), isoDatetimeFixedB(bytesOf(t), 0, t.length), t);
    fc.assert(fc.property(around(fc.stringMatching(/^[0-9]{4}-[0-2][0-9]-[0-3][0-9]T[0-2][0-9]:[0-6][0-9]:[0-6][0-9]Z?$/)), ({ s, a, z }) => {
      assert.equal(fn(bytesOf(s), a, z), isoDatetimeFixedB(bytesOf(s), a, z), JSON.stringify(s.slice(a, z)));
    }), { numRuns: 30000 });
  });
});

describe("span-bytes: a short list of values is written out in the made source (oneOfSrcB), with oneOfB's answers", () => {
  const table = new Uint8Array(128);
  /** The bytes kernel spanSource writes for a list (and for a text column guarded by it), made into a function, and its source. */
  const made = (values: string[], guard = false): { src: string; fn: (b: Uint8Array, a: number, z: number) => boolean } => {
    const consts: unknown[] = [];
    const first = new Uint8Array(128);
    for (const v of values) if (v.length > 0 && v.charCodeAt(0) < 128) first[v.charCodeAt(0)] = 1;
    const plan = guard ? guardSpan(classRunSpan(table, 0, 0), first, false, true, byLengthOf(values)) : oneOfSpan(values);
    const src = spanSource(plan, consts, true);
    const fn = new Function("K", "H", `const { oneOfB, classRunB } = H; ${consts.map((_, i) => `const K${i} = K[${i}];`).join(" ")}
      return (B, from, to) => { let v, w, g, ch; return ${src}; };`)(consts, SPAN_HELPERS);
    return { src, fn };
  };
  const short = [["signup", "login", "purchase", "refund", "cancel", "upgrade"], ["true", "false", "1", "0"], ["", "a", "né", "N/A"]];
  const long = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike"];
  it("the source of a list of up to 64 characters holds no oneOfB call; a longer list keeps it", () => {
    for (const l of short) assert.ok(!made(l).src.includes("oneOfB"), JSON.stringify(l));
    assert.ok(made(long).src.includes("oneOfB"), "a list of 71 characters stays the loop");
    // the guard's list of spellings: written out when short too
    assert.ok(!made(["NA", "NULL", "N/A"], true).src.includes("oneOfB"));
    assert.ok(made(long, true).src.includes("oneOfB"));
  });
  it("on the values, near-misses and ASCII text, in place", () => {
    const lists = [...short, long];
    const kernels = lists.map((l) => ({ codes: codesByLength(byLengthOf(l)), fn: made(l).fn }));
    const words = around(fc.oneof(fc.constantFrom(...lists.flat()), fc.constantFrom(...lists.flat()).chain((v) => fc.nat().map((i) =>
      v.length === 0 ? "x" : v.slice(0, i % v.length) + String.fromCharCode(v.charCodeAt(i % v.length) ^ 1) + v.slice((i % v.length) + 1))),
      fc.stringMatching(/^[ -~]{0,9}$/)));
    let yes = 0;
    fc.assert(fc.property(words, ({ s, a, z }) => {
      const b = bytesOf(s);
      for (const { codes, fn } of kernels) {
        const want = oneOfB(codes, b, a, z);
        assert.equal(fn(b, a, z), want, JSON.stringify(s.slice(a, z)));
        if (want) yes++;
      }
    }), { numRuns: 20000 });
    assert.ok(yes > 3000, `values were read (${yes})`);
  });
});
