// A field's test on a range of a line's text as data (a kind and its parameters), made into one function per column.
import { classRunB, codesByLength, emailB, isoDateOkB, isoDatetimeFixedB, oneOfB, spanIntegerB, spanNumberB } from "./span-bytes.js";
import { daysInMonth, EMAIL_STICKY, ISO_DATETIME_STICKY, isoDateOk, spanInteger, spanIsoDateMs, spanIsoDatetime, spanIsoDatetimeMs, spanIsoTimeMs, spanNumber, spanNumberValue, spanUuid, spanYear, spanYearMonth, type SpanKind, type SpanTest } from "./parsers.js";

/** What a span test checks (see spanTest). */
const enum Kind {
  True, Integer, Number, NumberRange, OneOf, Date, DateRange, Datetime, DatetimeRange, TimeRange, YearRange, YearMonthRange,
  Sticky, Uuid, MaxLength, ClassRun,
}

/** A span test: its kind, its parameters (every field set, so every plan has the same shape), and the cells check's guard. */
export class SpanPlan {
  constructor(
    readonly kind: Kind,
    /** Bounds of the *Range kinds (±Infinity when absent): a value passes when lo ≤ v ≤ hi and xlo < v < xhi. */
    readonly lo: number = -Infinity,
    readonly hi: number = Infinity,
    readonly xlo: number = -Infinity,
    readonly xhi: number = Infinity,
    /** Length bounds in UTF-16 units (ClassRun: min and max; MaxLength: max). */
    readonly min: number = 0,
    readonly max: number = Infinity,
    /** ClassRun: 1 for each ASCII character the class holds. */
    readonly table: Uint8Array | null = null,
    /** OneOf: the values by length (byLength[n]: the values of n units; every index up to the longest is an array). */
    readonly byLength: string[][] | null = null,
    /** Sticky: a sticky RegExp (parsers.ts stickyRegExp) that must match from the range's start to its end exactly. */
    readonly re: RegExp | null = null,
    /**
     * The guard (see guardSpan): when set, an empty range answers `emptyClean`; a first character c with first[c] === 2
     * answers false, and one with first[c] === 1 (non-ASCII: when `nonAscii`) answers false when the range is one of
     * `guarded` (the guarded spellings by length, as OneOf's byLength), or for any range when `guarded` is null.
     */
    readonly first: Uint8Array | null = null,
    readonly nonAscii: boolean = false,
    readonly emptyClean: boolean = false,
    readonly guarded: string[][] | null = null,
  ) {}
}

/** A text field with no constraint: every range passes. */
export const ANY_SPAN = new SpanPlan(Kind.True);

/** `maxLength` on a text field: at most `max` UTF-16 units (characters ≤ units, so true only where the length test is). */
export const maxLengthSpan = (max: number): SpanPlan => new SpanPlan(Kind.MaxLength, -Infinity, Infinity, -Infinity, Infinity, 0, max);

/** A class-run pattern (compile-field.ts classRunMatcher): min..max characters, each in the table. */
export const classRunSpan = (table: Uint8Array, min: number, max: number): SpanPlan => new SpanPlan(Kind.ClassRun, -Infinity, Infinity, -Infinity, Infinity, min, max, table);

/** Membership in a short list of strings: the values of the range's length, compared character by character. */
export function oneOfSpan(values: Iterable<string>): SpanPlan {
  const byLength = byLengthOf(values);
  return new SpanPlan(Kind.OneOf, -Infinity, Infinity, -Infinity, Infinity, 0, byLength.length - 1, null, byLength);
}

/** The values by length: byLength[n] holds the values of n UTF-16 units; every index up to the longest is an array. */
export function byLengthOf(values: Iterable<string>): string[][] {
  const byLength: string[][] = [];
  for (const v of values) (byLength[v.length] ??= []).push(v);
  for (let n = 0; n < byLength.length; n++) byLength[n] ??= [];
  return byLength;
}

/** A sticky RegExp (parsers.ts stickyRegExp) matching the range exactly. */
export const stickySpan = (re: RegExp): SpanPlan => new SpanPlan(Kind.Sticky, -Infinity, Infinity, -Infinity, Infinity, 0, Infinity, null, null, re);

