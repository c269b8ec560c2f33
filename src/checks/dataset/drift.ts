// Column sketches for `profile`, and `drift` against a baseline profile (KS for numbers, PSI for categories), decided at the end.
import type { CompiledField } from "../../schema/types.js";
import { typeParser } from "../../schema/parsers.js";
import type { ParsedRecord } from "../../types.js";
import type { CheckContext, CheckModule } from "../types.js";
import { bind } from "../schema/binding.js";
import { cut, fieldLevel } from "../schema/severity.js";
import { FrequentValues, Moments, Reservoir, ksPValue, ksStatistic, psi } from "../../profile/stats.js";
import {
  DEFAULT_SAMPLE_SIZE, DEFAULT_THRESHOLDS, DEFAULT_TOP_K,
  type ColumnProfile, type DriftThresholds, type Profile,
} from "../../profile/baseline.js";

/** Types whose values are compared as numbers (KS): dates and times as ms, year-months as month counts. */
const NUMERIC_TYPES = new Set(["integer", "number", "year", "yearmonth", "time", "date", "datetime"]);

/**
 * Sample values and category counters across all columns of one file.
 * why budgets: per-column state must stay bounded however wide the file is (16,384 columns × 10,000
 * doubles would be 1.3 GB), so a wide file gets smaller per-column sketches.
 */
const SAMPLE_BUDGET = 4_000_000;
const MIN_SAMPLE = 100;
const COUNTER_BUDGET = 2_000_000;
/** Counters per categorical column, as a multiple of top-K (exact counts up to this many distinct values). */
const COUNTERS_PER_TOP = 10;

/** A stable seed from the column name (FNV-1a), so a column keeps its sample when columns are reordered. */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Cell text → number, NaN when the text is not a value of the type. Null when the type is not numeric. */
function numericParser(field: CompiledField | null, type: string | null): ((t: string) => number) | null {
  const own = field?.parser;
  if (own && (own.kind === "number" || own.kind === "date")) {
    return (t) => { const v = own.parse(t); return typeof v === "number" ? v : NaN; };
  }
  if (type === null || !NUMERIC_TYPES.has(type)) return null;
  // a zod-module field, or a baseline column whose type the current schema reads differently: the type's default parser
  const p = typeParser({ type });
  return (t) => { const v = p.parse(t); return typeof v === "number" ? v : NaN; };
}

interface Col {
  name: string;
  /** 0-based file column. */
  col: number;
  columnIndex: number;
  field: CompiledField | null;
  type: string | null;
  count: number;
  missing: number;
  invalid: number;
  parse: ((t: string) => number) | null;
  moments: Moments | null;
  sample: Reservoir | null;
  seed: number;
  /** Profile mode: heavy hitters. */
  freq: FrequentValues | null;
  /** Drift mode: counts of the baseline's categories (index into `known`), and of the rest. */
  known: Map<string, number> | null;
  knownCounts: Float64Array | null;
  other: number;
  base: ColumnProfile | null;
}

