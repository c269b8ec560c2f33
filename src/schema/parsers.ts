// Cell text → typed value for every Table Schema type and format; INVALID when the text is not of the type.

/** Returned by a parser when the text is not a value of the type (zod then reports invalid_type). */
export const INVALID: unique symbol = Symbol("invalid");
export type Invalid = typeof INVALID;

/**
 * How a parsed value behaves: "number" values compare numerically (numbers, years, times in ms,
 * year-months as month counts); "date" values are ms since the epoch (zod sees them as Date);
 * "text" values are strings; "bool" booleans; "json" parsed objects/arrays.
 */
export type ValueKind = "number" | "date" | "text" | "bool" | "json";

export interface TypeParser {
  parse(text: string): unknown;
  kind: ValueKind;
  /** How a type-error names what was expected: "an integer", "a date in the form YYYY-MM-DD". */
  expected: string;
  /**
   * Exactly `parse(text) !== INVALID`, cheaper (no value built), where a type has one; the fast path
   * of a field with no bounds and no enum uses it. test/schema/fast-path.test.ts checks the equivalence.
   */
  valid?: (text: string) => boolean;
  /**
   * For number and date kinds: the value as a plain number, NaN exactly when `parse(text)` is INVALID.
   * why: the fast path of a bounded field compares it with the bounds; NaN fails every comparison, so
   * one call and four compares decide a cell, with no INVALID symbol to test and no union-typed return.
   */
  num?: (text: string) => number;
  /**
   * Integer and number types: the exact value of an integer text (BigInt), null when the text is not an integer.
   * why: past 2^53 a double rounds (9007199254740993 reads as …992), so bounds and enums outside the safe
   * range compare with this instead (compile-field.ts `exactValue`).
   */
  big?: (text: string) => bigint | null;
  /**
   * Which test on a range [from, to) of a text decides `valid` (and `num`) without making the cell's string, where
   * the type has one (span-plan.ts runs it; `spanValues` are a boolean's spellings). Such a test may say false where
   * `valid` says true (the caller then makes the string and asks again), never the reverse (test/schema/span-checks.test.ts).
   */
  spanKind?: SpanKind;
  spanValues?: readonly string[];
}

/** The types with a test on a range of the text (span-plan.ts): the default forms of each. */
export type SpanKind = "integer" | "number" | "oneOf" | "date" | "datetime" | "time" | "year" | "yearmonth" | "email" | "uuid";

/** A test on the cell text[from, to) that needs no string of the cell: true only when the test on the string is true. */
export type SpanTest = (text: string, from: number, to: number) => boolean;

export interface TypeOptions {
  type: string;
  format?: string | undefined;
  decimalChar?: string | undefined;
  groupChar?: string | undefined;
  bareNumber?: boolean | undefined;
  trueValues?: string[] | undefined;
  falseValues?: string[] | undefined;
  delimiter?: string | undefined;
}

// ---------------------------------------------------------------- calendar helpers

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil); no Date allocation. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const DAY_MS = 86_400_000;

