// One field → its parser, its zod schema (the truth) and a hand-compiled fast path, decided once per schema.
import type * as Zod from "zod";
import type { ZodType } from "zod";
import { lazy, nodeRequire } from "../lazy.js";
import { INVALID, typeParser, type Invalid, type TypeOptions, type TypeParser, type ValueKind } from "./parsers.js";
import { ANY_SPAN, classRunSpan, maxLengthSpan, oneOfSpan, spanTest, stickySpan, typeSpan, type SpanPlan } from "./span-plan.js";
import { compilePattern, stickyPattern } from "./regex.js";
import { NON_FINITE, NULL_LIKE } from "./tokens.js";
import { charLength, constraintIssues, dateExclusiveIssues, enumKey, issuesByHand, valueLength, type Bounds } from "./issues-by-hand.js";
import type { CompiledField, ConstraintDisplay, FieldSeverity } from "./types.js";

/**
 * zod, loaded when a field's schema is first needed: a cell the fast path does not accept, or a caller reading
 * `field.zod`. why lazy: zod is the largest module graph the CLI would load (about 95 files), and a clean file under
 * a Table Schema or an inferred one never asks it. why require (its CommonJS build): the row path is synchronous.
 */
export const loadZod = lazy<typeof Zod>("zod", "schema checks", () => (typeof require === "function" ? require("zod") : nodeRequire("zod")));

export { charLength };

/** A problem with one key of a field; the caller prefixes the file and the field's path. */
export class SchemaKeyError extends Error {
  constructor(readonly key: string, message: string) {
    super(message);
  }
}

export interface FieldSpec {
  name: string;
  typeOptions: TypeOptions;
  required: boolean;
  unique: boolean;
  constraints: {
    minimum?: unknown; maximum?: unknown; exclusiveMinimum?: unknown; exclusiveMaximum?: unknown;
    minLength?: number; maxLength?: number; pattern?: string; enum?: unknown[];
  };
  missing: string[];
  allowNonFinite: boolean;
  maxNullRatio: number | null;
  severity: FieldSeverity | null;
  /** false for inferred string columns (null-like tokens there are just text). */
  flagNullLike: boolean;
}

const BOUND_TYPES = new Set(["integer", "number", "date", "datetime", "time", "year", "yearmonth"]);
const LENGTH_TYPES = new Set(["string", "array", "object", "list", "geojson", "any"]);
const PATTERN_TYPES = new Set(["string", "any", "duration"]);

/** A schema value as the user wrote it (a BigInt from an integer literal past 2^53 has no JSON form). */
const showRaw = (v: unknown): string => (typeof v === "bigint" ? String(v) : JSON.stringify(v) ?? String(v));

function quoteList(values: unknown[]): string {
  const shown = values.slice(0, 10).map(showRaw);
  return shown.join(", ") + (values.length > 10 ? `, … (${values.length} in all)` : "");
}

/**
 * For fast paths that know it: the ASCII characters a text they accept can start with (1 at that index).
 * why: cells.ts wraps a text field's fast path in a test of the first character (formula-injection,
 * null-like tokens); when no accepted text can start with = @ + - tab or CR, it can skip that wrapper.
 */
const FIRST_CHARS = new WeakMap<(t: string) => boolean, Uint8Array>();

/** The ASCII first characters of the texts `fast` can accept (index 128: non-ASCII ones), or null when it does not say. */
export function fastFirstChars(fast: (t: string) => boolean): Uint8Array | null {
  return FIRST_CHARS.get(fast) ?? null;
}

/** ASCII letters and digits: the only characters classRunMatcher reads as literals. */
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A matcher for the commonest code patterns, one class of ASCII letters, digits and ranges, repeated:
 * `[A-Z]{2}`, `[A-Z0-9]{8}`, `^[a-z0-9]+$`, `[0-9]{3,5}` — or null for any other pattern (regex.ts then
 * runs it). It matches exactly what re2 matches (test/schema/scanners.test.ts compares them).
 * why: such a pattern checks a length and a character table; over a short cell a char loop costs about a
 * third of a RegExp call (which has a fixed cost), and these patterns run on every cell of code-like columns
 * (measured in place on the bench files: the cells check ~9 % faster with two such columns).
 */
