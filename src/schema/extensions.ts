// The schema-level and field-level keys of issue 17 (duplicateRows, rowRules, mostly, aggregates), read and checked for table-schema.ts.
import type { RuleLevel } from "../types.js";
import { compileRule, RuleError, type RowRule } from "./row-rules.js";
import type { AggregateBounds, Bound, CompiledField } from "./types.js";

/** A problem at a key path (table-schema.ts turns it into its DescriptorError). */
export class ExtensionError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x)) ?? String(v);
const LEVELS = new Set(["error", "warning", "off"]);

/** `duplicateRows: true` (the `duplicate-row` check). */
export function readDuplicateRows(v: unknown): boolean {
  if (v === undefined) return false;
  if (typeof v !== "boolean") throw new ExtensionError("duplicateRows", `expected true or false, got ${show(v)}`);
  return v;
}

/**
 * `rowRules: [{ name, check, severity? }]`; Frictionless's row-constraint check is taken as it is written in its
 * checklist, `{ "type": "row-constraint", "formula": "…" }` (named after its formula).
 */
export function readRowRules(v: unknown, fields: CompiledField[]): RowRule[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ExtensionError("rowRules", `expected an array of { "name": …, "check": … }, got ${show(v)}`);
  return v.map((r: unknown, i: number) => {
    const path = `rowRules[${i}]`;
    if (!isObj(r)) throw new ExtensionError(path, `expected { "name": …, "check": … }, got ${show(r)}`);
    const frictionless = r.type === "row-constraint";
    const check = frictionless ? r.formula : r.check;
    const key = frictionless ? "formula" : "check";
    if (typeof check !== "string" || check.trim() === "") throw new ExtensionError(`${path}.${key}`, `expected an expression such as "end >= start", got ${show(check)}`);
    const name = r.name === undefined && frictionless ? check : r.name;
    if (typeof name !== "string" || name === "") throw new ExtensionError(`${path}.name`, `expected a non-empty string, got ${show(name)}`);
    for (const k of Object.keys(r)) if (!["name", "check", "severity", "type", "formula", "description"].includes(k)) throw new ExtensionError(`${path}.${k}`, "unknown key (name, check, severity)");
    if (r.severity !== undefined && (typeof r.severity !== "string" || !LEVELS.has(r.severity))) throw new ExtensionError(`${path}.severity`, `expected "error", "warning" or "off", got ${show(r.severity)}`);
    let rule: RowRule;
    try {
      rule = compileRule(name, check, fields);
    } catch (e) {
      if (e instanceof RuleError) throw new ExtensionError(`${path} (${JSON.stringify(name)}).${key}`, e.message);
      throw e;
    }
    if (r.severity !== undefined) rule.severity = r.severity as RuleLevel;
    return rule;
  });
}

/** Field `mostly`: a share from 0 to 1. */
export function readMostly(v: unknown, path: string): number | null {
  if (v === undefined) return null;
  if (typeof v !== "number" || !(v >= 0 && v <= 1)) throw new ExtensionError(`${path}.mostly`, `expected a share from 0 to 1 (e.g. 0.99), got ${show(v)}`);
  return v;
}

const FIGURES = ["mean", "sum", "min", "max", "distinct", "missingRatio", "missing"] as const;
const NUMERIC_ONLY = new Set(["mean", "sum"]);
const ORDERED = new Set(["min", "max"]);

/**
 * Field `aggregates: { mean: { min, max }, … }`. mean and sum need a number field; min and max a number, date or
 * datetime field, whose bounds are then dates as the field writes them (`"2024-01-01"`), read by its parser.
 */
export function readAggregates(v: unknown, path: string, field: CompiledField): AggregateBounds | null {
  if (v === undefined) return null;
  const at = `${path}.aggregates`;
  if (!isObj(v)) throw new ExtensionError(at, `expected { "mean": { "min": …, "max": … }, … }, got ${show(v)}`);
  const kind = field.parser?.kind;
  const out: AggregateBounds = {};
  for (const [k, b] of Object.entries(v)) {
    if (!(FIGURES as readonly string[]).includes(k)) throw new ExtensionError(`${at}.${k}`, `unknown figure (${FIGURES.join(", ")})`);
    if (NUMERIC_ONLY.has(k) && kind !== "number") throw new ExtensionError(`${at}.${k}`, "applies to number and integer fields only");
    if (ORDERED.has(k) && kind !== "number" && kind !== "date") throw new ExtensionError(`${at}.${k}`, "applies to number, integer, date and datetime fields only");
    const read = ORDERED.has(k) && kind === "date" ? (x: unknown, p: string) => temporal(x, p, field) : undefined;
    out[k as keyof AggregateBounds] = readBound(b, `${at}.${k}`, read);
  }
  return out;
}

/** A date bound written as the field writes its values, as the milliseconds its parser gives. */
function temporal(x: unknown, path: string, field: CompiledField): number {
  const ms = typeof x === "string" ? field.parser!.num!(x) : NaN;
  if (ms !== ms) throw new ExtensionError(path, `expected ${field.parser!.expected}, got ${show(x)}`);
  return ms;
}

function readBound(v: unknown, path: string, read?: (x: unknown, path: string) => number): Bound {
  if (!isObj(v)) throw new ExtensionError(path, `expected { "min": n, "max": n }, got ${show(v)}`);
  const one = (k: "min" | "max"): number | null => {
    const x = typeof v[k] === "bigint" ? Number(v[k]) : v[k];
    if (x === undefined) return null;
    if (read) return read(x, `${path}.${k}`);
    if (typeof x !== "number" || !Number.isFinite(x)) throw new ExtensionError(`${path}.${k}`, `expected a number, got ${show(x)}`);
    return x;
  };
  for (const k of Object.keys(v)) if (!["min", "max", "minExclusive", "maxExclusive"].includes(k)) throw new ExtensionError(`${path}.${k}`, "unknown key (min, max, minExclusive, maxExclusive)");
  const b: Bound = { min: one("min"), max: one("max") };
  for (const k of ["minExclusive", "maxExclusive"] as const) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== "boolean") throw new ExtensionError(`${path}.${k}`, `expected true or false, got ${show(v[k])}`);
    b[k] = v[k] as boolean;
  }
  if (b.min === null && b.max === null) throw new ExtensionError(path, "give min, max or both");
  if (b.min !== null && b.max !== null && b.min > b.max) throw new ExtensionError(path, `min (${b.min}) is greater than max (${b.max})`);
  return b;
}