/** Two ASCII digits at i as a number, or -1. */
function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Strict YYYY-MM-DD at position i (a real calendar date) → days since the epoch, or NaN. */
function isoDateDays(s: string, i: number): number {
  const c = d2(s, i), y2 = d2(s, i + 2);
  if (c < 0 || y2 < 0 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return NaN;
  const y = c * 100 + y2, m = d2(s, i + 5), d = d2(s, i + 8);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Strict time at position i: hh:mm[:ss[.fraction]] then an optional zone (Z, ±hh:mm, ±hhmm, ±hh);
 * the text must end there. Returns ms since midnight UTC (zone applied), or NaN.
 * `needSeconds` is the Table Schema `time` default (hh:mm:ss); datetimes accept hh:mm as ISO does.
 */
function isoTimeMs(s: string, i: number, needSeconds: boolean): number {
  return spanIsoTimeMs(s, i, s.length, needSeconds);
}

/** Strict YYYY-MM-DD at position i is a real calendar date (isoDateDays without the day count). */
export function isoDateOk(s: string, i: number): boolean {
  // why each digit read here, not through d2: in the cells check's made row function (span-row.ts) V8 inlines this
  // function but, its inlining budget spent, not the four d2 calls in it (~250 instructions a row on the bench file)
  const y0 = s.charCodeAt(i) - 48, y1 = s.charCodeAt(i + 1) - 48, y2 = s.charCodeAt(i + 2) - 48, y3 = s.charCodeAt(i + 3) - 48;
  if (!(y0 >= 0 && y0 <= 9 && y1 >= 0 && y1 <= 9 && y2 >= 0 && y2 <= 9 && y3 >= 0 && y3 <= 9)) return false;
  if (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
  const m0 = s.charCodeAt(i + 5) - 48, m1 = s.charCodeAt(i + 6) - 48, d0 = s.charCodeAt(i + 8) - 48, d1 = s.charCodeAt(i + 9) - 48;
  if (!(m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9 && d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9)) return false;
  const m = m0 * 10 + m1, d = d0 * 10 + d1;
  return m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m));
}

/** parseIsoDate(s) is not NaN. */
export function isIsoDate(s: string): boolean {
  return s.length === 10 && isoDateOk(s, 0);
}

/**
 * Datetimes parseIsoDatetime accepts, as one RegExp, except February 29 (which needs the year): YYYY-MM-DD
 * with a day the month always has, 'T', hh:mm with hours 00–23, optional :ss (00–59) with an optional
 * fraction (. or , and digits), then nothing, Z, or ±hh[[:]mm] (hours 00–23).
 */
const ISO_DATETIME_RE = /^\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/;

/**
 * parseIsoDatetime(s) is not NaN (test/schema/scanners.test.ts checks it on random and edge-case text).
 * why a RegExp first, where isIsoDate scans by hand: a datetime is 16 characters or more, so the tokenizer
 * hands it over as a slice of its chunk, where each charCodeAt costs ~1.5× what it does on a flat string;
 * the RegExp engine reads the chunk directly, so one test decides a valid cell (measured in place on the
 * bench files: the cells check ~8 % faster than with the scanner alone; a flat 10-character date is still
 * cheaper to scan). February 29, and text that is not a valid datetime, take the scanner.
 */
export function isIsoDatetime(s: string): boolean {
  if (ISO_DATETIME_RE.test(s)) return true;
  if (s.length < 16 || s.charCodeAt(10) !== 84 || !isoDateOk(s, 0)) return false;
  const t = isoTimeMs(s, 11, false);
  return t === t;
}

export function parseIsoDate(s: string): number {
  return s.length === 10 ? isoDateDays(s, 0) * DAY_MS : NaN;
}

export function parseIsoDatetime(s: string): number {
  if (s.length < 16 || s.charCodeAt(10) !== 84) return NaN; // 'T'
  const days = isoDateDays(s, 0);
  if (days !== days) return NaN;
  const t = isoTimeMs(s, 11, false);
  return t !== t ? NaN : days * DAY_MS + t;
}

export function parseIsoTime(s: string): number {
  return isoTimeMs(s, 0, true);
}

// ---------------------------------------------------------------- strftime-style patterns

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const alt = (xs: string[]): string => xs.join("|");

/**
 * Compiles a Python strftime/strptime pattern (`%d/%m/%Y`, `%Y-%m-%dT%H:%M:%S%z` …) to a parser
 * returning ms (dates: since the epoch; times: since midnight), or NaN. Like strptime, numeric
 * directives accept one or two digits. Throws on an unknown directive.
 * why: the generated JS RegExp has no nested quantifiers, so it runs in linear time on any text.
 */
export function compileStrftime(pattern: string, kind: "date" | "datetime" | "time"): (s: string) => number {
  let src = "^";
  const setters: Array<(v: string, t: Parts) => void> = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch !== "%") { src += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"); continue; }
    const dir = pattern[++i];
    const num = (re: string, set: (n: number, t: Parts) => void): void => {
      src += `(${re})`; setters.push((v, t) => set(Number(v), t));
    };
    switch (dir) {
      case "Y": num("\\d{4}", (n, t) => { t.y = n; }); break;
      case "y": num("\\d{2}", (n, t) => { t.y = n < 69 ? 2000 + n : 1900 + n; }); break;
      case "m": num("\\d{1,2}", (n, t) => { t.m = n; }); break;
      case "d": num("\\d{1,2}", (n, t) => { t.d = n; }); break;
      case "e": num(" ?\\d{1,2}", (n, t) => { t.d = n; }); break;
      case "H": num("\\d{1,2}", (n, t) => { t.H = n; }); break;
      case "I": num("\\d{1,2}", (n, t) => { t.I = n; }); break;
      case "M": num("\\d{1,2}", (n, t) => { t.M = n; }); break;
      case "S": num("\\d{1,2}", (n, t) => { t.S = n; }); break;
      case "f": src += "(\\d{1,9})"; setters.push((v, t) => { t.f = Math.floor(Number(`0.${v}`) * 1000); }); break;
      case "j": num("\\d{1,3}", (n, t) => { t.j = n; }); break;
      case "p": src += "(AM|PM|am|pm)"; setters.push((v, t) => { t.pm = v.toLowerCase() === "pm"; }); break;
      case "b": case "h":
        src += `(${alt(MONTHS.map((m) => m.slice(0, 3)))})`;
        setters.push((v, t) => { t.m = MONTHS.findIndex((m) => m.startsWith(v.toLowerCase())) + 1; }); break;
      case "B":
        src += `(${alt(MONTHS)})`;
        setters.push((v, t) => { t.m = MONTHS.indexOf(v.toLowerCase()) + 1; }); break;
      case "a": src += "(?:mon|tue|wed|thu|fri|sat|sun)"; break;
      case "A": src += "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"; break;
      case "z":
        src += "(Z|[+-]\\d{2}:?\\d{2})";
        setters.push((v, t) => {
          if (v === "Z") return;
          const sign = v[0] === "-" ? -1 : 1;
          const digits = v.slice(1).replace(":", "");
          t.off = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
        }); break;
      case "Z": src += "(?:[A-Za-z]{1,5})"; break;
      case "%": src += "%"; break;
      default: throw new Error(`unknown directive %${dir ?? ""}`);
    }
  }
  const re = new RegExp(src + "$", "i");
  return (s: string): number => {
    const m = re.exec(s);
    if (m === null) return NaN;
    const t: Parts = { y: 1970, m: 1, d: 1, H: 0, I: -1, M: 0, S: 0, f: 0, j: -1, pm: null, off: 0 };
    for (let k = 0; k < setters.length; k++) setters[k](m[k + 1], t);
    if (t.I >= 0) {
      if (t.I < 1 || t.I > 12) return NaN;
      t.H = (t.I % 12) + (t.pm ? 12 : 0);
    }
    if (t.H > 23 || t.M > 59 || t.S > 59) return NaN;
    const timeMs = ((t.H * 60 + t.M - t.off) * 60 + t.S) * 1000 + t.f;
    if (kind === "time") return timeMs;
    let days: number;
    if (t.j >= 0) {
      const len = daysInMonth(t.y, 2) === 29 ? 366 : 365;
      if (t.j < 1 || t.j > len) return NaN;
      days = daysFromCivil(t.y, 1, 1) + t.j - 1;
    } else {
      if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > daysInMonth(t.y, t.m)) return NaN;
      days = daysFromCivil(t.y, t.m, t.d);
    }
    return days * DAY_MS + (kind === "datetime" ? timeMs : 0);
  };
}

