// Every cell against its field (required, ambiguous-null, non-finite, type-error, constraints, custom,
// formula-injection), and the column figures decided at the end (null-ratio, null-mixed, stats).
import type { ZodType } from "zod";
import { IngestError } from "../../defects/errors.js";
import { fastFirstChars } from "../../schema/compile-field.js";
import { mapIssue, type IssueFields, type ZodIssueLike } from "../../schema/issues.js";
import { mayBeToken, NON_FINITE, NULL_LIKE } from "../../schema/tokens.js";
import type { CompiledField } from "../../schema/types.js";
import { byLengthOf, guardSpan, readsDoubled, spanTest, type SpanPlan } from "../../schema/span-plan.js";
import type { SpanTest } from "../../schema/parsers.js";
import type { ColumnStats, DefectCode, DefectDraft, ParsedRecord } from "../../types.js";
import type { CheckContext, CheckModule } from "../types.js";
import { bind } from "./binding.js";
import { LineRecord, quotedAt } from "../../parse/line-record.js";
import { addWidths, rowWidths, spanRowFor } from "./span-row.js";
import { cut, fieldLevel } from "./severity.js";
import { MOSTLY_CODES, mostlyVerdict } from "./mostly.js";
import { LateTypeErrors } from "./late-type-errors.js";
import { ListHead, listSpellings } from "./word-list-nulls.js";
import { withoutValueTokens } from "../../schema/value-tokens.js";

/** One schema field bound to one file column, with its running counts. */
interface Col {
  field: CompiledField;
  col: number;
  name: string;
  columnIndex: number;
  /** cleanCellTest(field); null for zod modules (their records go through zod whole). */
  clean: ((t: string) => boolean) | null;
  /** The same test on a range of a LineRecord's text (cleanSpanTest), or null: then the cell's string is made. */
  span: SpanTest | null;
  /** `span` when it may read a range with doubled quotes as written (span-plan.ts readsDoubled), else null. */
  spanDoubled: SpanTest | null;
  /** The plans of `span` and `spanDoubled` (null where they are). */
  plan: SpanPlan | null;
  planDoubled: SpanPlan | null;
  count: number;
  missing: number;
  typeErrors: number;
  /** Spellings of "missing" seen: "" = an unquoted empty field, '""' = a quoted empty one, else the token. */
  spellings: Map<string, number>;
  /** "" is a declared missing value of the field. */
  emptyMissing: boolean;
  /**
   * The field's `required`, read once. why: emptyCell runs for every empty cell of an optional column, and the
   * fields' objects have many shapes, so `c.field.required` there was V8's generic property load (a LoadIC call,
   * ~73 instructions; 266,211 calls on the bench file's 20 MB slice: README, "Per-core speed, twenty-second step").
   */
  required: boolean;
  /**
   * Unquoted empty cells not yet added to spellings[""] (see settle). why: an optional column is often
   * half empty; a counter costs less than two Map lookups per cell. The first one puts "" in the Map with
   * 0, so the Map keeps its first-seen order (the order of missingSpellings in the report).
   */
  empties: number;
  /** Under the field's `mostly`: cells that failed the type or a constraint (reported once per column), and the row last counted. */
  failed: number;
  failRow: number;
  /** An inferred column's type errors past the sample, held to the end (see LateTypeErrors); null for a given schema. */
  late: LateTypeErrors | null;
}

/** Adds the counted unquoted empty cells into spellings[""]; before any read of the spellings. */
function settle(c: Col): void {
  if (c.empties === 0) return;
  c.spellings.set("", c.spellings.get("")! + c.empties);
  c.empties = 0;
}

/** First characters after which a text cell may be a formula (looksLikeFormula decides): = @ tab CR + - */
const FORMULA_FIRST = [61, 64, 9, 13, 43, 45];