export interface SpanBounds { lo: number; hi: number; xlo: number; xhi: number }

/** The span test of a type's default form (TypeParser.spanKind), within bounds when given (null: none). */
export function typeSpan(kind: SpanKind, values: readonly string[] | undefined, b: SpanBounds | null): SpanPlan | null {
  const ranged = (k: Kind): SpanPlan => (b === null ? new SpanPlan(k) : new SpanPlan(k, b.lo, b.hi, b.xlo, b.xhi));
  switch (kind) {
    case "integer": return ranged(Kind.Integer);
    case "number": return b === null ? new SpanPlan(Kind.Number) : ranged(Kind.NumberRange);
    case "date": return b === null ? new SpanPlan(Kind.Date) : ranged(Kind.DateRange);
    case "datetime": return b === null ? new SpanPlan(Kind.Datetime) : ranged(Kind.DatetimeRange);
    case "time": return ranged(Kind.TimeRange);
    case "year": return ranged(Kind.YearRange);
    case "yearmonth": return ranged(Kind.YearMonthRange);
    // the types below take no bounds (compile-field.ts refuses them), so `b` is null here
    case "oneOf": return values === undefined ? null : oneOfSpan(values);
    case "email": return stickySpan(EMAIL_STICKY);
    case "uuid": return new SpanPlan(Kind.Uuid);
  }
}

/**
 * The plan wrapped in the cells check's guard: an empty range answers `emptyClean`, a range whose first character may
 * start a formula (first[c] === 2) answers false, and so does one that is a guarded spelling (a null-like token, a
 * declared missing value: first[c] === 1, then the range compared with `guarded`, by length), so the string path
 * decides them (cells.ts cleanTests). With `guarded` null every range starting with a marked character answers false.
 * why the spellings, not only their first characters: "N" starts "NA" and "NULL", and also most of a column of
 * country codes (NG, NL, NO, NZ) and of names (Noah, Nina); each made a string and took the string path only to be
 * found clean (~2 % of the bench file's cells).
 */
export function guardSpan(p: SpanPlan, first: Uint8Array, nonAscii: boolean, emptyClean: boolean, guarded: string[][] | null): SpanPlan {
  return new SpanPlan(p.kind, p.lo, p.hi, p.xlo, p.xhi, p.min, p.max, p.table, p.byLength, p.re, first, nonAscii, emptyClean, guarded);
}

/**
 * Whether the plan's test may read a quoted cell's range as written, doubled quotes and all (LineRecord.doubled): any
 * text, and a maximum length (undoubling only shortens a cell, so a range within the length is a cell within it). The
 * guard reads the same first character either way (a range that starts with a doubled quote starts with one undoubled),
 * and such a range is never empty. why: a free-text column is where quotes are doubled (`say ""hi""`), and there the
 * cell's string was made only to be measured.
 */
export function readsDoubled(p: SpanPlan): boolean {
  return p.kind === Kind.True || p.kind === Kind.MaxLength;
}

/**
 * The plan's test on text[a, b): true only where the field's fast path is true on the cell's string.
 * why a function per kind, with the guard inside, not one switch run for every cell: the cells check calls each
 * column's test from one call site; a switch (tried) is a function too large to inline, and measured in place it cost
 * as much as before over the bench schema's twelve columns and 20–40 % more for a column alone, where the column's
 * own function has its scanner inlined. Here each kind's function calls its scanner from its own call site, and
 * the guard is part of it, so a guarded column costs one call, not a wrapper's call into another function.
 */