interface Parts { y: number; m: number; d: number; H: number; I: number; M: number; S: number; f: number; j: number; pm: boolean | null; off: number }

/** Lenient parsers for `format: "any"`: ISO first, then common spellings (day-first before month-first). */
function anyParser(kind: "date" | "datetime" | "time"): (s: string) => number {
  const datePats = ["%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y"];
  const timePats = ["%H:%M:%S", "%H:%M", "%H:%M:%S.%f", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p"];
  let pats: string[];
  if (kind === "date") pats = datePats;
  else if (kind === "time") pats = timePats;
  else {
    pats = [];
    for (const d of datePats) for (const t of ["%H:%M:%S", "%H:%M", "%H:%M:%S.%f", "%H:%M:%S%z", "%H:%M:%S.%f%z"]) {
      pats.push(`${d}T${t}`, `${d} ${t}`);
    }
    pats.push(...datePats);
  }
  const fns = pats.map((p) => compileStrftime(p, kind));
  const iso = kind === "date" ? parseIsoDate : kind === "time" ? parseIsoTime : parseIsoDatetime;
  return (s: string): number => {
    let v = iso(s);
    for (let i = 0; v !== v && i < fns.length; i++) v = fns[i](s);
    return v;
  };
}

// ---------------------------------------------------------------- numbers

const INTEGER_RE = /^[+-]?\d+$/;
const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * [+-]?digits → number, NaN when not an integer or when it overflows to ±Infinity (zod's z.number()
 * rejects Infinity, so it is a type-error, as "1e400" is for numbers). why by hand: integer columns are
 * the most common typed columns, and a char loop over ≤ 15 digits is several times faster than a
 * RegExp test followed by Number(); past 15 digits a double may round, so Number() decides.
 */
function defaultInteger(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) {
    if (!INTEGER_RE.test(s)) return NaN;
    const v = Number(s);
    return v - v === 0 ? v : NaN; // finite
  }
  return spanInteger(s, 0, n);
}

