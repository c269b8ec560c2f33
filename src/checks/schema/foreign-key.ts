// foreign-key: a row's key (the schema's foreignKeys[].fields) must be among the keys its reference holds.
import type { CompiledField } from "../../schema/types.js";
import type { CheckModule } from "../types.js";
import { bind } from "./binding.js";
import { hashHi, hashLo, type KeyTable } from "./key-table.js";
import { cut, fieldLevel } from "./severity.js";
import { hashKey, keyCells } from "../../references/key.js";

interface Tracker {
  cols: Int32Array;
  missing: ReadonlySet<string>[];
  field: CompiledField | null;
  table: KeyTable;
  column: string;
  columnIndex: number;
  params: Record<string, unknown>;
}

export const foreignKeyCheck: CheckModule = {
  meta: { id: "schema-foreign-key", description: "keys that must exist in a referenced table", codes: ["foreign-key"] },
  create(ctx) {
    const { schema, header } = ctx;
    const fks = schema.foreignKeys ?? [];
    const tables = ctx.options.foreignKeys;
    if (fks.length === 0 || !tables) return null;
    const b = bind(schema, header);
    const trackers: Tracker[] = [];
    fks.forEach((fk, i) => {
      const idx = fk.fields.map((n) => schema.fieldNames.indexOf(n));
      const cols = Int32Array.from(idx, (f) => b.columnOf[f]);
      if (cols.some((c) => c < 0)) return; // header-missing-column covers it
      trackers.push({
        cols,
        missing: idx.map((f) => schema.fields[f].missing),
        field: idx.length === 1 ? schema.fields[idx[0]] : null,
        table: tables[i].table,
        column: fk.fields.length === 1 ? header.names[cols[0]] : fk.fields.join(", "),
        columnIndex: cols[0] + 1,
        params: { fields: fk.fields.join(", "), reference: tables[i].label, referenceFields: fk.reference.fields.join(", ") },
      });
    });
    if (trackers.length === 0) return null;

    return {
      // why: the key table is read whole before the file and is not handed to the parts of a split file
      sequential: true,
      onRow(rec, row) {
        for (let t = 0; t < trackers.length; t++) {
          const tr = trackers[t];
          if (!hashKey(rec, tr.cols, tr.missing)) continue;
          const lo = hashLo(), hi = hashHi();
          if (tr.table.has(hi, lo)) continue;
          const level = fieldLevel(tr.field, "foreign-key");
          if (level === "off") continue;
          const value = keyCells.slice(0, tr.cols.length).join(", ");
          ctx.report({
            code: "foreign-key", row, line: rec.line, byteOffset: rec.byteOffset,
            column: tr.column, columnIndex: tr.columnIndex, value: cut(value), params: tr.params,
            ...(level ? { severity: level } : {}),
          });
        }
      },
    };
  },
};