export function classRunMatcher(pattern: string): ((t: string) => boolean) | null {
  const run = classRun(pattern);
  if (run === null) return null;
  const { table, min, max } = run;
  const test = (t: string): boolean => {
    const n = t.length;
    if (n < min || n > max) return false;
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c >= 128 || table[c] === 0) return false;
    }
    return true;
  };
  FIRST_CHARS.set(test, Uint8Array.of(...table, 0));
  SPANS.set(test, classRunSpan(table, min, max));
  return test;
}

/** The span test that goes with a fast test built here (class runs, short enums), where there is one. */
const SPANS = new WeakMap<(t: string) => boolean, SpanPlan>();

/** classRunMatcher's reading of a pattern: the character table and the repeat bounds, or null. */
function classRun(pattern: string): { table: Uint8Array; min: number; max: number } | null {
  const m = /^\^?\[([A-Za-z0-9-]+)\](?:\{(\d{1,4})(,(\d{0,4}))?\}|([+*?]))?\$?$/.exec(pattern);
  if (m === null) return null;
  const table = new Uint8Array(128);
  const body = m[1];
  for (let i = 0; i < body.length; ) {
    const lo = body.charCodeAt(i);
    if (!isAlnum(lo)) return null; // a '-' first, last or after a range: leave it to the engines
    if (body.charCodeAt(i + 1) === 45 && i + 2 < body.length) {
      const hi = body.charCodeAt(i + 2);
      if (!isAlnum(hi) || hi < lo) return null;
      for (let c = lo; c <= hi; c++) table[c] = 1;
      i += 3;
    } else {
      table[lo] = 1;
      i += 1;
    }
  }
  let min = 1, max = 1;
  if (m[2] !== undefined) {
    min = Number(m[2]);
    max = m[3] === undefined ? min : m[4] === "" ? Infinity : Number(m[4]);
    if (max < min) return null;
  } else if (m[5] !== undefined) {
    min = m[5] === "+" ? 1 : 0;
    max = m[5] === "?" ? 1 : Infinity;
  }
  return { table, min, max };
}

export function compileField(spec: FieldSpec): CompiledField {
  const to = spec.typeOptions;
  const type = to.type;
  const parser = fieldParser(to);
  const kind = parser.kind;
  const display: ConstraintDisplay = {};
  // ---- the constraints, parsed once with the field's own parser (the order of their errors and of `display`'s keys)
  const [min, max, xmin, xmax] = BOUND_KEYS.map((key) => fieldBound(spec, key, parser, display));
  const minLen = fieldLength(spec, "minLength", display), maxLen = fieldLength(spec, "maxLength", display);
  const pattern = fieldPattern(spec, display);
  const en = fieldEnum(spec, parser, display);
  const enumSet = en?.set ?? null;
  // why `exact`: a number or integer field whose bound or enum lies outside ±(2^53 − 1) compares exactly (see exactValue)
  const exact = [min, max, xmin, xmax].some((b) => typeof b === "bigint") || en?.exact === true;
  // why the cast: with `exact`, the bounds may be bigints, which only exactZod and exactFast read
  const bounds = { min, max, xmin, xmax, minLen, maxLen, pattern, enumSet } as Bounds;

  // ---- the zod schema (the engine of truth), built at its first use (see loadZod)
  const missing = new Set(spec.missing);
  if (exact) normalizeExact(enumSet);
  const exactParse = exact ? exactValue(parser) : null;
  const parse = exactParse ?? parser.parse;
  const pre = (v: unknown): unknown => {
    if (v === undefined || (typeof v === "string" && missing.has(v))) return undefined;
    const p = parse(v as string);
    if (p === INVALID) return INVALID;
    return kind === "date" ? new Date(p as number) : p;
  };
  let zod: ZodType | null = null;
  const buildFieldZod = (): ZodType => {
    const inner = exactParse ? exactZod({ min, max, xmin, xmax, enumSet }) : buildZod(kind, { ...bounds, display });
    return loadZod().z.preprocess(pre, spec.required ? inner : inner.optional());
  };

  // ---- the fast path: the same decisions by hand, without allocation in the common case
  const identity = (type === "string" && (to.format ?? "default") === "default") || type === "any";
  const fast = exactParse ? exactFast(exactParse, { min, max, xmin, xmax, enumSet }) : buildFast(parser, identity, bounds);
  const spanPlan = exactParse ? null : buildSpan(parser, identity, fast, bounds);
  let missingMaxLength = 0;
  for (const m of missing) missingMaxLength = Math.max(missingMaxLength, m.length);

  return {
    name: spec.name,
    type,
    format: to.format ?? null,
    required: spec.required,
    unique: spec.unique,
    missing,
    missingMaxLength,
    nullLike: nullLikeTokens(spec, kind, parse, missing, en?.texts ?? new Set()),
    numberField: type === "number",
    allowNonFinite: spec.allowNonFinite,
    text: type === "string",
    maxNullRatio: spec.maxNullRatio,
    severity: spec.severity,
    parser,
    fast,
    span: spanPlan === null ? null : spanTest(spanPlan),
    spanPlan,
    get zod() { return (zod ??= buildFieldZod()); },
    issues: exactParse ? null : issuesByHand(kind, parse, missing, spec.required, bounds, display.pattern ?? ""),
    display,
  };
}

