// A Table Schema field's zod issues for one cell, worked out by hand: the defect path of a file then never loads zod.
import { INVALID, type ValueKind } from "./parsers.js";
import type { IssueFields } from "./issues.js";

/** A field's compiled bounds and constraints, as compile-field.ts builds its fast path and its zod schema from them. */
export interface Bounds {
  min: number | null; max: number | null; xmin: number | null; xmax: number | null;
  minLen: number | null; maxLen: number | null;
  pattern: ((t: string) => boolean) | null;
  enumSet: Set<unknown> | null;
}

/** An issue as zod's `ctx.addIssue` takes it (the fields mapIssue reads; zod adds `message` and `path`). */
export type IssueInput = IssueFields;
type Push = (issue: IssueInput) => void;

/** Length of a parsed value for minLength/maxLength: characters of text, items of an array or list, keys of an object. */
export function valueLength(v: unknown): number {
  if (typeof v === "string") return charLength(v);
  if (Array.isArray(v)) return v.length;
  if (typeof v === "object" && v !== null) return Object.keys(v).length;
  return 0;
}

/** Length in characters (code points), as Table Schema and Python count it; UTF-16 length when no surrogate. */
export function charLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { n--; i++; }
  }
  return n;
}

/** The comparable key of a parsed value (enum membership). */
export function enumKey(kind: ValueKind, v: unknown): unknown {
  return kind === "json" ? JSON.stringify(v) : v;
}

/** A date field's exclusive bounds (zod has none for dates: a refinement after `min`/`max`). */
export function dateExclusiveIssues(v: Date, xmin: number | null, xmax: number | null, push: Push): void {
  if (xmin !== null && v.getTime() <= xmin) push({ code: "too_small", origin: "date", minimum: xmin, inclusive: false, input: v });
  if (xmax !== null && v.getTime() >= xmax) push({ code: "too_big", origin: "date", maximum: xmax, inclusive: false, input: v });
}

/** Lengths, pattern and enum on a parsed value: the refinement every field's zod schema ends with. */
export function constraintIssues(kind: ValueKind, b: Bounds, patternText: string, v: unknown, push: Push): void {
  if (typeof v === "symbol") return;
  const { minLen, maxLen, pattern, enumSet } = b;
  if (minLen !== null || maxLen !== null) {
    const len = valueLength(v);
    const origin = typeof v === "string" ? "string" : "array";
    if (minLen !== null && len < minLen) push({ code: "too_small", origin, minimum: minLen, inclusive: true, input: v });
    if (maxLen !== null && len > maxLen) push({ code: "too_big", origin, maximum: maxLen, inclusive: true, input: v });
  }
  if (pattern !== null && !pattern(String(v))) push({ code: "invalid_format", format: "regex", pattern: patternText, input: String(v) });
  if (enumSet !== null && !enumSet.has(enumKey(kind, v instanceof Date ? v.getTime() : v))) push({ code: "invalid_value", values: [...enumSet], input: v });
}

const ZOD_TYPE_NAME: Partial<Record<ValueKind, string>> = { number: "number", date: "date", bool: "boolean", text: "string" };

/**
 * The issues `z.preprocess(pre, inner)` (compile-field.ts) gives a cell, in zod's order, for the kinds whose zod
 * schema is built of plain checks: number, date, boolean and text; null for the others (json, and bounds past 2^53),
 * which zod answers. It follows zod 4's rules: a value of the wrong type (INVALID, NaN, ±Infinity, an invalid Date)
 * is one `invalid_type` and no check runs after it; every failed check is reported, in the order they were added.
 * why: zod costs ~80 ms of CPU to load in each thread (95 modules), and every dirty file paid it in every thread at
 * its first bad cell (README, "Per-core speed, eleventh step"). test/schema/issues-by-hand.test.ts compares both.
 */
export function issuesByHand(
  kind: ValueKind, parse: (t: string) => unknown, missing: ReadonlySet<string>, required: boolean, b: Bounds, patternText: string,
): ((t: string) => IssueInput[]) | null {
  const expected = ZOD_TYPE_NAME[kind];
  if (expected === undefined) return null;
  const wrongType = (input: unknown): IssueInput[] => [{ code: "invalid_type", expected, input }];
  const { min, max, xmin, xmax } = b;
  const minDate = min === null ? null : new Date(min), maxDate = max === null ? null : new Date(max);
  return (t) => {
    if (missing.has(t)) return required ? wrongType(undefined) : [];
    const p = parse(t);
    if (p === INVALID) return wrongType(p);
    const out: IssueInput[] = [];
    const push = (issue: IssueInput): void => { out.push(issue); };
    let v: unknown = p;
    if (kind === "number") {
      if (typeof p !== "number" || !Number.isFinite(p)) return wrongType(p);
      // zod's gte, gt, lte, lt, in the order compile-field.ts adds them
      if (min !== null && !(p >= min)) push({ code: "too_small", origin: "number", minimum: min, inclusive: true, input: p });
      if (xmin !== null && !(p > xmin)) push({ code: "too_small", origin: "number", minimum: xmin, inclusive: false, input: p });
      if (max !== null && !(p <= max)) push({ code: "too_big", origin: "number", maximum: max, inclusive: true, input: p });
      if (xmax !== null && !(p < xmax)) push({ code: "too_big", origin: "number", maximum: xmax, inclusive: false, input: p });
    } else if (kind === "date") {
      const d = new Date(p as number);
      if (Number.isNaN(d.getTime())) return wrongType(d);
      if (minDate !== null && !(d >= minDate)) push({ code: "too_small", origin: "date", minimum: minDate.getTime(), inclusive: true, input: d });
      if (maxDate !== null && !(d <= maxDate)) push({ code: "too_big", origin: "date", maximum: maxDate.getTime(), inclusive: true, input: d });
      dateExclusiveIssues(d, xmin, xmax, push);
      v = d;
    } else if (typeof p !== (kind === "bool" ? "boolean" : "string")) {
      return wrongType(p);
    }
    constraintIssues(kind, b, patternText, v, push);
    return out;
  };
}
