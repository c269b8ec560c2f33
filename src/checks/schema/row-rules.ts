// row-rule: each of the schema's rowRules on each record, its values read as their fields' types.
import type { CompiledField } from "../../schema/types.js";
import { Unknown, fieldKind, type Reader } from "../../schema/row-rules.js";
import type { CheckModule } from "../types.js";
import { bind } from "./binding.js";

/** A reader of one field's typed value in the current record (see Reader); throws Unknown. */
function fieldReader(field: CompiledField, col: number): (cells: string[]) => number | string | boolean {
  const missing = new Unknown(field.name, "missing"), invalid = new Unknown(field.name, "invalid");
  const kind = fieldKind(field);
  const num = field.parser?.num, parse = field.parser?.parse;
  return (cells) => {
    if (col < 0 || col >= cells.length) throw missing;
    const t = cells[col];
    if (t.length <= field.missingMaxLength && field.missing.has(t)) throw missing;
    if ((kind === "number" || kind === "temporal") && num) {
      const v = num(t);
      if (v !== v) throw invalid;
      return v;
    }
    if (kind === "bool" && parse) {
      const v = parse(t);
      if (typeof v !== "boolean") throw invalid;
      return v;
    }
    return t;
  };
}

export const rowRulesCheck: CheckModule = {
  meta: { id: "schema-row-rules", description: "the schema's rowRules on each record", codes: ["row-rule"] },
  create(ctx) {
    const rules = ctx.schema.rowRules;
    if (!rules || rules.length === 0) return null;
    const b = bind(ctx.schema, ctx.header);
    const readers = ctx.schema.fields.map((f, i) => fieldReader(f, b.columnOf[i]));
    let cells: string[] = [];
    const read: Reader = (f) => readers[f](cells);
    return {
      // rules read one record at a time: nothing spans records, so a split file needs no merge
      onRow(rec, row) {
        cells = rec.cells;
        for (const rule of rules) {
          let unknown: Unknown | null = null;
          try {
            if (rule.test(read)) continue;
          } catch (e) {
            if (!(e instanceof Unknown)) throw e;
            // why a failure: Frictionless's row-constraint fails a formula it cannot evaluate; `x is missing or …` opts out
            unknown = e;
          }
          if (rule.severity === "off") continue;
          ctx.report({
            code: "row-rule", row, line: rec.line, byteOffset: rec.byteOffset,
            params: { rule: rule.name, check: rule.check, ...(unknown ? { [unknown.why]: unknown.field } : {}) },
            ...(rule.severity ? { severity: rule.severity } : {}),
          });
        }
      },
    };
  },
};
