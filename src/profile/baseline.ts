// The baseline profile file (`ingest-check profile`, read by `check --baseline`): its format, its text, and reading it back strictly.
import { readFile } from "node:fs/promises";
import { IngestError, describeSystemError } from "../defects/errors.js";

/** Drift thresholds: flag a numeric column when KS D > ks (and p < ksPValue), a categorical one when PSI > psi. */
export interface DriftThresholds {
  /** Two-sample Kolmogorov–Smirnov statistic D above which a numeric column drifts. */
  ks: number;
  /** The KS p-value must also be below this, so a small file's sampling noise is not called drift (1 = D alone). */
  ksPValue: number;
  /** Population stability index above which a categorical column drifts. */
  psi: number;
}

export const DEFAULT_THRESHOLDS: DriftThresholds = { ks: 0.1, ksPValue: 0.05, psi: 0.2 };
/** Values kept per numeric column (a reservoir sample). */
export const DEFAULT_SAMPLE_SIZE = 10_000;
/** Categories kept per categorical column; the rest are counted together as `__other__`. */
export const DEFAULT_TOP_K = 100;
export const OTHER = "__other__";

interface ColumnBase {
  name: string;
  /** 1-based position in the profiled file. */
  index: number;
  /** The schema type (given or inferred), or null for a column the schema does not describe. */
  type: string | null;
  /** Cells present (records too short to reach the column are not counted). */
  count: number;
  /** Cells that are one of the field's missing values; not part of the distribution. */
  missing: number;
  /** Per-column thresholds (override the profile's). */
  thresholds?: Partial<DriftThresholds>;
}

/** integer, number, year, yearmonth, time (ms of the day), date and datetime (ms since the epoch). */
export interface NumericColumnProfile extends ColumnBase {
  kind: "numeric";
  /** Cells that are neither missing nor a value of the type (type errors, non-finite); not part of the distribution. */
  invalid: number;
  /** Summary of the values (count = values in the distribution), null when there were none. */
  min: number | null;
  max: number | null;
  mean: number | null;
  /** A uniform sample of the values, sorted: the baseline side of the KS test. */
  sample: { method: "reservoir"; seed: number; capacity: number; seen: number; values: number[] };
}

/** Every other type (string, boolean, duration, …), compared by the cell text. */
export interface CategoricalColumnProfile extends ColumnBase {
  kind: "categorical";
  /** The most frequent values with their counts, most frequent first. */
  top: Array<[string, number]>;
  /** Values outside `top` (the `__other__` bin). */
  other: number;
  /** Distinct values seen; a lower bound when `exact` is false. */
  distinct: number;
  /** False when the column had more distinct values than the sketch holds, so counts are lower bounds. */
  exact: boolean;
}

export type ColumnProfile = NumericColumnProfile | CategoricalColumnProfile;

/** The whole profile (JSON, `profileVersion: 1`). */
export interface Profile {
  profileVersion: 1;
  tool: { name: "ingest-check"; version: string };
  source: string;
  /**
   * How the profiled file was read: its encoding, delimiter and header. A file checked against this profile that is
   * read otherwise gets `encoding-changed` / `dialect-changed`. Absent in hand-written profiles (then not compared).
   */
  encoding?: string;
  /** Whether the profiled file began with a BOM (absent in older profiles: not compared), and whether it was ASCII only. */
  bom?: boolean;
  ascii?: boolean;
  dialect?: { delimiter: string; header: boolean };
  rows: number;
  /** The largest sample kept per numeric column (a very wide file keeps fewer: see each column's sample.capacity). */
  sampleSize: number;
  /** Categories kept per categorical column. */
  topK: number;
  thresholds: DriftThresholds;
  columns: ColumnProfile[];
}

// ---------------------------------------------------------------- text

const flat = (v: unknown): boolean => v === null || typeof v !== "object";

/**
 * JSON indented by object, with arrays of scalars (and of scalar pairs) on one line.
 * why not JSON.stringify(p, null, 2): it would put each of 10,000 sample values on its own line.
 */