/**
 * The per-cell shortcut of a field: true only when the whole cell path (precheck, the type and its
 * constraints, formula-injection) would report nothing and count nothing but the cell itself. False
 * means "take the whole path", which then decides exactly.
 * why: most cells of most files are plainly valid; for them one call answers what the whole path asks
 * through a Set lookup, a token filter, the fast path and the formula test. It is the field's own fast
 * path, wrapped in a first-character test only where needed: for the few spellings the whole path treats
 * specially before the type (declared missing values, null-like tokens, non-finite ones in number fields)
 * that the fast path would accept, and, in text fields, for a formula's first character unless the fast
 * path accepts no text starting with one. Integers, dates, codes and enums then need no wrapper at all.
 */
export function cleanCellTest(f: CompiledField): (t: string) => boolean {
  return cleanTests(f).clean;
}

/**
 * cleanCellTest on the range text[from, to) of a LineRecord, or null when the field has no span test. It may say
 * false where cleanCellTest says true (the caller then makes the string and takes the string path), never the
 * reverse: a guarded first character (a formula's, a null-like token's) is always left to the string path.
 */
export function cleanSpanTest(f: CompiledField): SpanTest | null {
  return cleanTests(f).span;
}

/** cleanSpanTest on a range with doubled quotes as written (LineRecord.doubled), or null where the string is needed. */
export function cleanSpanDoubledTest(f: CompiledField): SpanTest | null {
  return cleanTests(f).spanDoubled;
}

/** The plans of cleanSpanTest and cleanSpanDoubledTest (span-row.ts writes them out in a row function). */
export function cleanSpanPlans(f: CompiledField): { plan: SpanPlan | null; planDoubled: SpanPlan | null } {
  return cleanTests(f);
}

/**
 * A field's tests, made once per compiled field. why once: each part of a split file creates its checks anew; with the
 * tests made once, every part of a thread calls the same functions (new closures at a call site V8 optimised for the
 * last ones may make it drop that code: deopt "wrong call target"). The tests hold no state.
 */
interface CleanTests {
  clean: (t: string) => boolean;
  span: SpanTest | null;
  spanDoubled: SpanTest | null;
  /** The plans `span` and `spanDoubled` were made from (for a row function made from source: span-row.ts). */
  plan: SpanPlan | null;
  planDoubled: SpanPlan | null;
}
const testsOf = new WeakMap<CompiledField, CleanTests>();

function cleanTests(f: CompiledField): CleanTests {
  let t = testsOf.get(f);
  if (t === undefined) testsOf.set(f, (t = makeCleanTests(f)));
  return t;
}

function makeCleanTests(f: CompiledField): CleanTests {
  const kernel = f.spanPlan ?? null;
  return makeTests(f, kernel !== null && readsDoubled(kernel));
}

function makeTests(f: CompiledField, doubledToo: boolean): CleanTests {
  const fast = f.fast;
  const kernel = f.spanPlan ?? null;
  const special = new Set<string>([...f.missing, ...NULL_LIKE, ...(f.numberField ? NON_FINITE : [])]);
  const guarded = new Set<string>();
  for (const t of special) if (fast === null || fast(t)) guarded.add(t);
  const firstChars = fast === null ? null : fastFirstChars(fast);
  const formulaPossible = f.text && (firstChars === null || FORMULA_FIRST.some((c) => firstChars[c] === 1));
  if (!formulaPossible && guarded.size === 0) {
    const span = kernel === null ? null : spanTest(kernel);
    return { clean: fast ?? (() => true), span, spanDoubled: doubledToo ? span : null, plan: kernel, planDoubled: doubledToo ? kernel : null };
  }
  // first[c] = 1: a guarded spelling starts with char code c; 2: a formula may (text fields)
  const first = new Uint8Array(128);
  let nonAsciiFirst = false, longest = 0;
  for (const t of guarded) {
    const c = t.charCodeAt(0);
    if (c < 128) first[c] = 1;
    else if (t.length > 0) nonAsciiFirst = true;
    longest = Math.max(longest, t.length);
  }
  if (formulaPossible) for (const c of FORMULA_FIRST) first[c] = 2;
  const emptyClean = !special.has("") && (fast === null || fast(""));
  const check = (t: string): boolean => {
    const n = t.length;
    if (n === 0) return emptyClean;
    const c = t.charCodeAt(0);
    const g = c < 128 ? first[c] : nonAsciiFirst ? 1 : 0;
    if (g !== 0 && (g === 2 || (n <= longest && guarded.has(t)))) return false;
    return fast === null || fast(t);
  };
  if (kernel === null) return { clean: check, span: null, spanDoubled: null, plan: null, planDoubled: null };
  // why the range with doubled quotes keeps the first-character guard alone: as written (`N""A`) it is not the cell
  // (`N"A`), so comparing it with a guarded spelling could pass a cell that is one
  const plan = guardSpan(kernel, first, nonAsciiFirst, emptyClean, byLengthOf(guarded));
  const planDoubled = doubledToo ? guardSpan(kernel, first, nonAsciiFirst, emptyClean, null) : null;
  return { clean: check, span: spanTest(plan), spanDoubled: planDoubled === null ? null : spanTest(planDoubled), plan, planDoubled };
}

