// A feed's memory in the --state file: its last deliveries (what was learned of each) and a bounded rolling profile of its columns.
import type { FileReport } from "../types.js";
import type { ColumnProfile, Profile } from "../profile/baseline.js";
import { DEFAULT_THRESHOLDS, DEFAULT_TOP_K } from "../profile/baseline.js";
import { VERSION } from "../version.js";

/** What was learned of one delivery. Arrays are kept as comma-joined text so the state stays small and readable. */
export interface DeliveryMemory {
  source: string;
  sha256: string;
  /** When the run that first read it started (the run's clock, --now). */
  seen: string;
  encoding: string | null;
  /** Whether it began with a BOM (absent in older state: not compared), and whether it was ASCII only (then it tells no encoding). */
  bom?: boolean;
  ascii?: boolean;
  dialect: { delimiter: string; quote: string | null; header: boolean } | null;
  /** Index into the feed's `layouts` (its columns and their inferred types). */
  layout: number;
  rows: number;
  /** Missing share per column of the layout, comma-joined, 3 decimals. */
  missing: string;
}

export interface Layout {
  columns: string[];
  /** Schema type per column (given or inferred), comma-joined; empty for a column no schema describes. */
  types: string;
}

/** A numeric column: 20 weighted quantiles; a categorical one: the top 10 shares (per mille) and the rest. */
export interface Sketch {
  name: string;
  type: string | null;
  q?: string;
  top?: Array<[string, number]>;
  other?: number;
}

export interface FeedMemory {
  /** The first run that knew the feed: the start of its arrival clock before any delivery. */
  since: string;
  /** When a new file of the feed last arrived (remembered or not): the arrival clock. */
  lastArrival?: string;
  deliveries: DeliveryMemory[];
  layouts: Layout[];
  /** Deliveries folded into `profile` so far (capped at `history`: the weight of the next one is 1 / (merged + 1)). */
  merged: number;
  profile: Sketch[];
}

export const QUANTILES = 20;
export const TOP = 10;
/** Categories below this share are not kept: a column of only rare values gets no sketch (and no drift). */
export const MIN_SHARE = 0.02;
/** Categorical columns with more distinct values than this (or than a fifth of their values) get no sketch. */
export const MAX_DISTINCT = 50;
/** Columns sketched per feed: a wider feed keeps the first 200 (the state's bound holds whatever the width). */
export const MAX_SKETCHED_COLUMNS = 200;

export const newMemory = (now: Date): FeedMemory => ({ since: now.toISOString(), deliveries: [], layouts: [], merged: 0, profile: [] });

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
/** Quantiles keep 4 significant digits: a relative error of 1e-4 moves no KS statistic that matters. */
const sig = (x: number): number => Number(x.toPrecision(4));
export const numbersOf = (text: string): number[] => (text === "" ? [] : text.split(",").map(Number));

/** The columns and types of a delivery, from its report (stats carry the type the schema gave or inferred). */
function layoutOf(f: FileReport): Layout {
  const types = f.columns.map((name, i) => f.stats?.find((s) => s.index === i + 1)?.type ?? f.stats?.find((s) => s.name === name)?.type ?? "");
  return { columns: f.columns, types: types.join(",") };
}

export function missingShares(f: FileReport): number[] {
  return f.columns.map((name, i) => {
    const s = f.stats?.find((x) => x.index === i + 1) ?? f.stats?.find((x) => x.name === name);
    return s && s.count > 0 ? r3(s.missing / s.count) : 0;
  });
}

export function deliveryOf(f: FileReport, mem: FeedMemory, now: Date): DeliveryMemory {
  const lay = layoutOf(f);
  let layout = mem.layouts.findIndex((l) => l.types === lay.types && l.columns.join("\u0000") === lay.columns.join("\u0000"));
  if (layout < 0) layout = mem.layouts.push(lay) - 1;
  return {
    source: f.source, sha256: f.sha256 ?? "", seen: now.toISOString(),
    encoding: f.encoding?.name ?? null,
    ...(f.encoding ? { bom: f.encoding.bom } : {}),
    ...(f.encoding?.ascii ? { ascii: true } : {}),
    dialect: f.dialect ? { delimiter: f.dialect.delimiter, quote: f.dialect.quote, header: f.dialect.header } : null,
    layout, rows: f.rows.total, missing: missingShares(f).join(","),
  };
}

/** Keeps the last `history` deliveries and only the layouts they use. */
export function trim(mem: FeedMemory, history: number): FeedMemory {
  const deliveries = mem.deliveries.slice(-history);
  const used = [...new Set(deliveries.map((d) => d.layout))].sort((a, b) => a - b);
  const remap = new Map(used.map((old, i) => [old, i]));
  return { ...mem, deliveries: deliveries.map((d) => ({ ...d, layout: remap.get(d.layout)! })), layouts: used.map((i) => mem.layouts[i]) };
}

// ---------------------------------------------------------------- rolling profile

