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
}

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

function daysInMonth(y: number, m: number): number {
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
  const h = d2(s, i), mi = d2(s, i + 3);
  if (h < 0 || h > 23 || s.charCodeAt(i + 2) !== 58 || mi < 0 || mi > 59) return NaN;
  let ms = h * 3_600_000 + mi * 60_000;
  let j = i + 5;
  if (s.charCodeAt(j) === 58) {
    const sec = d2(s, j + 1);
    if (sec < 0 || sec > 59) return NaN;
    ms += sec * 1000;
    j += 3;
    if (s.charCodeAt(j) === 46 || s.charCodeAt(j) === 44) {
      let k = j + 1, frac = 0, scale = 100;
      while (k < s.length) {
        const c = s.charCodeAt(k) - 48;
        if (c < 0 || c > 9) break;
        frac += c * scale; scale /= 10; k++;
      }
      if (k === j + 1) return NaN;
      ms += Math.floor(frac);
      j = k;
    }
  } else if (needSeconds) return NaN;
  if (j === s.length) return ms;
  const z = s.charCodeAt(j);
  if (z === 90 && j + 1 === s.length) return ms; // Z
  if (z !== 43 && z !== 45) return NaN;
  const oh = d2(s, j + 1);
  if (oh < 0 || oh > 23) return NaN;
  let om = 0, end = j + 3;
  if (end < s.length) {
    if (s.charCodeAt(end) === 58) end++;
    om = d2(s, end);
    if (om < 0 || om > 59) return NaN;
    end += 2;
  }
  if (end !== s.length) return NaN;
  const off = (oh * 60 + om) * 60_000;
  return z === 43 ? ms - off : ms + off;
}

/** Strict YYYY-MM-DD at position i is a real calendar date (isoDateDays without the day count). */
function isoDateOk(s: string, i: number): boolean {
  const c = d2(s, i), y2 = d2(s, i + 2);
  if (c < 0 || y2 < 0 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
  const m = d2(s, i + 5), d = d2(s, i + 8);
  return m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(c * 100 + y2, m));
}

/** parseIsoDate(s) is not NaN. */
export function isIsoDate(s: string): boolean {
  return s.length === 10 && isoDateOk(s, 0);
}

/** parseIsoDatetime(s) is not NaN. */
export function isIsoDatetime(s: string): boolean {
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
 * [+-]?digits → number. why by hand: integer columns are the most common typed columns, and a
 * char loop over ≤ 15 digits is several times faster than a RegExp test followed by Number().
 */
function parseDefaultInteger(s: string): number | Invalid {
  const n = s.length;
  if (n === 0 || n > 15) return INTEGER_RE.test(s) ? Number(s) : INVALID;
  let i = 0, neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) { neg = c0 === 45; i = 1; if (n === 1) return INVALID; }
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return INVALID;
    v = v * 10 + d;
  }
  return neg ? -v : v;
}

/**
 * NUMBER_RE by hand: [+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?. why: number columns
 * are common and the fast path needs only "is it a number"; a char loop beats RegExp + Number().
 * Long or exponent forms go through parseDefaultNumber, as before (they may overflow to ±Infinity,
 * which that parser returns as a number).
 */
function isDefaultNumber(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 15) return parseDefaultNumber(s) !== INVALID;
  let i = 0, c = s.charCodeAt(0), digits = 0;
  if (c === 43 || c === 45) i = 1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    digits++;
  }
  if (i < n && c === 46) {
    for (i++; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      digits++;
    }
  }
  if (digits === 0) return false;
  if (i === n) return true;
  if (c !== 101 && c !== 69) return false;
  return parseDefaultNumber(s) !== INVALID; // an exponent
}