/**
 * `+`/`-` followed by a number-like remainder (a signed number, a phone number `+44 20 …`, an ISO 6709 coordinate
 * `+0627+00324`), not a formula. why signs inside: digits and signs alone name no function or cell for a
 * spreadsheet to run (`+cmd|…`, `-2+3+cmd|…` hold letters and stay formulas).
 */
const SIGNED_NUMBERISH = /^[+-][0-9.(][0-9 .,()+\-/%]*$|^[+-]\d+(?:\.\d+)?[eE][+-]?\d+$/;

/** First character of a text cell that a spreadsheet may run as a formula (OWASP CSV injection). */
export function looksLikeFormula(t: string): boolean {
  // why not a lone `+`, `=` or `@`: nothing follows for a spreadsheet to run; a strand column of `+`/`-` (GFF, BED,
  // BLAST, SAM-like tables) is data, and flagged every row it drowned the report in warnings
  if (t.length === 1) return t.charCodeAt(0) === 9 || t.charCodeAt(0) === 13;
  const c = t.charCodeAt(0);
  if (c === 61 || c === 64 || c === 9 || c === 13) return true; // = @ tab CR
  if (c === 43 || c === 45) return !SIGNED_NUMBERISH.test(t) && !NULL_LIKE.has(t);
  return false;
}

function pct(x: number): string {
  const p = x * 100;
  return `${p === Math.round(p) ? p : p.toFixed(1)}%`;
}

function describeSpelling(s: string): string {
  return s === "" ? "empty" : s === '""' ? 'quoted ""' : JSON.stringify(s);
}

/**
 * A zod module's schema on one record. A refinement or transform that throws (or returns a promise, which zod
 * cannot await here) is the module's failure, not the data's: it stops the run with one line naming the module
 * and the row (exit 2), where it used to surface as a source-error on the data file with zod's internal text.
 */
function parseRecord(zod: ZodType, obj: Record<string, unknown>, source: string | null, row: number): ReturnType<ZodType["safeParse"]> {
  try {
    return zod.safeParse(obj);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).split("\n")[0];
    const module = source ?? "the zod schema";
    if ((e as Error)?.constructor?.name === "$ZodAsyncError") {
      throw new IngestError("schema", `${module}: an async refinement or transform ran on row ${row}; only synchronous ones are supported`);
    }
    throw new IngestError("schema", `${module}: the schema threw on row ${row} (a refinement or transform that throws, or returns a promise): ${msg}`, { cause: e });
  }
}