export function spanTest(p: SpanPlan): SpanTest {
  switch (p.kind) {
    case Kind.True: return (s, a, b) => gate(p, s, a, b) !== 0;
    case Kind.Integer: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanInteger(s, a, b)) : g === 1; };
    case Kind.Number: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? spanNumber(s, a, b) : g === 1; };
    case Kind.NumberRange: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanNumberValue(s, a, b)) : g === 1; };
    case Kind.OneOf: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? oneOf(p.byLength!, s, a, b) : g === 1; };
    case Kind.Date: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? b - a === 10 && isoDateOk(s, a) : g === 1; };
    case Kind.DateRange: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanIsoDateMs(s, a, b)) : g === 1; };
    // the RegExp leaves out February 29 (it needs the year): the scanner decides what it refuses
    case Kind.Datetime: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? sticky(ISO_DATETIME_STICKY, s, a, b) || spanIsoDatetime(s, a, b) : g === 1; };
    case Kind.DatetimeRange: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanIsoDatetimeMs(s, a, b)) : g === 1; };
    case Kind.TimeRange: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanIsoTimeMs(s, a, b, true)) : g === 1; };
    case Kind.YearRange: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanYear(s, a, b)) : g === 1; };
    case Kind.YearMonthRange: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? inRange(p, spanYearMonth(s, a, b)) : g === 1; };
    case Kind.Sticky: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? sticky(p.re!, s, a, b) : g === 1; };
    case Kind.Uuid: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? spanUuid(s, a, b) : g === 1; };
    case Kind.MaxLength: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? b - a <= p.max : g === 1; };
    case Kind.ClassRun: return (s, a, b) => { const g = gate(p, s, a, b); return g < 0 ? classRun(p.table!, p.min, p.max, s, a, b) : g === 1; };
  }
}

/** The guard's answer on text[a, b): 0 false, 1 true (an empty range: emptyClean), -1 "ask the kernel" (also without a guard). */
function gate(p: SpanPlan, s: string, a: number, b: number): number {
  const first = p.first;
  if (first === null) return -1;
  if (a === b) return p.emptyClean ? 1 : 0;
  const c = s.charCodeAt(a);
  const g = c < 128 ? first[c] : p.nonAscii ? 1 : 0;
  if (g === 0) return -1;
  return g === 2 || p.guarded === null || oneOf(p.guarded, s, a, b) ? 0 : -1;
}

function sticky(re: RegExp, s: string, a: number, b: number): boolean {
  re.lastIndex = a;
  return re.test(s) && re.lastIndex === b;
}

/** why four compares: NaN (not a value) fails every one, and an absent bound is ±Infinity. */
function inRange(p: SpanPlan, v: number): boolean {
  return v >= p.lo && v <= p.hi && v > p.xlo && v < p.xhi;
}

function oneOf(byLength: string[][], s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n >= byLength.length) return false;
  const candidates = byLength[n];
  for (let k = 0; k < candidates.length; k++) {
    const v = candidates[k];
    let i = 0;
    while (i < n && s.charCodeAt(a + i) === v.charCodeAt(i)) i++;
    if (i === n) return true;
  }
  return false;
}

function classRun(table: Uint8Array, min: number, max: number, s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < min || n > max) return false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || table[c] === 0) return false;
  }
  return true;
}

/**
 * The functions the source of spanSource calls, by name (a function made from source reaches no module's scope: these
 * are handed to it). why not the closures of spanTest: see checks/schema/span-row.ts.
 */
export const SPAN_HELPERS = {
  spanInteger, spanNumber, spanNumberValue, spanIsoDateMs, spanIsoDatetime, spanIsoDatetimeMs, spanIsoTimeMs, spanYear,
  spanYearMonth, spanUuid, isoDateOk, oneOf, classRun, spanIntegerB, spanNumberB, isoDateOkB, oneOfB, classRunB,
  emailB, isoDatetimeFixedB, daysInMonth,
} as const;

/** A number as JavaScript source that reads back as the same number (never NaN: no plan holds one). */
function num(x: number): string {
  if (x !== x) throw new Error("NaN in a span plan");
  return x === Infinity ? "Infinity" : x === -Infinity ? "-Infinity" : `(${String(x)})`;
}

/** The longest class run of one length written out character by character (fixedRunB). */
const FIXED_RUN_MAX = 16;

/**
 * classRunB for a run of exactly n characters, as source: the length, then each byte's entry in the table, written
 * out. why not the call: classRunB inlined into the made scan took V8's inlining budget (920 bytes of bytecode a
 * function) that a spanIntegerB call then went without; written out, the reads cost about what the inlined loop did
 * and the integer is inlined (−97 instructions a row on the bench file: README, "Per-core speed, twenty-first step").
 * `=== 1`: the table holds 1 for the class's members (an ASCII byte is always below its length).
 */