function parseDefaultNumber(s: string): number | Invalid {
  if (!NUMBER_RE.test(s)) return INVALID;
  // why: "1e400" is spelled as a number but overflows to Infinity; it is a type-error, not a value
  const v = Number(s);
  return Number.isFinite(v) ? v : INVALID;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/**
 * Integer and number parsers honouring decimalChar, groupChar and bareNumber (Table Schema).
 * Non-finite spellings are handled before parsing (see checks/schema/cells.ts), so here they are INVALID.
 */
function numberParser(integer: boolean, o: TypeOptions): (s: string) => number | Invalid {
  const dec = o.decimalChar ?? ".";
  const group = o.groupChar ?? "";
  const bare = o.bareNumber ?? true;
  const re = integer ? INTEGER_RE : NUMBER_RE;
  if (dec === "." && group === "" && bare) {
    if (integer) return parseDefaultInteger;
    // why: the default case is the hot path; one pre-compiled test and Number() allocate nothing.
    return parseDefaultNumber;
  }
  const strip = bare ? null : new RegExp(`^[^0-9+\\-${escapeRe(dec)}]+|[^0-9]+$`, "g");
  return (s) => {
    let t = s;
    if (strip !== null) t = t.replace(strip, "");
    if (group !== "") t = t.split(group).join("");
    if (dec !== ".") {
      if (t.includes(".")) return INVALID;
      t = t.replace(dec, ".");
    }
    return re.test(t) ? Number(t) : INVALID;
  };
}

// ---------------------------------------------------------------- strings

// why: the same shapes zod 4 uses for z.email() / z.uuid(), kept here so a Table Schema field does not need zod to parse.
const EMAIL_RE = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** ASCII class bits for the email scanner: 1 letter, 2 digit, 4 other local-part characters (_ ' + - .). */
const EMAIL_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) EMAIL_CLASS[c] = EMAIL_CLASS[c + 32] = 1;
for (let c = 48; c <= 57; c++) EMAIL_CLASS[c] = 2;
for (const ch of "_'+-.") EMAIL_CLASS[ch.charCodeAt(0)] = 4;

/**
 * Exactly EMAIL_RE, by hand: true only for text EMAIL_RE accepts (test/schema/email.test.ts checks it
 * against the regex). why: email columns are common and every cell is unique, so the regex (two
 * lookaheads, one scanning the whole text) ran on every cell; one pass over the characters is ~4× cheaper.
 * The regex stays the arbiter: a false here is re-checked by EMAIL_RE (see isEmail).
 */
function emailScan(s: string): boolean {
  const n = s.length;
  let i = 0, prev = 46; // as if a '.' came before: a leading '.' is a ".."
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 64) break; // @
    if (c >= 128 || EMAIL_CLASS[c] === 0) return false;
    if (c === 46 && prev === 46) return false; // leading '.' or ".."
    prev = c;
  }
  // the local part is non-empty and ends in [A-Za-z0-9_+-] (not '.', not "'")
  if (i === 0 || i === n || prev === 46 || prev === 39) return false;
  // domain: labels [A-Za-z0-9][A-Za-z0-9-]* each followed by '.', then [A-Za-z]{2,} to the end
  let labelStart = i + 1, dots = 0, letters = true;
  for (let j = labelStart; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === 46) {
      if (j === labelStart) return false;
      dots++;
      labelStart = j + 1;
      letters = true;
      continue;
    }
    if (c >= 128) return false;
    const k = EMAIL_CLASS[c];
    if (k === 1) continue;
    if (k === 2 || (c === 45 && j !== labelStart)) { letters = false; continue; }
    return false;
  }
  return dots > 0 && letters && n - labelStart >= 2;
}