export const cellsCheck: CheckModule = {
  meta: {
    id: "schema-cells",
    description: "each cell against its field's type and constraints; missing values per column",
    codes: ["required", "ambiguous-null", "non-finite", "type-error", "minimum", "maximum", "min-length", "max-length", "pattern", "enum", "custom", "formula-injection", "null-ratio", "null-mixed"],
  },
  create(ctx: CheckContext) {
    const { schema, header } = ctx;
    const b = bind(schema, header);
    const cols: Col[] = [];
    schema.fields.forEach((field, f) => {
      const col = b.columnOf[f];
      if (col < 0) return;
      const tests = schema.rowLevel ? null : cleanTests(field);
      cols.push({ field, col, name: header.names[col], columnIndex: col + 1, clean: tests?.clean ?? null, span: tests?.span ?? null, spanDoubled: tests?.spanDoubled ?? null,
        plan: tests?.plan ?? null, planDoubled: tests?.planDoubled ?? null, count: 0, missing: 0, typeErrors: 0, spellings: new Map(),
        emptyMissing: field.missing.has(""), required: field.required, empties: 0, failed: 0, failRow: 0, late: schema.inferred ? new LateTypeErrors() : null });
    });
    if (cols.length === 0 && !schema.rowLevel) return null;
    /** The LineRecords counted by width (span-row.ts RowWidths), added to the columns' counts before any read of them. */
    const widths = rowWidths(cols);
    const colOfField = new Map<string, Col>(cols.map((c) => [c.field.name, c]));
    // why only a table of one column: its first cells tell a word list from a column of answers (listSpellings)
    const head = header.names.length === 1 && cols.length === 1 ? new ListHead() : null;
    const unboundFields = schema.fields.filter((_, f) => b.columnOf[f] < 0).map((f) => f.name);

    const emit = (c: Col | null, code: DefectCode, rec: ParsedRecord, row: number, value: string | null, params?: Record<string, unknown>, message?: string): void => {
      const level = fieldLevel(c?.field ?? null, code);
      if (level === "off") return;
      if (c !== null && c.field.mostly != null && MOSTLY_CODES.has(code)) {
        // why no defect: under `mostly` a failing cell is counted, and the column is judged once at the end
        if (c.failRow !== row) { c.failed++; c.failRow = row; }
        return;
      }
      const d: DefectDraft = {
        code, row, line: rec.line, byteOffset: rec.byteOffset,
        column: c ? c.name : null, columnIndex: c ? c.columnIndex : null,
        value: value === null ? null : cut(value),
      };
      if (params !== undefined) d.params = params;
      if (message !== undefined) d.message = message;
      if (level !== undefined) d.severity = level;
      if (code === "type-error" && c?.late?.hold(d)) return;
      ctx.report(d);
    };

    const countSpelling = (c: Col, t: string, rec: ParsedRecord): void => {
      const key = t === "" && quotedAt(rec, c.col) ? '""' : t;
      c.spellings.set(key, (c.spellings.get(key) ?? 0) + 1);
    };

    /**
     * The checks before the type, in the spec's priority: required > ambiguous-null > non-finite.
     * Returns true when the cell is settled (missing, null-like or non-finite) and the type is not checked.
     */
    const precheck = (c: Col, t: string, rec: ParsedRecord, row: number): boolean => {
      const f = c.field;
      if (t.length <= f.missingMaxLength && f.missing.has(t)) {
        c.missing++;
        countSpelling(c, t, rec);
        if (f.required) emit(c, "required", rec, row, t);
        return true;
      }
      if (mayBeToken(t)) {
        if (f.numberField && NON_FINITE.has(t)) {
          if (!f.allowNonFinite) emit(c, "non-finite", rec, row, t);
          return true;
        }
        if (NULL_LIKE.has(t)) {
          countSpelling(c, t, rec);
          if (f.nullLike.has(t)) {
            emit(c, "ambiguous-null", rec, row, t);
            return true;
          }
        }
      }
      return false;
    };

    /** precheck for an empty cell when "" is declared missing (the commonest missing cell), without the Set and Map lookups. */
    const emptyCell = (c: Col, rec: ParsedRecord, row: number): void => {
      c.missing++;
      if (quotedAt(rec, c.col)) countSpelling(c, "", rec);
      else if (c.empties++ === 0 && !c.spellings.has("")) c.spellings.set("", 0);
      if (c.required) emit(c, "required", rec, row, "");
    };

    /** The exact issues, from zod or worked out as zod would, for a cell the fast path did not accept. */
    const slowCell = (c: Col, t: string, rec: ParsedRecord, row: number): void => {
      // why by hand first: zod costs ~80 ms of CPU to load, in every thread of a dirty file (issues-by-hand.ts)
      const byHand = c.field.issues;
      if (byHand != null) {
        const issues = byHand(t);
        if (issues.length > 0) emitIssues(c, issues, t, rec, row, false);
        return;
      }
      const r = c.field.zod!.safeParse(t);
      if (r.success) return;
      emitIssues(c, r.error.issues as unknown as ZodIssueLike[], t, rec, row, false);
    };

    const emitIssues = (c: Col, issues: IssueFields[], t: string, rec: ParsedRecord, row: number, wasMissing: boolean): void => {
      for (const issue of issues) {
        if (issue.code === "invalid_type") {
          // at most one of required > ambiguous-null > non-finite > type-error, and no constraint after it
          if (wasMissing) { emit(c, "required", rec, row, t); return; }
          c.typeErrors++;
          const m = mapIssue(issue, c.field, t);
          emit(c, "type-error", rec, row, t, m.params);
          return;
        }
      }
      for (const issue of issues) {
        const m = mapIssue(issue, c.field, t);
        emit(c, m.code, rec, row, t, m.params, m.message);
      }
    };

    const formula = (c: Col, t: string, rec: ParsedRecord, row: number): void => {
      if (t.length > 0 && looksLikeFormula(t)) emit(c, "formula-injection", rec, row, t);
    };

    const onEnd = (): void => {
      addWidths(cols, widths);
      for (const c of cols) {
        settle(c);
        const f = c.field;
        if (f.mostly != null) mostlyVerdict(ctx, c.field, c.name, c.columnIndex, c.count - c.missing, c.failed);
        if (c.late !== null) for (const d of c.late.verdict(f.type)) ctx.report(d);
        if (f.maxNullRatio !== null && c.count > 0 && c.missing / c.count > f.maxNullRatio) {
          const level = fieldLevel(f, "null-ratio");
          if (level !== "off") {
            ctx.report({
              code: "null-ratio", row: null, line: null, column: c.name, columnIndex: c.columnIndex,
              params: { ratio: pct(c.missing / c.count), maxNullRatio: pct(f.maxNullRatio), missing: c.missing, count: c.count },
              ...(level ? { severity: level } : {}),
            });
          }
        }
        const spellings = withoutValueTokens(listSpellings(c.spellings, f, c.count, head), f.valueTokens);
        if (spellings.size > 1) {
          const level = fieldLevel(f, "null-mixed");
          if (level !== "off") {
            const list = [...spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
            ctx.report({
              code: "null-mixed", row: null, line: null, column: c.name, columnIndex: c.columnIndex,
              params: { spellings: list.map(([s, n]) => `${describeSpelling(s)} (${n})`).join(", "), counts: Object.fromEntries(list) },
              ...(level ? { severity: level } : {}),
            });
          }
        }
      }
    };

    // a part's counts, added into the whole file's columns (same schema and header, so the same cols order)
    type ColState = [count: number, missing: number, typeErrors: number, spellings: [string, number][], failed: number];
    type PartState = { cols: ColState[]; head: string[] | null };
    const partState = (): PartState => {
      addWidths(cols, widths);
      return {
        cols: cols.map((c) => { settle(c); return [c.count, c.missing, c.typeErrors, [...c.spellings], c.failed]; }),
        head: head === null ? null : head.state(),
      };
    };
    const absorb = (state: unknown): void => {
      const s = state as PartState;
      addWidths(cols, widths);
      if (head !== null && s.head !== null) head.absorb(s.head);
      s.cols.forEach(([count, missing, typeErrors, spellings, failed], k) => {
        const c = cols[k];
        settle(c);
        c.failed += failed;
        c.count += count;
        c.missing += missing;
        c.typeErrors += typeErrors;
        for (const [s, n] of spellings) c.spellings.set(s, (c.spellings.get(s) ?? 0) + n);
      });
    };

    const stats = (): ColumnStats[] => {
      addWidths(cols, widths);
      return cols.map((c) => {
        settle(c);
        return {
          name: c.name, index: c.columnIndex, type: c.field.type, count: c.count, missing: c.missing,
          missingSpellings: Object.fromEntries(c.spellings), typeErrors: c.typeErrors,
        };
      });
    };

    if (!schema.rowLevel) {
      // ---- Table Schema and inferred: one compiled function per column; zod only when the fast path says no.
      const n = cols.length;
      /** The whole path of a cell that is not plainly clean. */
      const cell = (c: Col, t: string, rec: ParsedRecord, row: number): void => {
        if (precheck(c, t, rec, row)) return;
        const f = c.field;
        if (f.fast !== null && !f.fast(t)) slowCell(c, t, rec, row);
        if (f.text) formula(c, t, rec, row);
      };
      /** A cell of a LineRecord its span test did not pass: its string is made, and the whole path decides it. */
      const miss = (c: Col, rec: LineRecord, row: number, from: number, to: number, dq: boolean): void => {
        const t = dq ? rec.cell(c.col) : rec.text.slice(from, to);
        if (!c.clean!(t)) cell(c, t, rec, row);
      };
      /** onRow on a LineRecord: each cell's range is tested first, and its string made only when that says no. */
      const spanRow = spanRowFor(cols);
      return {
        onRow(rec: ParsedRecord, row: number) {
          if (head !== null && !head.full) head.add(rec.cells[0] ?? "");
          if (rec instanceof LineRecord) { spanRow(rec, row, cols, miss, emptyCell, widths); return; }
          const cells = rec.cells;
          const len = cells.length;
          for (let k = 0; k < n; k++) {
            const c = cols[k];
            if (c.col >= len) continue; // a missing cell: row-missing-cells says so, nothing else
            const t = cells[c.col];
            c.count++;
            // an empty cell where "" means missing is never clean (cleanCellTest): no call for it
            if (t.length === 0 && c.emptyMissing) { emptyCell(c, rec, row); continue; }
            if (!c.clean!(t)) cell(c, t, rec, row);
          }
        },
        onEnd,
        stats,
        partState,
        absorb,
      };
    }

    // ---- zod module: whole records through the module's schema, so refinements see every field.
    const zod = schema.zod;
    const settled = new Set<string>();
    const missingIn = new Set<string>();
    return {
      onRow(rec: ParsedRecord, row: number) {
        const cells = rec.cells;
        if (head !== null && !head.full) head.add(cells[0] ?? "");
        const obj: Record<string, unknown> = {};
        settled.clear();
        missingIn.clear();
        for (const name of unboundFields) settled.add(name);
        for (const c of cols) {
          const name = c.field.name;
          if (c.col >= cells.length) { settled.add(name); continue; }
          const t = cells[c.col];
          c.count++;
          const f = c.field;
          if (t.length <= f.missingMaxLength && f.missing.has(t)) {
            c.missing++;
            countSpelling(c, t, rec);
            missingIn.add(name);
            obj[name] = undefined;
            continue;
          }
          obj[name] = t;
          if (precheck(c, t, rec, row)) settled.add(name);
          else if (f.text) formula(c, t, rec, row);
        }
        const r = parseRecord(zod, obj, schema.source, row);
        if (r.success) return;
        const issues = r.error.issues as unknown as ZodIssueLike[];
        const byField = new Map<string, ZodIssueLike[]>();
        for (const issue of issues) {
          const key = issue.path.length > 0 ? String(issue.path[0]) : "";
          const c = key === "" ? undefined : colOfField.get(key);
          if (c === undefined) {
            // a refinement on the whole record (or a path that names no column)
            if (key !== "" && settled.has(key)) continue;
            const m = mapIssue(issue, null, "");
            emit(null, m.code, rec, row, null, m.params, m.message);
            continue;
          }
          if (settled.has(key)) continue;
          let list = byField.get(key);
          if (list === undefined) byField.set(key, (list = []));
          list.push(issue);
        }
        for (const [key, list] of byField) {
          const c = colOfField.get(key)!;
          emitIssues(c, list, cells[c.col], rec, row, missingIn.has(key));
        }
      },
      onEnd,
      stats,
      partState,
      absorb,
    };
  },
};