/** The value below which a share `p` of the weighted points lies. */
function weightedQuantiles(points: Array<[number, number]>, n: number): number[] {
  points.sort((a, b) => a[0] - b[0]);
  const total = points.reduce((s, [, w]) => s + w, 0);
  const out: number[] = [];
  let acc = 0, k = 0;
  for (let i = 0; i < n; i++) {
    const target = ((i + 0.5) / n) * total;
    while (k < points.length - 1 && acc + points[k][1] < target) acc += points[k++][1];
    out.push(sig(points[k][0]));
  }
  return out;
}

function mergeNumeric(old: Sketch | undefined, col: ColumnProfile & { kind: "numeric" }, w: number): Sketch | null {
  const values = col.sample.values;
  const prev = old?.q !== undefined ? numbersOf(old.q) : [];
  if (values.length === 0 && prev.length === 0) return null;
  const points: Array<[number, number]> = [];
  const wNew = prev.length ? w : 1;
  for (const v of values) points.push([v, wNew / values.length]);
  if (values.length === 0) return old ?? null;
  for (const v of prev) points.push([v, (1 - wNew) / prev.length]);
  return { name: col.name, type: col.type, q: weightedQuantiles(points, QUANTILES).join(",") };
}

function mergeCategorical(old: Sketch | undefined, col: ColumnProfile & { kind: "categorical" }, w: number): Sketch | null {
  const total = col.top.reduce((s, [, n]) => s + n, 0) + col.other;
  if (total === 0) return old ?? null;
  // a column of mostly distinct values (names, e-mails, free text) has no distribution of categories to compare
  if (col.distinct > MAX_DISTINCT || col.distinct > 0.2 * total) return null;
  const wNew = old?.top ? w : 1;
  const shares = new Map<string, number>();
  for (const [v, n] of col.top) shares.set(v, (wNew * n) / total);
  let other = (wNew * col.other) / total;
  if (old?.top) {
    for (const [v, pm] of old.top) shares.set(v, (shares.get(v) ?? 0) + ((1 - wNew) * pm) / 1000);
    other += ((1 - wNew) * (old.other ?? 0)) / 1000;
  }
  // why a floor: rare values (ids, e-mails, names) come and go between deliveries; comparing their bins cries wolf
  const sorted = [...shares].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).filter(([, s], i) => i < TOP && s >= MIN_SHARE);
  other = Math.max(0, 1 - sorted.reduce((t, [, s]) => t + s, 0));
  if (sorted.length === 0) return null;
  return { name: col.name, type: col.type, top: sorted.slice(0, TOP).map(([v, s]) => [v, Math.round(s * 1000)]), other: Math.round(other * 1000) };
}

/** Folds a delivery's column profile into the feed's: each of the last `history` deliveries weighs about the same. */
export function foldProfile(mem: FeedMemory, cols: ColumnProfile[], history: number): FeedMemory {
  const merged = Math.min(mem.merged + 1, history);
  const w = 1 / merged;
  const byName = new Map(mem.profile.map((s) => [s.name, s]));
  const profile: Sketch[] = [];
  for (const c of cols.slice(0, MAX_SKETCHED_COLUMNS)) {
    const old = byName.get(c.name);
    // a column that changed kind (a type change) starts afresh
    const same = old && (c.kind === "numeric" ? old.q !== undefined : old.top !== undefined) ? old : undefined;
    const s = c.kind === "numeric" ? mergeNumeric(same, c, w) : mergeCategorical(same, c, w);
    if (s) profile.push(s);
  }
  return { ...mem, merged, profile };
}

/** The rolling profile as a baseline for the drift check (the sketches become its sample and categories). */
export function baselineOf(mem: FeedMemory, feed: string, skip: (s: Sketch) => boolean): Profile | null {
  const columns: ColumnProfile[] = [];
  const rows = Math.min(...mem.deliveries.map((d) => d.rows));
  mem.profile.forEach((s, i) => {
    if (skip(s)) return;
    const base = { name: s.name, index: i + 1, type: s.type, count: 0, missing: 0 };
    if (s.q !== undefined) {
      const values = numbersOf(s.q);
      // why capacity 10,000: the new file keeps a full sample; the KS p-value weighs the 20 points as 20
      columns.push({ ...base, kind: "numeric", invalid: 0, min: values[0] ?? null, max: values[values.length - 1] ?? null, mean: null, sample: { method: "reservoir", seed: 0, capacity: 10_000, seen: values.length, values } });
    } else if (s.top) {
      // why a wider PSI threshold on small deliveries: PSI has no p-value, and its sampling noise grows as bins / rows
      const psi = DEFAULT_THRESHOLDS.psi + (3 * s.top.length) / Math.max(1, rows);
      columns.push({ ...base, kind: "categorical", top: s.top, other: s.other ?? 0, distinct: s.top.length, exact: false, thresholds: { psi: Math.round(psi * 1000) / 1000 } });
    }
  });
  if (columns.length === 0) return null;
  return {
    profileVersion: 1, tool: { name: "ingest-check", version: VERSION }, source: `feed ${feed}`, rows: 0,
    sampleSize: 10_000, topK: DEFAULT_TOP_K, thresholds: { ...DEFAULT_THRESHOLDS }, columns,
  };
}