function format(v: unknown, indent: string): string {
  if (Array.isArray(v)) {
    if (v.every((x) => flat(x) || (Array.isArray(x) && x.every(flat)))) return JSON.stringify(v);
    const inner = indent + "  ";
    return `[\n${v.map((x) => inner + format(x, inner)).join(",\n")}\n${indent}]`;
  }
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${format(x, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(v);
}

export function profileToText(p: Profile): string {
  return format(p, "") + "\n";
}

// ---------------------------------------------------------------- reading

class Malformed extends Error {}

function fail(what: string): never {
  throw new Malformed(what);
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function thresholdsOf(v: unknown, where: string): Partial<DriftThresholds> {
  if (v === undefined) return {};
  if (v === null || typeof v !== "object" || Array.isArray(v)) fail(`${where}: must be an object`);
  const out: Partial<DriftThresholds> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k !== "ks" && k !== "psi" && k !== "ksPValue") fail(`${where}: unknown key ${JSON.stringify(k)} (ks, ksPValue, psi)`);
    if (!isNum(x) || x < 0) fail(`${where}.${k}: must be a number of at least 0`);
    out[k] = x;
  }
  return out;
}

function columnOf(c: unknown, i: number): ColumnProfile {
  const where = `columns[${i}]`;
  if (c === null || typeof c !== "object" || Array.isArray(c)) fail(`${where}: must be an object`);
  const o = c as Record<string, unknown>;
  if (typeof o.name !== "string") fail(`${where}.name: must be a string`);
  const base = {
    name: o.name,
    index: isCount(o.index) ? o.index : i + 1,
    type: typeof o.type === "string" ? o.type : null,
    count: isCount(o.count) ? o.count : 0,
    missing: isCount(o.missing) ? o.missing : 0,
    ...(o.thresholds !== undefined ? { thresholds: thresholdsOf(o.thresholds, `${where}.thresholds`) } : {}),
  };
  if (o.kind === "numeric") {
    const s = o.sample as Record<string, unknown> | undefined;
    if (!s || typeof s !== "object" || !Array.isArray(s.values)) fail(`${where}.sample.values: must be an array of numbers`);
    const values = s.values as unknown[];
    if (!values.every(isNum)) fail(`${where}.sample.values: must hold finite numbers only`);
    // sorted defensively: the KS walk needs ascending order and a hand-edited file may not keep it
    const sorted = (values as number[]).slice().sort((a, b) => a - b);
    const num = (k: string): number | null => (isNum(o[k]) ? (o[k] as number) : null);
    return {
      ...base, kind: "numeric", invalid: isCount(o.invalid) ? o.invalid : 0, min: num("min"), max: num("max"), mean: num("mean"),
      sample: { method: "reservoir", seed: isCount(s.seed) ? s.seed : 0, capacity: isCount(s.capacity) && s.capacity > 0 ? s.capacity : Math.max(1, sorted.length), seen: isCount(s.seen) ? s.seen : sorted.length, values: sorted },
    };
  }
  if (o.kind === "categorical") {
    if (!Array.isArray(o.top) || !o.top.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && isCount(p[1]))) {
      fail(`${where}.top: must be an array of [value, count] pairs`);
    }
    if (o.other !== undefined && !isCount(o.other)) fail(`${where}.other: must be a whole number`);
    const top = (o.top as Array<[string, number]>).map(([v, n]) => [v, n] as [string, number]);
    return {
      ...base, kind: "categorical", top, other: (o.other as number | undefined) ?? 0,
      distinct: isCount(o.distinct) ? o.distinct : top.length, exact: o.exact !== false,
    };
  }
  fail(`${where}.kind: must be "numeric" or "categorical"`);
}

/** The optional `encoding` and `dialect` of the profiled file. */
function readOf(o: Record<string, unknown>): Pick<Profile, "encoding" | "bom" | "ascii" | "dialect"> {
  const out: Pick<Profile, "encoding" | "bom" | "ascii" | "dialect"> = {};
  if (o.encoding !== undefined) {
    if (typeof o.encoding !== "string" || o.encoding === "") fail("encoding: must be an encoding's name");
    out.encoding = o.encoding;
  }
  for (const key of ["bom", "ascii"] as const) {
    if (o[key] === undefined) continue;
    if (typeof o[key] !== "boolean") fail(`${key}: must be true or false`);
    out[key] = o[key];
  }
  if (o.dialect !== undefined) {
    const d = o.dialect as Record<string, unknown> | null;
    if (d === null || typeof d !== "object" || Array.isArray(d)) fail("dialect: must be an object");
    if (typeof d.delimiter !== "string") fail("dialect.delimiter: must be a string (\"\" for a file of one column)");
    if (typeof d.header !== "boolean") fail("dialect.header: must be true or false");
    out.dialect = { delimiter: d.delimiter, header: d.header };
  }
  return out;
}

/** Checks a parsed profile and fills what a hand-written one may leave out; throws Malformed naming the first problem. */
function profileOf(v: unknown): Profile {
  if (v === null || typeof v !== "object" || Array.isArray(v)) fail("not a JSON object");
  const o = v as Record<string, unknown>;
  if (o.profileVersion !== 1) fail(`profileVersion must be 1${o.profileVersion === undefined ? " (is this a file from `ingest-check profile`?)" : `, not ${JSON.stringify(o.profileVersion)}`}`);
  if (!Array.isArray(o.columns)) fail("columns: must be an array");
  return {
    profileVersion: 1,
    tool: { name: "ingest-check", version: typeof (o.tool as { version?: unknown } | undefined)?.version === "string" ? (o.tool as { version: string }).version : "unknown" },
    source: typeof o.source === "string" ? o.source : "",
    ...readOf(o),
    rows: isCount(o.rows) ? o.rows : 0,
    sampleSize: isCount(o.sampleSize) && o.sampleSize > 0 ? o.sampleSize : DEFAULT_SAMPLE_SIZE,
    topK: isCount(o.topK) && o.topK > 0 ? o.topK : DEFAULT_TOP_K,
    thresholds: { ...DEFAULT_THRESHOLDS, ...thresholdsOf(o.thresholds, "thresholds") },
    columns: o.columns.map(columnOf),
  };
}

/** Parses and checks a profile's text; `name` (the path) is named in the one-line error. */
export function parseProfile(text: string, name: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new IngestError("usage", `--baseline ${name}: not JSON (${(e as Error).message.split("\n")[0]})`);
  }
  return checkProfile(json, name);
}

/** Checks a profile object (given to the library as `baseline`). */
export function checkProfile(v: unknown, name: string): Profile {
  try {
    return profileOf(v);
  } catch (e) {
    if (e instanceof Malformed) throw new IngestError("usage", `--baseline ${name}: not a valid profile: ${e.message}`);
    throw e;
  }
}

export async function loadProfile(path: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new IngestError("usage", `--baseline ${path}: ${describeSystemError(e)}`, { cause: e });
  }
  return parseProfile(text, path);
}