/** defaultInteger on text[a, b), up to 15 characters (NaN past that: not decided). */
export function spanInteger(s: string, a: number, b: number): number {
  const n = b - a;
  if (n === 0 || n > 15) return NaN;
  let i = a, neg = false;
  const c0 = s.charCodeAt(a);
  if (c0 === 45 || c0 === 43) { neg = c0 === 45; i++; if (n === 1) return NaN; }
  let v = 0;
  for (; i < b; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return neg ? -v : v;
}

/** isDefaultNumber on text[a, b) for up to 15 characters without an exponent (false otherwise: not decided). */
export function spanNumber(s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n === 0 || n > 15) return false;
  let i = a, c = s.charCodeAt(a), digits = 0;
  if (c === 43 || c === 45) i++;
  for (; i < b; i++) {
    c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    digits++;
  }
  if (i < b && c === 46) {
    for (i++; i < b; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      digits++;
    }
  }
  return digits > 0 && i === b;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * defaultNumber on text[a, b) for up to 15 characters without an exponent (NaN otherwise: not decided), the same
 * double. why exact: the digits (at most 15) make an integer m < 2^53 and the point a power 10^k (k ≤ 15), both exact
 * doubles, and one IEEE division m / 10^k is correctly rounded, as Number() is (Clinger's fast path).
 */
export function spanNumberValue(s: string, a: number, b: number): number {
  const n = b - a;
  if (n === 0 || n > 15) return NaN;
  let i = a, c = s.charCodeAt(a), digits = 0, m = 0, k = 0;
  const neg = c === 45;
  if (c === 43 || c === 45) i++;
  for (; i < b; i++) {
    c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    m = m * 10 + (c - 48);
    digits++;
  }
  if (i < b && c === 46) {
    for (i++; i < b; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      m = m * 10 + (c - 48);
      digits++;
      k++;
    }
  }
  if (digits === 0 || i !== b) return NaN;
  const v = m / POW10[k];
  return neg ? -v : v;
}

/** The year type's reading (4 characters matching INTEGER_RE) on text[a, b): its number, or NaN. */
export function spanYear(s: string, a: number, b: number): number {
  return b - a === 4 ? spanInteger(s, a, b) : NaN;
}

/** The yearmonth type's reading (YYYY-MM) on text[a, b): months since year 0, or NaN. */
export function spanYearMonth(s: string, a: number, b: number): number {
  if (b - a !== 7 || s.charCodeAt(a + 4) !== 45) return NaN;
  const c = d2(s, a), y2 = d2(s, a + 2), m = d2(s, a + 5);
  return c < 0 || y2 < 0 || m < 1 || m > 12 ? NaN : (c * 100 + y2) * 12 + m - 1;
}

/** uuidScan on text[a, b): 8-4-4-4-12 hex digits. */
export function spanUuid(s: string, a: number, b: number): boolean {
  if (b - a !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(a + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102))) return false;
  }
  return true;
}

