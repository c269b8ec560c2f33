// header-missing-column, header-extra-column, header-order: the file's columns against the schema's fields.
import type { DefectDraft } from "../../types.js";
import type { CheckModule } from "../types.js";
import { bind } from "./binding.js";
import { fieldLevel } from "./severity.js";

export const headerCheck: CheckModule = {
  meta: {
    id: "schema-header",
    description: "columns against the schema's fields, as fieldsMatch asks",
    codes: ["header-missing-column", "header-extra-column", "header-order"],
  },
  create(ctx) {
    const { schema, header } = ctx;
    if (schema.inferred) return null;
    return {
      onHeader() {
        const b = bind(schema, header);
        const match = schema.fieldsMatch;
        const line = header.line;
        const emit = (d: DefectDraft): void => {
          if (d.severity === "off") return;
          if (d.severity === undefined) delete d.severity;
          ctx.report(d);
        };
        const noneMatch = b.missingFields.length === schema.fields.length;
        const reportMissing = match === null || match === "exact" || match === "equal" || match === "subset" || (match === "partial" && noneMatch);
        const reportExtra = match === null || match === "exact" || match === "equal" || match === "superset";
        if (reportMissing) {
          for (const f of b.missingFields) {
            const field = schema.fields[f];
            emit({ code: "header-missing-column", row: null, line, column: field.name, columnIndex: null, severity: fieldLevel(field, "header-missing-column") });
          }
        }
        if (reportExtra) {
          for (const c of b.extraColumns) {
            emit({ code: "header-extra-column", row: null, line, column: header.names[c], columnIndex: c + 1 });
          }
        }
        if (match === "exact" && header.present) {
          const inSchema = new Set(schema.fieldNames);
          const inFile = new Set(header.names);
          const n = Math.min(header.names.length, schema.fields.length);
          for (let i = 0; i < n; i++) {
            const have = header.names[i], want = schema.fieldNames[i];
            if (have !== want && inSchema.has(have) && inFile.has(want)) {
              emit({ code: "header-order", row: null, line, column: have, columnIndex: i + 1, params: { expected: want }, severity: fieldLevel(schema.fields[i], "header-order") });
            }
          }
        }
      },
    };
  },
};
