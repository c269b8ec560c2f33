// runChecks: the schema checks, row-cells and the blank-row rule over records as the pipeline runs them, for differential tests.
import { SCHEMA_CHECKS } from "../../src/checks/schema/index.js";
import { rowCells } from "../../src/checks/structure/row-cells.js";
import { isBlank } from "../../src/checks/structure/row-blank.js";
import type { CheckContext } from "../../src/checks/types.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import type { DefectDraft, ParsedRecord } from "../../src/types.js";

/** The drafts and column stats of the checks over records (fields: a Table Schema's fields, `missingValues: [""]`). */
export function runChecks(records: ParsedRecord[], fields: Array<Record<string, unknown>>): { drafts: DefectDraft[]; stats: unknown } {
  const schema = compileTableSchema({ fields, missingValues: [""] }, { source: "test", sha256: null });
  const header = { names: fields.map((f) => f.name as string), line: 1, present: true };
  const drafts: DefectDraft[] = [];
  const ctx = { schema, header, report: (d: DefectDraft) => { drafts.push(d); }, options: { collectStats: true }, file: { source: "t.csv", encoding: "utf-8" } } as CheckContext;
  const checks = [rowCells, ...SCHEMA_CHECKS].map((m) => m.create(ctx)).filter((c) => c !== null);
  records.forEach((rec, i) => {
    if (isBlank(rec)) drafts.push({ code: "row-blank", row: i + 1, line: rec.line, column: null, columnIndex: null });
    else for (const c of checks) c.onRow?.(rec, i + 1);
  });
  for (const c of checks) c.onEnd?.(records.length);
  return { drafts, stats: checks.flatMap((c) => c.stats?.() ?? []) };
}