/** isoTimeMs(s, i, needSeconds) on text[i, b), every read kept inside the range; NaN when not a time. */
export function spanIsoTimeMs(s: string, i: number, b: number, needSeconds: boolean): number {
  if (b - i < 5) return NaN;
  const h = d2(s, i), mi = d2(s, i + 3);
  if (h < 0 || h > 23 || s.charCodeAt(i + 2) !== 58 || mi < 0 || mi > 59) return NaN;
  let ms = h * 3_600_000 + mi * 60_000;
  let j = i + 5;
  if (j < b && s.charCodeAt(j) === 58) {
    if (j + 3 > b) return NaN;
    const sec = d2(s, j + 1);
    if (sec < 0 || sec > 59) return NaN;
    ms += sec * 1000;
    j += 3;
    if (j < b && (s.charCodeAt(j) === 46 || s.charCodeAt(j) === 44)) {
      let k = j + 1, frac = 0, scale = 100;
      while (k < b) {
        const c = s.charCodeAt(k) - 48;
        if (c < 0 || c > 9) break;
        frac += c * scale; scale /= 10; k++;
      }
      if (k === j + 1) return NaN;
      ms += Math.floor(frac);
      j = k;
    }
  } else if (needSeconds) return NaN;
  if (j === b) return ms;
  const z = s.charCodeAt(j);
  if (z === 90) return j + 1 === b ? ms : NaN; // Z
  if ((z !== 43 && z !== 45) || j + 3 > b) return NaN;
  const oh = d2(s, j + 1);
  if (oh < 0 || oh > 23) return NaN;
  let om = 0, end = j + 3;
  if (end < b) {
    if (s.charCodeAt(end) === 58) end++;
    if (end + 2 > b) return NaN;
    om = d2(s, end);
    if (om < 0 || om > 59) return NaN;
    end += 2;
  }
  if (end !== b) return NaN;
  const off = (oh * 60 + om) * 60_000;
  return z === 43 ? ms - off : ms + off;
}

/**
 * The sticky form of an anchored RegExp `^X$` whose X has no top-level `|`: X matched from `lastIndex` on, for a test
 * on a range of a longer text (span-plan.ts: a match from a that ends exactly at b is a match of `^X$` on the cell).
 * why: V8's RegExp reads the flat text directly in compiled code, cheaper per character than a charCodeAt loop on
 * long cells (measured: an e-mail ~40 %, a datetime ~15 % less than the hand scanners), and no string is made.
 */
export function stickyRegExp(re: RegExp): RegExp {
  const src = re.source;
  if (!src.startsWith("^") || !src.endsWith("$")) throw new Error(`not anchored: ${src}`);
  return new RegExp(src.slice(1, -1), `${re.flags}y`);
}
export const ISO_DATETIME_STICKY = stickyRegExp(ISO_DATETIME_RE);

/** parseIsoDatetime on text[a, b): ms since the epoch, or NaN. */
export function spanIsoDatetimeMs(s: string, a: number, b: number): number {
  if (b - a < 16 || s.charCodeAt(a + 10) !== 84) return NaN;
  const days = isoDateDays(s, a);
  if (days !== days) return NaN;
  const t = spanIsoTimeMs(s, a + 11, b, false);
  return t !== t ? NaN : days * DAY_MS + t;
}

/** isIsoDatetime on text[a, b), exactly. */
export function spanIsoDatetime(s: string, a: number, b: number): boolean {
  if (b - a < 16 || s.charCodeAt(a + 10) !== 84 || !isoDateOk(s, a)) return false;
  const t = spanIsoTimeMs(s, a + 11, b, false);
  return t === t;
}

/** parseIsoDate on text[a, b): ms since the epoch, or NaN. */
export const spanIsoDateMs = (s: string, a: number, b: number): number => (b - a === 10 ? isoDateDays(s, a) * DAY_MS : NaN);

function parseDefaultInteger(s: string): number | Invalid {
  const v = defaultInteger(s);
  return v === v ? v : INVALID;
}

function isDefaultInteger(s: string): boolean {
  const v = defaultInteger(s);
  return v === v;
}

/**
 * NUMBER_RE by hand: [+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?. why: number columns
 * are common and the fast path needs only "is it a number"; a char loop beats RegExp + Number().
 * Long or exponent forms go through defaultNumber, as before (they may overflow to ±Infinity, which
 * is not a value).
 */
function isDefaultNumber(s: string): boolean {
  // why spanNumber first: it decides the short plain forms by hand; exponents and long forms (and every text that is
  // not a number, which NUMBER_RE then refuses) go through defaultNumber, as before (they may overflow to ±Infinity)
  return spanNumber(s, 0, s.length) || !isNaN(defaultNumber(s));
}

function parseDefaultNumber(s: string): number | Invalid {
  const v = defaultNumber(s);
  return v === v ? v : INVALID;
}

