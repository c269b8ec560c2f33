// aggregate: a field's `aggregates` bounds on figures of the whole column (mean, sum, min, max, distinct, missingRatio), merged across parts.
import type { AggregateBounds, Bound, CompiledField } from "../../schema/types.js";
import type { CheckContext, CheckModule } from "../types.js";
import { bind } from "./binding.js";
import { hashAdd, hashHi, hashLo, hashStart, KeyTable } from "./key-table.js";
import { fieldLevel } from "./severity.js";

/** One bounded column's running figures. */
interface Col {
  field: CompiledField;
  bounds: AggregateBounds;
  col: number;
  name: string;
  columnIndex: number;
  cells: number;
  missing: number;
  /** Values that read as numbers: their count, Neumaier sum (sum + carry), least and greatest. */
  n: number;
  sum: number;
  carry: number;
  min: number;
  max: number;
  /** Distinct non-missing texts, as hashes; null when distinct has no bound. */
  distinct: KeyTable | null;
  /** The same hashes in the order first seen (halves interleaved), for a split file's merge. */
  seen: HashList | null;
}

/** A growing list of 64-bit hashes as pairs of 32-bit halves. */
class HashList {
  data = new Int32Array(64);
  n = 0;
  push(hi: number, lo: number): void {
    if (this.n + 2 > this.data.length) { const d = new Int32Array(this.data.length * 2); d.set(this.data); this.data = d; }
    this.data[this.n++] = hi;
    this.data[this.n++] = lo;
  }
  pairs(): Int32Array {
    return this.data.slice(0, this.n);
  }
}

type State = [cells: number, missing: number, n: number, sum: number, carry: number, min: number, max: number, distinct: Int32Array | null];

/** Neumaier's compensated step: adds x to (sum, carry). why: a split file adds its parts' sums in another order than one pass; the carry keeps both equal in practice. */
function addTo(c: Col, x: number): void {
  const t = c.sum + x;
  c.carry += Math.abs(c.sum) >= Math.abs(x) ? (c.sum - t) + x : (x - t) + c.sum;
  c.sum = t;
}

const FIGURE: Record<keyof AggregateBounds, string> = {
  mean: "the mean", sum: "the sum", min: "the least value", max: "the greatest value",
  distinct: "the number of distinct values", missingRatio: "the share of missing values", missing: "the number of missing values",
};

const show = (x: number): string => String(Number(x.toPrecision(6)));
const pct = (x: number): string => `${Number((x * 100).toPrecision(4))}%`;
/** A date or datetime field's milliseconds written back in ISO 8601 (UTC). */
const when = (type: string) => (ms: number): string => { const iso = new Date(ms).toISOString(); return type === "date" ? iso.slice(0, 10) : iso.replace(".000Z", "Z"); };

export function describeBound(b: Bound, fmt: (x: number) => string = show): string {
  const lo = b.min === null ? null : `${b.minExclusive ? "more than" : "at least"} ${fmt(b.min)}`;
  const hi = b.max === null ? null : `${b.maxExclusive ? "less than" : "at most"} ${fmt(b.max)}`;
  if (lo && hi && !b.minExclusive && !b.maxExclusive) return `from ${fmt(b.min!)} to ${fmt(b.max!)}`;
  return lo && hi ? `${lo} and ${hi}` : (lo ?? hi)!;
}

/** Whether v is within the bound (inclusive unless marked exclusive). */
function within(v: number, b: Bound): boolean {
  if (b.min !== null && (b.minExclusive ? v <= b.min : v < b.min)) return false;
  return b.max === null || (b.maxExclusive ? v < b.max : v <= b.max);
}

/** The column's figures; null where there is none (no number read: no mean, min or max). */
function figures(c: Col): Record<keyof AggregateBounds, number | null> {
  const total = c.sum + c.carry;
  return {
    mean: c.n ? total / c.n : null, sum: total, min: c.n ? c.min : null, max: c.n ? c.max : null,
    distinct: c.distinct ? c.distinct.size : null, missingRatio: c.cells ? c.missing / c.cells : null, missing: c.missing,
  };
}

function report(ctx: CheckContext, c: Col): void {
  const got = figures(c);
  for (const [k, b] of Object.entries(c.bounds) as [keyof AggregateBounds, Bound][]) {
    const v = got[k];
    if (v === null || within(v, b)) continue;
    const level = fieldLevel(c.field, "aggregate");
    if (level === "off") continue;
    const fmt = k === "missingRatio" ? pct : (k === "min" || k === "max") && c.field.parser?.kind === "date" ? when(c.field.type) : show;
    ctx.report({
      code: "aggregate", row: null, line: null, column: c.name, columnIndex: c.columnIndex,
      params: { figure: FIGURE[k], value: fmt(v), bound: describeBound(b, fmt), aggregate: k },
      ...(level ? { severity: level } : {}),
    });
  }
}

function onRow(c: Col, t: string): void {
  c.cells++;
  const f = c.field;
  if (t.length <= f.missingMaxLength && f.missing.has(t)) { c.missing++; return; }
  if (c.distinct) {
    hashStart();
    hashAdd(t);
    const hi = hashHi(), lo = hashLo();
    if (c.distinct.addOrGet(hi, lo, 1) === 0) c.seen!.push(hi, lo);
  }
  const num = f.parser?.kind === "number" || f.parser?.kind === "date" ? f.parser.num : undefined;
  if (!num) return;
  const x = num(t);
  if (!Number.isFinite(x)) return; // a type-error (or NaN, INF) is reported per cell, not counted here
  c.n++;
  addTo(c, x);
  if (x < c.min) c.min = x;
  if (x > c.max) c.max = x;
}

export const aggregatesCheck: CheckModule = {
  meta: { id: "schema-aggregates", description: "bounds on figures of a whole column", codes: ["aggregate"] },
  create(ctx) {
    const b = bind(ctx.schema, ctx.header);
    const cols: Col[] = [];
    ctx.schema.fields.forEach((field, i) => {
      const col = b.columnOf[i];
      if (!field.aggregates || col < 0) return;
      cols.push({ field, bounds: field.aggregates, col, name: ctx.header.names[col], columnIndex: col + 1, cells: 0, missing: 0, n: 0, sum: 0, carry: 0,
        min: Infinity, max: -Infinity, distinct: field.aggregates.distinct ? new KeyTable() : null, seen: field.aggregates.distinct ? new HashList() : null });
    });
    if (cols.length === 0) return null;
    return {
      onRow(rec) {
        const cells = rec.cells;
        for (const c of cols) if (c.col < cells.length) onRow(c, cells[c.col]);
      },
      onEnd() {
        for (const c of cols) report(ctx, c);
      },
      // a part's figures, added into the whole file's in file order; distinct values travel as their hashes
      partState: (): State[] => cols.map((c) => [c.cells, c.missing, c.n, c.sum, c.carry, c.min, c.max, c.seen?.pairs() ?? null]),
      absorb(state) {
        (state as State[]).forEach(([cells, missing, n, sum, carry, min, max, pairs], k) => {
          const c = cols[k];
          c.cells += cells;
          c.missing += missing;
          c.n += n;
          addTo(c, sum);
          addTo(c, carry);
          c.min = Math.min(c.min, min);
          c.max = Math.max(c.max, max);
          if (c.distinct && pairs) for (let j = 0; j < pairs.length; j += 2) c.distinct.addOrGet(pairs[j], pairs[j + 1], 1);
        });
      },
    };
  },
};