/** The parser of the field's type and format; an unknown one is an error of that key. */
function fieldParser(to: TypeOptions): TypeParser {
  try {
    return typeParser(to);
  } catch (e) {
    throw new SchemaKeyError(/^unknown type/.test((e as Error).message) ? "type" : "format", (e as Error).message);
  }
}

const BOUND_KEYS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;

/** `v`, read from `raw`, as a bigint when it lies outside ±(2^53 − 1) and the parser reads big integers exactly. */
function exactOf(parser: TypeParser, raw: unknown, v: number): number | bigint {
  const big = parser.big;
  if (big === undefined || Number.isSafeInteger(v)) return v;
  if (typeof raw === "bigint") return raw;
  if (typeof raw === "string") return big(raw) ?? v;
  return Number.isInteger(v) ? BigInt(v) : v;
}

/** Whether a bound or enum value written as a JSON number is taken as a number (yearmonth and time take only text). */
function numberLiteral(raw: unknown, parser: TypeParser, type: string): raw is number | bigint {
  return (typeof raw === "number" || typeof raw === "bigint") && parser.kind === "number" && type !== "yearmonth" && type !== "time";
}

/** One bound of the field, parsed with its parser, or null when not given. */
function fieldBound(spec: FieldSpec, key: (typeof BOUND_KEYS)[number], parser: TypeParser, display: ConstraintDisplay): number | bigint | null {
  const raw = spec.constraints[key];
  const type = spec.typeOptions.type;
  if (raw === undefined) return null;
  if (!BOUND_TYPES.has(type)) throw new SchemaKeyError(`constraints.${key}`, `not supported for type ${JSON.stringify(type)}`);
  let v: unknown;
  if (numberLiteral(raw, parser, type)) v = Number(raw);
  else if (typeof raw === "string") v = parser.parse(raw);
  else v = INVALID;
  if (v === INVALID || typeof v !== "number" || v !== v) {
    throw new SchemaKeyError(`constraints.${key}`, `expected ${parser.expected}, got ${showRaw(raw)}`);
  }
  display[key] = String(raw);
  return exactOf(parser, raw, v);
}

/** minLength or maxLength, or null when not given. */
function fieldLength(spec: FieldSpec, key: "minLength" | "maxLength", display: ConstraintDisplay): number | null {
  const raw = spec.constraints[key];
  if (raw === undefined) return null;
  const type = spec.typeOptions.type;
  if (!LENGTH_TYPES.has(type)) throw new SchemaKeyError(`constraints.${key}`, `not supported for type ${JSON.stringify(type)}`);
  // a BigInt (a literal past 2^53) is as good a limit as its double: lengths stay far below 2^53
  const n = typeof raw === "bigint" ? Number(raw) : raw;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new SchemaKeyError(`constraints.${key}`, `expected a non-negative integer, got ${showRaw(raw)}`);
  display[key] = n;
  return n;
}

/** The pattern's test (a class run by hand when it is one, else the compiled pattern), or null when not given. */
function fieldPattern(spec: FieldSpec, display: ConstraintDisplay): ((t: string) => boolean) | null {
  const p = spec.constraints.pattern;
  if (p === undefined) return null;
  if (typeof p !== "string") throw new SchemaKeyError("constraints.pattern", `expected a string, got ${JSON.stringify(p)}`);
  if (!PATTERN_TYPES.has(spec.typeOptions.type)) throw new SchemaKeyError("constraints.pattern", `not supported for type ${JSON.stringify(spec.typeOptions.type)}`);
  let pattern: (t: string) => boolean;
  try {
    const m = compilePattern(p); // first: it decides whether the pattern compiles at all
    pattern = classRunMatcher(p) ?? m.test;
    const sticky = pattern === m.test && m.engine === "js-safe" ? stickyPattern(p) : null;
    if (sticky !== null) SPANS.set(m.test, stickySpan(sticky));
  } catch (e) {
    throw new SchemaKeyError("constraints.pattern", `does not compile: ${(e as Error).message}`);
  }
  display.pattern = p;
  return pattern;
}