/** parseDefaultNumber without the INVALID symbol: NaN when not a number. */
function defaultNumber(s: string): number {
  if (!NUMBER_RE.test(s)) return NaN;
  // why: "1e400" is spelled as a number but overflows to Infinity; it is a type-error, not a value
  const v = Number(s);
  return v - v === 0 ? v : NaN;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/**
 * Integer and number parsers honouring decimalChar, groupChar and bareNumber (Table Schema).
 * Non-finite spellings are handled before parsing (see checks/schema/cells.ts), so here they are not values (NaN).
 */
function numberParser(integer: boolean, o: TypeOptions): (s: string) => number {
  const norm = numberText(integer, o);
  if (norm === null) return integer ? defaultInteger : defaultNumber; // why: the hot path allocates nothing
  return (s) => {
    const t = norm(s);
    if (t === null) return NaN;
    const v = Number(t);
    return v - v === 0 ? v : NaN; // an overflow to ±Infinity is not a value (zod rejects it)
  };
}

/**
 * The cell text as plain number text (no group characters, `.` as the decimal mark, no bare-number
 * decoration), or null when it is not a number; null for the whole function in the default case (the text is its own).
 */
function numberText(integer: boolean, o: TypeOptions): ((s: string) => string | null) | null {
  const dec = o.decimalChar ?? ".";
  const group = o.groupChar ?? "";
  const bare = o.bareNumber ?? true;
  const re = integer ? INTEGER_RE : NUMBER_RE;
  if (dec === "." && group === "" && bare) return null;
  const strip = bare ? null : new RegExp(`^[^0-9+\\-${escapeRe(dec)}]+|[^0-9]+$`, "g");
  return (s) => {
    let t = s;
    if (strip !== null) t = t.replace(strip, "");
    if (group !== "") t = t.split(group).join("");
    if (dec !== ".") {
      if (t.includes(".")) return null;
      t = t.replace(dec, ".");
    }
    return re.test(t) ? t : null;
  };
}

/** The exact value of a cell that is an integer text (see TypeParser.big); for number fields, null for "1.5" or "1e20". */
function bigInteger(integer: boolean, o: TypeOptions): (s: string) => bigint | null {
  const norm = numberText(integer, o) ?? ((s: string) => s);
  return (s) => {
    const t = norm(s);
    return t === null || !INTEGER_RE.test(t) ? null : BigInt(t);
  };
}

// ---------------------------------------------------------------- strings

// why: the same shapes zod 4 uses for z.email() / z.uuid(), kept here so a Table Schema field does not need zod to parse.
const EMAIL_RE = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * Exactly EMAIL_RE, without its lookaheads: the local part is runs of [A-Za-z0-9_'+-] joined by single dots
 * (no leading '.', no ".."; the domain cannot hold a ".." either, nor can one span the '@'), and it does not
 * end in "'". test/schema/formats.test.ts checks it against EMAIL_RE on random and edge-case text.
 * why this shape: every email cell is different, so this runs on every one. EMAIL_RE reads the text twice
 * (its (?!.*\.\.) scans to the end) and backtracks over the local part; this one reads each character
 * once. It also beat the hand-written char scanner this replaces: an email is usually 13 characters or
 * more, so the tokenizer hands it over as a slice of its chunk, where each charCodeAt costs ~1.5× what it
 * does on a flat string; the RegExp engine reads the chunk directly (measured in place on the bench files:
 * the cells check 5–8 % faster than with the scanner).
 */
const EMAIL_FAST_RE = /^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*(?<!')@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const EMAIL_STICKY = stickyRegExp(EMAIL_FAST_RE);

export function isEmail(s: string): boolean {
  return EMAIL_FAST_RE.test(s);
}
export { EMAIL_FAST_RE as _EMAIL_FAST_RE, uuidScan as _uuidScan, EMAIL_RE as _EMAIL_RE, UUID_RE as _UUID_RE };

/** Exactly UUID_RE, by hand (fixed positions): 8-4-4-4-12 hex digits; UUID_RE re-checks a false. */
export function isUuid(s: string): boolean {
  return uuidScan(s) || UUID_RE.test(s);
}

function uuidScan(s: string): boolean {
  if (s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102))) return false;
  }
  return true;
}
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const URI_SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
const DURATION_RE = /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;
const GEOPOINT_RE = /^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$/;

function jsonParser(test: (v: unknown) => boolean): (s: string) => unknown {
  return (s) => {
    try {
      const v: unknown = JSON.parse(s);
      return test(v) ? v : INVALID;
    } catch {
      return INVALID;
    }
  };
}

const isPlainObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);
const inRange = (lon: number, lat: number): boolean => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;

export const DEFAULT_TRUE = ["true", "True", "TRUE", "1"];
export const DEFAULT_FALSE = ["false", "False", "FALSE", "0"];

