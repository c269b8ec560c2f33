// A tiny CSV reader (csv-parse/sync) that drives the schema checks as the pipeline will, for tests.
import { parse } from "csv-parse/sync";
import { SCHEMA_CHECKS } from "../../src/checks/schema/index.js";
import type { CheckContext, CheckModule, Header } from "../../src/checks/types.js";
import { CATALOG } from "../../src/defects/catalog.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import { inferSchema } from "../../src/schema/infer.js";
import type { CompiledSchema } from "../../src/schema/types.js";
import type { ColumnStats, DefectCode, DefectDraft, ParsedRecord } from "../../src/types.js";

export interface Found {
  code: DefectCode;
  row: number | null;
  line: number | null;
  column: string | null;
  columnIndex: number | null;
  value: string | null;
  message: string;
  firstRow?: number | null;
  severity?: string;
  params?: Record<string, unknown>;
}

/** Parses CSV text into a header and ParsedRecords (line numbers, quoted flags); blank lines are flagged by `blank`. */
export function readCsv(text: string, opts: { header?: boolean; delimiter?: string } = {}): { header: Header; records: Array<ParsedRecord & { blank: boolean }> } {
  let quoted: boolean[] = [];
  // why the cast: csv-parse's types do not allow on_record to return a wrapper object.
  const rows = (parse as unknown as (t: string, o: Record<string, unknown>) => unknown)(text, {
    relax_column_count: true, skip_empty_lines: false, relax_quotes: true, delimiter: opts.delimiter ?? ",",
    cast: (value: string, ctx: { quoting: boolean; index: number }) => {
      if (ctx.index === 0) quoted = [];
      quoted[ctx.index] = ctx.quoting;
      return value;
    },
    on_record: (record: string[], ctx: { lines: number }) => ({ record, lines: ctx.lines, quoted: quoted.slice() }),
  }) as Array<{ record: string[]; lines: number; quoted: boolean[] }>;
  let prevEnd = 0;
  const all = rows.map((r, index) => {
    const rec = {
      index, line: prevEnd + 1, endLine: r.lines, byteOffset: null, cells: r.record,
      quoted: r.quoted.some(Boolean) ? r.quoted : null, defects: null, skipped: false, replacement: false,
      blank: r.record.every((c) => c === ""),
    };
    prevEnd = r.lines;
    return rec;
  });
  const hasHeader = opts.header ?? true;
  const names = hasHeader ? all[0]?.cells ?? [] : (all[0]?.cells ?? []).map((_, i) => `field${i + 1}`);
  return { header: { names, line: hasHeader ? 1 : null, present: hasHeader }, records: hasHeader ? all.slice(1) : all };
}

export function render(d: DefectDraft): Found {
  const f: Found = {
    code: d.code, row: d.row, line: d.line, column: d.column ?? null, columnIndex: d.columnIndex ?? null,
    value: d.value ?? null, message: d.message ?? CATALOG[d.code].message(d),
  };
  if (d.firstRow !== undefined) f.firstRow = d.firstRow;
  if (d.severity !== undefined) f.severity = d.severity;
  if (d.params !== undefined) f.params = d.params;
  return f;
}

/** Runs the schema checks over CSV text. schema: a compiled schema, a descriptor, or null to infer one. */
export function check(csv: string, schema: CompiledSchema | Record<string, unknown> | null, opts: { header?: boolean; checks?: CheckModule[]; delimiter?: string } = {}): { defects: Found[]; stats: ColumnStats[]; schema: CompiledSchema } {
  const { header, records } = readCsv(csv, opts);
  const data = records.filter((r) => !r.blank);
  const compiled = schema === null ? inferSchema(header.names, data)
    : "kind" in schema ? (schema as CompiledSchema)
    : compileTableSchema(schema, { source: "test", sha256: null });
  const drafts: DefectDraft[] = [];
  const ctx: CheckContext = { schema: compiled, header, report: (d) => { drafts.push(d); }, options: { collectStats: true }, file: { source: "test.csv", encoding: "utf-8" } };
  const instances = (opts.checks ?? SCHEMA_CHECKS).map((m) => m.create(ctx)).filter((i) => i !== null);
  for (const i of instances) i.onHeader?.();
  let row = 0;
  for (const rec of records) {
    row++;
    if (rec.blank) continue;
    for (const i of instances) i.onRow?.(rec, row);
  }
  for (const i of instances) i.onEnd?.(row);
  const stats = instances.flatMap((i) => i.stats?.() ?? []);
  return { defects: drafts.map(render), stats, schema: compiled };
}

/** The defects as [code, row, column, message] tuples: compact to assert on. */
export function brief(found: Found[]): Array<[string, number | null, string | null, string]> {
  return found.map((d) => [d.code, d.row, d.column, d.message]);
}