/** The enum's values as the field's kind compares them, its texts as written, and whether one needs exact comparison. */
function fieldEnum(spec: FieldSpec, parser: TypeParser, display: ConstraintDisplay): { set: Set<unknown>; texts: Set<string>; exact: boolean } | null {
  const values = spec.constraints.enum;
  if (values === undefined) return null;
  if (!Array.isArray(values) || values.length === 0) throw new SchemaKeyError("constraints.enum", "expected a non-empty array");
  const kind = parser.kind;
  const out = { set: new Set<unknown>(), texts: new Set<string>(), exact: false };
  values.forEach((raw, i) => {
    let v: unknown;
    if (typeof raw === "string") { v = parser.parse(raw); out.texts.add(raw); }
    else if (numberLiteral(raw, parser, spec.typeOptions.type)) v = Number(raw);
    else if (typeof raw === "boolean" && kind === "bool") v = raw;
    else if (kind === "json" && typeof raw === "object" && raw !== null) v = raw;
    else v = INVALID;
    if (v === INVALID) throw new SchemaKeyError(`constraints.enum[${i}]`, `expected ${parser.expected}, got ${showRaw(raw)}`);
    const x = typeof v === "number" ? exactOf(parser, raw, v) : v;
    if (typeof x === "bigint") out.exact = true;
    out.set.add(enumKey(kind, x));
  });
  display.enum = quoteList(values);
  return out;
}

/** The null-like tokens (`NULL`, `N/A`…) this field flags: not declared missing, not in its enum, not a valid value of its type. */
function nullLikeTokens(spec: FieldSpec, kind: ValueKind, parse: (t: string) => unknown, missing: Set<string>, enumTexts: Set<string>): Set<string> {
  const nullLike = new Set<string>();
  const type = spec.typeOptions.type;
  if (!spec.flagNullLike || type === "any") return nullLike;
  for (const t of NULL_LIKE) {
    if (missing.has(t) || enumTexts.has(t)) continue;
    if (type === "number" && NON_FINITE.has(t)) continue;
    if (kind !== "text" && parse(t) !== INVALID) continue;
    nullLike.add(t);
  }
  return nullLike;
}

function buildZod(kind: ValueKind, b: Bounds & { display: ConstraintDisplay }): ZodType {
  const { z } = loadZod();
  let base: ZodType;
  switch (kind) {
    case "number": {
      // why not .int(): zod's int() also caps at 2^53, and the parser already admits only integer text.
      let n = z.number();
      if (b.min !== null) n = n.gte(b.min);
      if (b.xmin !== null) n = n.gt(b.xmin);
      if (b.max !== null) n = n.lte(b.max);
      if (b.xmax !== null) n = n.lt(b.xmax);
      base = n;
      break;
    }
    case "date": {
      let d = z.date();
      if (b.min !== null) d = d.min(new Date(b.min));
      if (b.max !== null) d = d.max(new Date(b.max));
      base = d;
      if (b.xmin !== null || b.xmax !== null) {
        const xmin = b.xmin, xmax = b.xmax;
        base = d.superRefine((v, ctx) => dateExclusiveIssues(v, xmin, xmax, (issue) => ctx.addIssue(issue as never)));
      }
      break;
    }
    case "bool": base = z.boolean(); break;
    case "text": base = z.string(); break;
    case "json":
      // why: parsed JSON (objects, arrays, lists) has no zod type of its own here; INVALID is the only non-value.
      base = z.any().superRefine((v, ctx) => {
        if (typeof v === "symbol") ctx.addIssue({ code: "invalid_type", expected: "object", input: v });
      });
      break;
  }
  const { minLen, maxLen, pattern, enumSet } = b;
  if (minLen === null && maxLen === null && pattern === null && enumSet === null) return base;
  return base.superRefine((v: unknown, ctx) => constraintIssues(kind, b, b.display.pattern ?? "", v, (issue) => ctx.addIssue(issue as never)));
}

/**
 * Membership in a set of strings: the values of the cell's length, compared one by one.
 * why: an enum column has a few short values; a cell is a fresh string each time, so a Set lookup first
 * hashes all of it, where its length picks one to three candidates for === (measured in place on the bench
 * files: the cells check 3–8 % faster with one enum column).
 */