/** A NaN-for-invalid number parser as a TypeParser.parse (INVALID for invalid). */
function nanToInvalid(num: (s: string) => number): (s: string) => number | Invalid {
  return (s) => {
    const v = num(s);
    return v === v ? v : INVALID;
  };
}

/** Table Schema types ingest-check knows (v1, plus v2's `list`). */
export const KNOWN_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "list", "any"]);

/**
 * The parser for a field. Throws an Error whose message names what is wrong with the format
 * (the caller turns it into a schema error naming the key).
 */
export function typeParser(o: TypeOptions): TypeParser {
  const rawFormat = o.format ?? "default";
  const format = rawFormat.startsWith("fmt:") ? rawFormat.slice(4) : rawFormat;
  switch (o.type) {
    case "integer": return integerParser(o);
    case "number": return numberTypeParser(o);
    case "boolean": return booleanParser(o);
    case "date": case "datetime": case "time": return temporalParser(o.type, format, rawFormat);
    case "year": return yearParser();
    case "yearmonth": return yearMonthParser();
    case "duration":
      return { parse: (s) => (DURATION_RE.test(s) ? s : INVALID), kind: "text", expected: "an ISO 8601 duration (e.g. P1DT2H)" };
    case "geopoint": return geopointParser(format, rawFormat);
    case "object": return { parse: jsonParser(isPlainObject), kind: "json", expected: "a JSON object" };
    case "array": return { parse: jsonParser(Array.isArray), kind: "json", expected: "a JSON array" };
    case "geojson": return { parse: jsonParser((v) => isPlainObject(v) && typeof (v as { type?: unknown }).type === "string"), kind: "json", expected: "a GeoJSON object" };
    case "list": {
      const delim = o.delimiter ?? ",";
      return { parse: (s) => s.split(delim), kind: "json", expected: "a list" };
    }
    case "any": return { parse: (s) => s, kind: "text", expected: "any value" };
    case "string": return stringParser(format, rawFormat);
    default:
      throw new Error(`unknown type ${JSON.stringify(o.type)}`);
  }
}

/** `integer`: the default form by hand (parseDefaultInteger), other forms through numberParser. */
function integerParser(o: TypeOptions): TypeParser {
  const num = numberParser(true, o);
  const big = bigInteger(true, o);
  if (num === defaultInteger) return { parse: parseDefaultInteger, num, valid: isDefaultInteger, big, kind: "number", expected: "an integer", spanKind: "integer" };
  return { parse: nanToInvalid(num), num, big, kind: "number", expected: "an integer" };
}

/** `number`: the default form by hand (parseDefaultNumber), other forms (a decimal comma, groups) through numberParser. */
function numberTypeParser(o: TypeOptions): TypeParser {
  const num = numberParser(false, o);
  const expected = o.decimalChar && o.decimalChar !== "." ? `a number (decimal mark ${JSON.stringify(o.decimalChar)})` : "a number";
  const big = bigInteger(false, o);
  if (num === defaultNumber) return { parse: parseDefaultNumber, num, valid: isDefaultNumber, big, kind: "number", expected, spanKind: "number" };
  return { parse: nanToInvalid(num), num, big, kind: "number", expected };
}

/** `boolean`: the field's true and false values (the defaults when it names none). */
function booleanParser(o: TypeOptions): TypeParser {
  const t = new Set(o.trueValues ?? DEFAULT_TRUE), f = new Set(o.falseValues ?? DEFAULT_FALSE);
  const tv = o.trueValues ?? DEFAULT_TRUE, fv = o.falseValues ?? DEFAULT_FALSE;
  // why a list, not the sets: a handful of short values; comparing with each beats hashing the cell for a Set
  const all = [...new Set([...tv, ...fv])];
  return {
    parse: (s) => (t.has(s) ? true : f.has(s) ? false : INVALID),
    valid: all.length <= 8 ? (s) => { for (let i = 0; i < all.length; i++) if (s === all[i]) return true; return false; } : (s) => t.has(s) || f.has(s),
    spanKind: all.length <= 8 ? "oneOf" : undefined,
    spanValues: all,
    kind: "bool",
    expected: `a boolean (${[...tv, ...fv].map((v) => JSON.stringify(v)).join(", ")})`,
  };
}