export function isEmail(s: string): boolean {
  return emailScan(s) || EMAIL_RE.test(s);
}
export { emailScan as _emailScan, uuidScan as _uuidScan, EMAIL_RE as _EMAIL_RE, UUID_RE as _UUID_RE };

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
    case "integer": {
      const parse = numberParser(true, o);
      return { parse, kind: "number", expected: "an integer", ...(parse === parseDefaultInteger ? { valid: (s: string) => parseDefaultInteger(s) !== INVALID } : {}) };
    }
    case "number": {
      const parse = numberParser(false, o);
      return {
        parse, kind: "number",
        expected: o.decimalChar && o.decimalChar !== "." ? `a number (decimal mark ${JSON.stringify(o.decimalChar)})` : "a number",
        ...(parse === parseDefaultNumber ? { valid: isDefaultNumber } : {}),
      };
    }
    case "boolean": {
      const t = new Set(o.trueValues ?? DEFAULT_TRUE), f = new Set(o.falseValues ?? DEFAULT_FALSE);
      const tv = o.trueValues ?? DEFAULT_TRUE, fv = o.falseValues ?? DEFAULT_FALSE;
      return {
        parse: (s) => (t.has(s) ? true : f.has(s) ? false : INVALID),
        valid: (s) => t.has(s) || f.has(s),
        kind: "bool",
        expected: `a boolean (${[...tv, ...fv].map((v) => JSON.stringify(v)).join(", ")})`,
      };
    }
    case "date": case "datetime": case "time": {
      const kind = o.type;
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
      return {
        parse: (s) => { const v = fn(s); return v === v ? v : INVALID; },
        valid,
        kind: kind === "time" ? "number" : "date",
        expected,
      };
    }
    case "year":
      return { parse: (s) => (s.length === 4 && INTEGER_RE.test(s) ? Number(s) : INVALID), kind: "number", expected: "a year (YYYY)" };
    case "yearmonth":
      return {
        parse: (s) => {
          if (s.length !== 7 || s.charCodeAt(4) !== 45) return INVALID;
          const y = d2(s, 0) * 100 + d2(s, 2), m = d2(s, 5);
          return d2(s, 0) < 0 || d2(s, 2) < 0 || m < 1 || m > 12 ? INVALID : y * 12 + m - 1;
        },
        kind: "number", expected: "a year and month (YYYY-MM)",
      };
    case "duration":
      return { parse: (s) => (DURATION_RE.test(s) ? s : INVALID), kind: "text", expected: "an ISO 8601 duration (e.g. P1DT2H)" };
    case "geopoint": {
      if (format === "array") return { parse: jsonParser((v) => Array.isArray(v) && v.length === 2 && typeof v[0] === "number" && typeof v[1] === "number" && inRange(v[0], v[1])), kind: "json", expected: "a geographic point ([lon, lat])" };
      if (format === "object") return { parse: jsonParser((v) => isPlainObject(v) && typeof (v as { lon?: unknown }).lon === "number" && typeof (v as { lat?: unknown }).lat === "number" && inRange((v as { lon: number }).lon, (v as { lat: number }).lat)), kind: "json", expected: "a geographic point ({\"lon\": …, \"lat\": …})" };
      if (format !== "default") throw new Error(`unknown geopoint format ${JSON.stringify(rawFormat)} (use "default", "array" or "object")`);
      return {
        parse: (s) => { const m = GEOPOINT_RE.exec(s); return m !== null && inRange(Number(m[1]), Number(m[2])) ? s : INVALID; },
        kind: "text", expected: "a geographic point (lon, lat)",
      };
    }
    case "object": return { parse: jsonParser(isPlainObject), kind: "json", expected: "a JSON object" };
    case "array": return { parse: jsonParser(Array.isArray), kind: "json", expected: "a JSON array" };
    case "geojson": return { parse: jsonParser((v) => isPlainObject(v) && typeof (v as { type?: unknown }).type === "string"), kind: "json", expected: "a GeoJSON object" };
    case "list": {
      const delim = o.delimiter ?? ",";
      return { parse: (s) => s.split(delim), kind: "json", expected: "a list" };
    }
    case "any": return { parse: (s) => s, kind: "text", expected: "any value" };
    case "string": {
      switch (format) {
        case "default": return { parse: (s) => s, kind: "text", expected: "a string" };
        case "email": return { parse: (s) => (isEmail(s) ? s : INVALID), valid: isEmail, kind: "text", expected: "an email address" };
        case "uri": return { parse: (s) => (URI_SCHEME_RE.test(s) && URL.canParse(s) ? s : INVALID), kind: "text", expected: "a URI" };
        case "uuid": return { parse: (s) => (isUuid(s) ? s : INVALID), valid: isUuid, kind: "text", expected: "a UUID" };
        case "binary": return { parse: (s) => (BASE64_RE.test(s) ? s : INVALID), kind: "text", expected: "base64 data" };
        default: throw new Error(`unknown string format ${JSON.stringify(rawFormat)} (use "default", "email", "uri", "uuid" or "binary")`);
      }
    }
    default:
      throw new Error(`unknown type ${JSON.stringify(o.type)}`);
  }
}