function stringSetTest(values: Set<string>): (t: string) => boolean {
  const first = new Uint8Array(129);
  for (const v of values) if (v.length > 0) first[Math.min(v.charCodeAt(0), 128)] = 1;
  let test: (t: string) => boolean;
  if (values.size > 64 || [...values].some((v) => v.length > 64)) test = (t) => values.has(t);
  else {
    const byLength: string[][] = [];
    for (const v of values) (byLength[v.length] ??= []).push(v);
    for (let n = 0; n < byLength.length; n++) byLength[n] ??= [];
    const span = oneOfSpan([...values]);
    const longest = byLength.length - 1;
    test = (t) => {
      if (t.length > longest) return false;
      const candidates = byLength[t.length];
      for (let i = 0; i < candidates.length; i++) if (t === candidates[i]) return true;
      return false;
    };
    SPANS.set(test, span);
  }
  FIRST_CHARS.set(test, first);
  return test;
}

/**
 * The fast path on a range of the text (no string made), for the shapes that have one; null for the others. True
 * only where `fast` on the cell's string is true (test/schema/span-checks.test.ts); false means "make the string".
 */
function buildSpan(parser: TypeParser, identity: boolean, fast: ((t: string) => boolean) | null, b: Bounds): SpanPlan | null {
  const { min, max, xmin, xmax, minLen, maxLen, pattern, enumSet } = b;
  const hasBounds = min !== null || max !== null || xmin !== null || xmax !== null;
  const hasLen = minLen !== null || maxLen !== null;
  if (identity) {
    if (fast === null) return ANY_SPAN;
    if (!hasLen) return SPANS.get(fast) ?? null; // a class-run pattern or a short enum
    if (minLen === null && pattern === null && enumSet === null) return maxLengthSpan(maxLen!);
    return null;
  }
  if (hasLen || pattern !== null || enumSet !== null || parser.spanKind === undefined) return null;
  const bounds = hasBounds ? { lo: min ?? -Infinity, hi: max ?? Infinity, xlo: xmin ?? -Infinity, xhi: xmax ?? Infinity } : null;
  return typeSpan(parser.spanKind, parser.spanValues, bounds);
}

/** The fast path: true only when the text is a value of the type within every constraint. */
function buildFast(parser: TypeParser, identity: boolean, b: Bounds): ((text: string) => boolean) | null {
  const { min, max, xmin, xmax, minLen, maxLen, pattern, enumSet } = b;
  const parse = parser.parse;
  const kind = parser.kind;
  const hasBounds = min !== null || max !== null || xmin !== null || xmax !== null;
  const hasLen = minLen !== null || maxLen !== null;
  if (identity) {
    // Text that parses to itself: check only the constraints given.
    if (!hasLen && pattern === null && enumSet === null) return null;
    // why one function per common shape: a cell then runs only its own test, not a chain of "is there a …" branches.
    if (!hasLen && enumSet === null) return pattern;
    if (!hasLen && pattern === null) return stringSetTest(enumSet as Set<string>);
    if (minLen === null && pattern === null && enumSet === null) {
      const most = maxLen!;
      // why: characters ≤ UTF-16 units ≤ 2 × characters, so the units decide most cells without counting surrogates.
      return (t) => t.length <= most || (t.length <= 2 * most && charLength(t) <= most);
    }
    return (t) => {
      if (hasLen) {
        // why: characters ≤ UTF-16 units, so the units decide most cells without counting surrogates.
        if (minLen !== null && t.length < minLen) return false;
        if (maxLen !== null && t.length > maxLen) {
          if (t.length > 2 * maxLen) return false;
          if (charLength(t) > maxLen) return false;
        }
        if (minLen !== null && t.length < 2 * minLen && charLength(t) < minLen) return false;
      }
      if (pattern !== null && !pattern(t)) return false;
      if (enumSet !== null && !enumSet.has(t)) return false;
      return true;
    };
  }
  // why: with nothing to compare, "is it a value of the type" is all; parser.valid answers it without building the value.
  if (!hasBounds && !hasLen && pattern === null && enumSet === null && parser.valid !== undefined) return parser.valid;
  if (kind === "number" || kind === "date") {
    const num = parser.num;
    if (num !== undefined && enumSet === null) {
      if (!hasBounds) return (t) => !isNaN(num(t));
      // why: NaN (not a value) fails every comparison, and an absent bound is ±Infinity, so four compares decide.
      const lo = min ?? -Infinity, hi = max ?? Infinity, xlo = xmin ?? -Infinity, xhi = xmax ?? Infinity;
      return (t) => {
        const v = num(t);
        return v >= lo && v <= hi && v > xlo && v < xhi;
      };
    }
    return (t) => {
      const v = parse(t);
      if (v === INVALID) return false;
      const n = v as number;
      if (min !== null && !(n >= min)) return false;
      if (xmin !== null && !(n > xmin)) return false;
      if (max !== null && !(n <= max)) return false;
      if (xmax !== null && !(n < xmax)) return false;
      if (enumSet !== null && !enumSet.has(n)) return false;
      return true;
    };
  }
  return (t) => {
    const v = parse(t);
    if (v === INVALID) return false;
    if (hasLen) {
      const len = valueLength(v);
      if (minLen !== null && len < minLen) return false;
      if (maxLen !== null && len > maxLen) return false;
    }
    if (pattern !== null && !pattern(typeof v === "string" ? v : t)) return false;
    if (enumSet !== null && !enumSet.has(enumKey(kind, v))) return false;
    return true;
  };
}