function fixedRunB(table: string, n: number): string {
  let src = `(to - from === ${n}`;
  for (let i = 0; i < n; i++) src += ` && ${table}[B[from${i === 0 ? "" : ` + ${i}`}]] === 1`;
  return `${src})`;
}

/** The most characters (all values together) of a list written out by oneOfSrcB. */
const ONE_OF_WRITTEN_MAX = 64;

/**
 * oneOfB on a short list as source: the range's length, then its bytes against each value of that length, written
 * out; null for a list of more than ONE_OF_WRITTEN_MAX characters (the source would grow with it: oneOfB's loop).
 * why: oneOfB inlined (97 bytes of bytecode a call site) used V8's inlining budget, as isoDateOkB did (see
 * isoDateSrcB); the bench schema's enum and boolean took 194 of its 920 bytes. A character above U+007F is
 * written as its code, which no byte of an ASCII line equals (oneOfB's answer too).
 */
function oneOfSrcB(byLength: readonly (readonly string[])[]): string | null {
  let chars = 0;
  for (const vs of byLength) for (const v of vs) chars += v.length;
  if (chars > ONE_OF_WRITTEN_MAX) return null;
  const alts: string[] = [];
  byLength.forEach((vs, n) => {
    if (vs.length === 0) return;
    const each = vs.map((v) => (n === 0 ? "true" : `(${[...Array(n).keys()].map((i) => `B[from${i === 0 ? "" : ` + ${i}`}] === ${v.charCodeAt(i)}`).join(" && ")})`));
    alts.push(`(to - from === ${n} && (${each.join(" || ")}))`);
  });
  return alts.length === 0 ? "false" : `(${alts.join(" || ")})`;
}

/** Byte `from + i` is a digit, as source (its value left in `ch`). */
const digitB = (i: number): string => `(ch = B[from + ${i}] - 48) >= 0 && ch <= 9`;

/**
 * isoDateOkB(B, from) as source: YYYY-MM-DD, a real calendar date (the month left in `v`, the day in `w`; the year is
 * read only for a day past the 28th). why written out, not the call: the made scan's calls share V8's inlining budget
 * (920 bytes of bytecode a function); isoDateOkB (335 bytes) inlined took the room a spanIntegerB call then went
 * without, and isoDatetimeFixedB was never inlined (README, "Per-core speed, twenty-second step"). The first month
 * and day digits are bounded early (a month of 20 or a day of 40 fails either way); 53328 is 48 × 1111.
 */
function isoDateSrcB(): string {
  return [
    "B[from + 4] === 45", "B[from + 7] === 45", digitB(0), digitB(1), digitB(2), digitB(3),
    "(v = B[from + 5] - 48) >= 0", "v <= 1", digitB(6), "(v = v * 10 + ch) >= 1", "v <= 12",
    "(w = B[from + 8] - 48) >= 0", "w <= 3", digitB(9), "(w = w * 10 + ch) >= 1",
    "(w <= 28 || w <= daysInMonth(B[from] * 1000 + B[from + 1] * 100 + B[from + 2] * 10 + B[from + 3] - 53328, v))",
  ].join(" && ");
}

/** isoDatetimeFixedB(B, from, to) as source (why: see isoDateSrcB): YYYY-MM-DDThh:mm:ss with or without a final Z. */
function isoDatetimeFixedSrcB(): string {
  return `(${[
    "(to - from === 20 ? B[from + 19] === 90 : to - from === 19)", "B[from + 10] === 84", "B[from + 13] === 58", "B[from + 16] === 58",
    // hours 00–23, minutes and seconds 00–59
    "(v = B[from + 11] - 48) >= 0", "v <= 2", digitB(12), "v * 10 + ch <= 23",
    "(ch = B[from + 14] - 48) >= 0", "ch <= 5", digitB(15), "(ch = B[from + 17] - 48) >= 0", "ch <= 5", digitB(18),
    isoDateSrcB(),
  ].join(" && ")})`;
}