/** `date`, `datetime`, `time`: ISO 8601 by default, `any` form, or a strftime pattern (`%d/%m/%Y`). */
function temporalParser(kind: "date" | "datetime" | "time", format: string, rawFormat: string): TypeParser {
  const iso = kind === "date" ? parseIsoDate : kind === "time" ? parseIsoTime : parseIsoDatetime;
  const isoForm = kind === "date" ? "YYYY-MM-DD" : kind === "time" ? "hh:mm:ss" : "YYYY-MM-DDThh:mm:ss";
  const noun = kind === "date" ? "a date" : kind === "time" ? "a time" : "a date and time";
  let fn: (s: string) => number;
  let expected: string;
  if (format === "default") { fn = iso; expected = `${noun} in the form ${isoForm}`; }
  else if (format === "any") { fn = anyParser(kind); expected = noun; }
  else if (format.includes("%")) { fn = compileStrftime(format, kind); expected = `${noun} in the form ${format}`; }
  else throw new Error(`unknown ${kind} format ${JSON.stringify(rawFormat)} (use "default", "any" or a pattern such as "%d/%m/%Y")`);
  const valid = fn === parseIsoDate ? isIsoDate : fn === parseIsoDatetime ? isIsoDatetime : (s: string) => { const v = fn(s); return v === v; };
  const spanKind = format === "default" ? kind : undefined;
  return { parse: nanToInvalid(fn), num: fn, valid, kind: kind === "time" ? "number" : "date", expected, spanKind };
}

/** `year`: four digits. */
function yearParser(): TypeParser {
  const num = (s: string): number => (s.length === 4 && INTEGER_RE.test(s) ? Number(s) : NaN);
  return { parse: nanToInvalid(num), num, kind: "number", expected: "a year (YYYY)", spanKind: "year" };
}

/** `yearmonth`: `YYYY-MM`, as a count of months. */
function yearMonthParser(): TypeParser {
  const num = (s: string): number => {
    if (s.length !== 7 || s.charCodeAt(4) !== 45) return NaN;
    const y = d2(s, 0) * 100 + d2(s, 2), m = d2(s, 5);
    return d2(s, 0) < 0 || d2(s, 2) < 0 || m < 1 || m > 12 ? NaN : y * 12 + m - 1;
  };
  return { parse: nanToInvalid(num), num, kind: "number", expected: "a year and month (YYYY-MM)", spanKind: "yearmonth" };
}

/** `geopoint`: `lon, lat` by default, or a JSON array or object. */
function geopointParser(format: string, rawFormat: string): TypeParser {
  if (format === "array") return { parse: jsonParser((v) => Array.isArray(v) && v.length === 2 && typeof v[0] === "number" && typeof v[1] === "number" && inRange(v[0], v[1])), kind: "json", expected: "a geographic point ([lon, lat])" };
  if (format === "object") return { parse: jsonParser((v) => isPlainObject(v) && typeof (v as { lon?: unknown }).lon === "number" && typeof (v as { lat?: unknown }).lat === "number" && inRange((v as { lon: number }).lon, (v as { lat: number }).lat)), kind: "json", expected: "a geographic point ({\"lon\": …, \"lat\": …})" };
  if (format !== "default") throw new Error(`unknown geopoint format ${JSON.stringify(rawFormat)} (use "default", "array" or "object")`);
  return {
    parse: (s) => { const m = GEOPOINT_RE.exec(s); return m !== null && inRange(Number(m[1]), Number(m[2])) ? s : INVALID; },
    kind: "text", expected: "a geographic point (lon, lat)",
  };
}

/** `string`: any text by default, or an email address, a URI, a UUID or base64 data. */
function stringParser(format: string, rawFormat: string): TypeParser {
  switch (format) {
    case "default": return { parse: (s) => s, kind: "text", expected: "a string" };
    case "email": return { parse: (s) => (isEmail(s) ? s : INVALID), valid: isEmail, kind: "text", expected: "an email address", spanKind: "email" };
    case "uri": return { parse: (s) => (URI_SCHEME_RE.test(s) && URL.canParse(s) ? s : INVALID), kind: "text", expected: "a URI" };
    case "uuid": return { parse: (s) => (isUuid(s) ? s : INVALID), valid: isUuid, kind: "text", expected: "a UUID", spanKind: "uuid" };
    case "binary": return { parse: (s) => (BASE64_RE.test(s) ? s : INVALID), kind: "text", expected: "base64 data" };
    default: throw new Error(`unknown string format ${JSON.stringify(rawFormat)} (use "default", "email", "uri", "uuid" or "binary")`);
  }
}