// ---------------------------------------------------------------- integers past 2^53

type Exact = number | bigint;

/**
 * The value of an integer or number cell for exact comparison: a number inside ±(2^53 − 1), a BigInt outside, NaN when not
 * an integer. why both: JS compares a number with a BigInt exactly (`2n ** 53n + 1n > 2 ** 53` is true), so bounds
 * and cells need no common type; and a cell that rounds stays a number only where it cannot have rounded.
 * Used only by fields with a bound or enum outside the safe range: a safe bound is compared rightly by doubles
 * (rounding is monotonic, and 2^53 itself is a double), so the ordinary fast path keeps its speed.
 */
function exactValue(parser: TypeParser): (t: string) => Exact | Invalid {
  const num = parser.num!, big = parser.big!;
  return (t) => {
    const v = num(t);
    if (v !== v) return INVALID;
    // a number field's "1.5e300" has no integer text: its double is compared as it is (exactly, with a BigInt bound)
    return v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER ? v : big(t) ?? v;
  };
}

/** Safe values of an exact enum as numbers, the others as BigInt: the form exactValue gives, so Set.has matches. */
function normalizeExact(set: Set<unknown> | null): void {
  if (set === null) return;
  const all = [...set];
  set.clear();
  for (const v of all) set.add(typeof v === "bigint" && v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
}

interface ExactBounds { min: Exact | null; max: Exact | null; xmin: Exact | null; xmax: Exact | null; enumSet: Set<unknown> | null }

/** The first bound an exact value breaks, as the zod issue it maps to; null when none. */
function exactIssue(v: Exact, b: ExactBounds): { code: "too_small" | "too_big" | "invalid_value"; bound?: Exact; inclusive?: boolean } | null {
  if (b.min !== null && !(v >= b.min)) return { code: "too_small", bound: b.min, inclusive: true };
  if (b.xmin !== null && !(v > b.xmin)) return { code: "too_small", bound: b.xmin, inclusive: false };
  if (b.max !== null && !(v <= b.max)) return { code: "too_big", bound: b.max, inclusive: true };
  if (b.xmax !== null && !(v < b.xmax)) return { code: "too_big", bound: b.xmax, inclusive: false };
  if (b.enumSet !== null && !b.enumSet.has(v)) return { code: "invalid_value" };
  return null;
}

function exactFast(value: (t: string) => Exact | Invalid, b: ExactBounds): (t: string) => boolean {
  return (t) => {
    const v = value(t);
    return v !== INVALID && exactIssue(v as Exact, b) === null;
  };
}

function exactZod(b: ExactBounds): ZodType {
  const { z } = loadZod();
  return z.any().superRefine((v, ctx) => {
    if (typeof v !== "number" && typeof v !== "bigint") { ctx.addIssue({ code: "invalid_type", expected: "number", input: v }); return; }
    const i = exactIssue(v, b);
    if (i === null) return;
    if (i.code === "too_small") ctx.addIssue({ code: "too_small", origin: "number", minimum: i.bound as never, inclusive: i.inclusive, input: v });
    else if (i.code === "too_big") ctx.addIssue({ code: "too_big", origin: "number", maximum: i.bound as never, inclusive: i.inclusive, input: v });
    else ctx.addIssue({ code: "invalid_value", values: [...b.enumSet!] as never, input: v });
  });
}