/**
 * spanTest(p) as JavaScript source: an expression over `text`, `from` and `to` (using the temporaries `v`, `w`, `g` and `ch`,
 * declared by the caller) that is true exactly where spanTest(p)(text, from, to) is. Tables, lists and RegExps are put
 * in `consts` and read as `K0`, `K1`, …; bounds are written out as numbers; the functions are SPAN_HELPERS' names.
 * The source holds no text from a schema. test/checks/span-row.test.ts compares the two on every kind.
 * With `bytes`, the expression also reads `B`, the line's bytes (LineRecord.bytes: an ASCII text, byte i = character i),
 * and its scanners read them where they have a byte form (span-bytes.ts); the others read `text` as without.
 */
export function spanSource(p: SpanPlan, consts: unknown[], bytes = false): string {
  const k = (x: unknown): string => {
    const at = consts.indexOf(x);
    return `K${at >= 0 ? at : consts.push(x) - 1}`;
  };
  const range = (call: string): string => `(v = ${call}, v >= ${num(p.lo)} && v <= ${num(p.hi)} && v > ${num(p.xlo)} && v < ${num(p.xhi)})`;
  const sticky = (re: string): string => `(${re}.lastIndex = from, ${re}.test(text) && ${re}.lastIndex === to)`;
  let kernel: string;
  switch (p.kind) {
    case Kind.True: kernel = "true"; break;
    case Kind.Integer: kernel = range(bytes ? "spanIntegerB(B, from, to)" : "spanInteger(text, from, to)"); break;
    case Kind.Number: kernel = bytes ? "spanNumberB(B, from, to)" : "spanNumber(text, from, to)"; break;
    case Kind.NumberRange: kernel = range("spanNumberValue(text, from, to)"); break;
    case Kind.OneOf: kernel = bytes ? oneOfSrcB(p.byLength!) ?? `oneOfB(${k(codesByLength(p.byLength!))}, B, from, to)` : `oneOf(${k(p.byLength)}, text, from, to)`; break;
    case Kind.Date: kernel = `(to - from === 10 && ${bytes ? `(${isoDateSrcB()})` : "isoDateOk(text, from)"})`; break;
    case Kind.DateRange: kernel = range("spanIsoDateMs(text, from, to)"); break;
    case Kind.Datetime: kernel = `(${bytes ? `${isoDatetimeFixedSrcB()} || ` : ""}${sticky(k(ISO_DATETIME_STICKY))} || spanIsoDatetime(text, from, to))`; break;
    case Kind.DatetimeRange: kernel = range("spanIsoDatetimeMs(text, from, to)"); break;
    case Kind.TimeRange: kernel = range("spanIsoTimeMs(text, from, to, true)"); break;
    case Kind.YearRange: kernel = range("spanYear(text, from, to)"); break;
    case Kind.YearMonthRange: kernel = range("spanYearMonth(text, from, to)"); break;
    case Kind.Sticky: kernel = bytes && p.re === EMAIL_STICKY ? "emailB(B, from, to)" : sticky(k(p.re)); break;
    case Kind.Uuid: kernel = "spanUuid(text, from, to)"; break;
    case Kind.MaxLength: kernel = `(to - from <= ${num(p.max)})`; break;
    case Kind.ClassRun: kernel = bytes && p.min === p.max && p.max >= 1 && p.max <= FIXED_RUN_MAX ? fixedRunB(k(p.table), p.max)
      : `${bytes ? "classRunB" : "classRun"}(${k(p.table)}, ${num(p.min)}, ${num(p.max)}, ${bytes ? "B" : "text"}, from, to)`; break;
  }
  if (p.first === null) return kernel;
  // gate(): an empty range answers emptyClean; a first character marked 0 asks the kernel, 2 answers false, 1 answers
  // false when the range is a guarded spelling (any range, without the list)
  const spelled = bytes ? (p.guarded === null ? null : oneOfSrcB(p.guarded)) ?? `oneOfB(${k(p.guarded === null ? null : codesByLength(p.guarded))}, B, from, to)` : `oneOf(${k(p.guarded)}, text, from, to)`;
  const unguarded = p.guarded === null ? "g === 0" : `(g === 0 || (g === 1 && !${spelled}))`;
  return `(from === to ? ${p.emptyClean} : (g = (ch = ${bytes ? "B[from]" : "text.charCodeAt(from)"}) < 128 ? ${k(p.first)}[ch] : ${p.nonAscii ? 1 : 0}, ${unguarded} && ${kernel}))`;
}