/** The thresholds for one column: defaults < the profile's < options < the profile column's own. */
function thresholdsFor(profile: Profile, col: ColumnProfile, options: Partial<DriftThresholds> | null): DriftThresholds {
  return { ...DEFAULT_THRESHOLDS, ...profile.thresholds, ...(options ?? {}), ...(col.thresholds ?? {}) };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export const driftCheck: CheckModule = {
  meta: {
    id: "drift",
    description: "column sketches for profiles; distributions against a baseline profile (KS, PSI)",
    codes: ["drift"],
  },
  create(ctx: CheckContext) {
    const { profile: profiling, baseline } = ctx.options;
    if (!profiling && !baseline) return null;
    const { schema, header } = ctx;
    const b = bind(schema, header);
    const fieldOfCol: Array<CompiledField | null> = header.names.map(() => null);
    schema.fields.forEach((f, i) => { const c = b.columnOf[i]; if (c >= 0) fieldOfCol[c] = f; });
    const baseByName = new Map<string, ColumnProfile>();
    if (baseline) for (const c of baseline.columns) if (!baseByName.has(c.name)) baseByName.set(c.name, c);

    const seenNames = new Set<string>();
    const cols: Col[] = [];
    header.names.forEach((name, col) => {
      const field = fieldOfCol[col];
      // a repeated name: only its first column is profiled or compared (header-duplicate reports the rest)
      if (seenNames.has(name)) return;
      seenNames.add(name);
      const base = baseByName.get(name) ?? null;
      if (!profiling && base === null) return; // columns the baseline lacks are ignored
      const type = field?.type ?? null;
      let parse: Col["parse"];
      if (base !== null) parse = base.kind === "numeric" ? numericParser(field, base.type ?? type) : null;
      else parse = numericParser(field, type);
      if (base !== null && base.kind === "numeric" && parse === null) return; // nothing to compare with
      cols.push({
        name, col, columnIndex: col + 1, field, type, count: 0, missing: 0, invalid: 0, parse,
        moments: null, sample: null, seed: base?.kind === "numeric" ? base.sample.seed : seedOf(name),
        freq: null, known: null, knownCounts: null, other: 0, base,
      });
    });
    if (cols.length === 0) return null;

    const numeric = cols.filter((c) => c.parse !== null);
    const categorical = cols.filter((c) => c.parse === null);
    const sampleSize = Math.max(MIN_SAMPLE, Math.min(DEFAULT_SAMPLE_SIZE, Math.floor(SAMPLE_BUDGET / Math.max(1, numeric.length))));
    const topK = baseline?.topK ?? DEFAULT_TOP_K;
    const counters = Math.max(2 * topK, Math.min(COUNTERS_PER_TOP * topK, Math.floor(COUNTER_BUDGET / Math.max(1, categorical.length))));
    for (const c of numeric) {
      c.moments = new Moments();
      // why the baseline's capacity: the same data then gives the very same sample, so D is exactly 0
      c.sample = new Reservoir(c.base?.kind === "numeric" ? Math.min(c.base.sample.capacity, sampleSize) : sampleSize, c.seed);
    }
    for (const c of categorical) {
      if (profiling) c.freq = new FrequentValues(counters);
      if (c.base?.kind === "categorical") {
        c.known = new Map(c.base.top.map(([v], i) => [v, i]));
        c.knownCounts = new Float64Array(c.base.top.length);
      }
    }
    const n = cols.length;

    return {
      // why: reservoir samples of one pass; parts would need a different merge of sketches
      sequential: true,
      onRow(rec: ParsedRecord) {
        const cells = rec.cells;
        const len = cells.length;
        for (let k = 0; k < n; k++) {
          const c = cols[k];
          if (c.col >= len) continue;
          const t = cells[c.col];
          c.count++;
          const f = c.field;
          if (f !== null ? t.length <= f.missingMaxLength && f.missing.has(t) : t === "") { c.missing++; continue; }
          if (c.parse !== null) {
            const x = c.parse(t);
            if (!Number.isFinite(x)) { c.invalid++; continue; }
            c.moments!.add(x);
            c.sample!.add(x);
            continue;
          }
          // why cut: a category is kept as text, so one long cell must not cost more than the report's 200 characters
          const v = t.length > 200 ? cut(t) : t;
          c.freq?.add(v);
          if (c.known !== null) {
            const i = c.known.get(v);
            if (i === undefined) c.other++;
            else c.knownCounts![i]++;
          }
        }
      },

      onEnd() {
        if (!baseline) return;
        for (const c of cols) {
          const base = c.base;
          if (base === null) continue;
          const level = fieldLevel(c.field, "drift");
          if (level === "off") continue;
          const th = thresholdsFor(baseline, base, ctx.options.drift ?? null);
          let params: Record<string, unknown> | null = null;
          if (base.kind === "numeric" && c.sample !== null) {
            const mine = c.sample.sorted();
            const theirs = base.sample.values;
            if (mine.length === 0 || theirs.length === 0) continue;
            const d = ksStatistic(theirs, mine);
            const p = ksPValue(d, theirs.length, mine.length);
            // why both: D is the size of the shift; on large samples the p-value alone flags even negligible shifts
            if (d > th.ks && p < th.ksPValue) {
              params = { statistic: "KS D", value: round3(d), threshold: th.ks, pValue: p, baselineSample: theirs.length, sample: mine.length };
            }
          } else if (base.kind === "categorical" && c.knownCounts !== null) {
            const expected = [...base.top.map(([, k]) => k), base.other];
            const actual = [...c.knownCounts, c.other];
            if (actual.every((x) => x === 0) || expected.every((x) => x === 0)) continue;
            const v = psi(expected, actual);
            if (v > th.psi) params = { statistic: "PSI", value: round3(v), threshold: th.psi, bins: expected.length };
          }
          if (params === null) continue;
          ctx.report({
            code: "drift", row: null, line: null, column: c.name, columnIndex: c.columnIndex, params,
            ...(level ? { severity: level } : {}),
          });
        }
      },

      profile(): ColumnProfile[] {
        if (!profiling) return [];
        return cols.map((c): ColumnProfile => {
          // key order is the order a reader of the JSON wants: what the column is, then its counts, then the long arrays
          if (c.parse !== null) {
            const m = c.moments!;
            return {
              name: c.name, index: c.columnIndex, kind: "numeric", type: c.type, count: c.count, missing: c.missing, invalid: c.invalid,
              min: m.count ? m.min : null, max: m.count ? m.max : null, mean: m.count ? m.mean : null,
              sample: { method: "reservoir", seed: c.seed, capacity: c.sample!.capacity, seen: c.sample!.seen, values: Array.from(c.sample!.sorted()) },
            };
          }
          const f = c.freq!;
          const top = f.top(topK);
          const inTop = top.reduce((s, [, k]) => s + k, 0);
          return {
            name: c.name, index: c.columnIndex, kind: "categorical", type: c.type, count: c.count, missing: c.missing,
            distinct: f.distinct, exact: !f.approximate, other: f.total - inTop, top,
          };
        });
      },
    };
  },
};
