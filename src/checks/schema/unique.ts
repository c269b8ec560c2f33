// unique: a field's `unique` constraint, the schema's `primaryKey` and each of its `uniqueKeys`.
import type { CompiledField } from "../../schema/types.js";
import type { CheckModule } from "../types.js";
import { bind } from "./binding.js";
import { hashAdd, hashHi, hashLo, hashStart, KeyTable } from "./key-table.js";
import { cut, fieldLevel } from "./severity.js";

interface Tracker {
  cols: number[];
  fields: CompiledField[];
  table: KeyTable;
  column: string;
  columnIndex: number;
  params: Record<string, unknown> | undefined;
}

export const uniqueCheck: CheckModule = {
  meta: { id: "schema-unique", description: "values and keys that must not repeat", codes: ["unique"] },
  create(ctx) {
    const { schema, header } = ctx;
    const b = bind(schema, header);
    const byName = new Map(schema.fields.map((f, i) => [f.name, i]));
    const keys: string[][] = [];
    for (const f of schema.fields) if (f.unique) keys.push([f.name]);
    if (schema.primaryKey) keys.push(schema.primaryKey);
    keys.push(...schema.uniqueKeys);

    const seen = new Set<string>();
    const trackers: Tracker[] = [];
    for (const key of keys) {
      const id = key.join("\u0000");
      if (seen.has(id)) continue; // a unique field that is also the primary key is checked once
      seen.add(id);
      const idx = key.map((n) => byName.get(n)!);
      const cols = idx.map((f) => b.columnOf[f]);
      if (cols.some((c) => c < 0)) continue; // header-missing-column covers it
      trackers.push({
        cols,
        fields: idx.map((f) => schema.fields[f]),
        table: new KeyTable(),
        column: key.length === 1 ? header.names[cols[0]] : key.join(", "),
        columnIndex: cols[0] + 1,
        params: key.length === 1 ? undefined : { fields: key.join(", ") },
      });
    }
    if (trackers.length === 0) return null;

    return {
      // why: the first row of each key lives in one table across the file; parts could not merge it
      sequential: true,
      onRow(rec, row) {
        const cells = rec.cells;
        next: for (let t = 0; t < trackers.length; t++) {
          const tr = trackers[t];
          const cols = tr.cols;
          hashStart();
          for (let k = 0; k < cols.length; k++) {
            if (cols[k] >= cells.length) continue next; // missing cell: row-missing-cells
            const v = cells[cols[k]];
            const f = tr.fields[k];
            if (v.length <= f.missingMaxLength && f.missing.has(v)) continue next; // missing values are never duplicates
            hashAdd(v);
          }
          const lo = hashLo(), hi = hashHi();
          const first = tr.table.addOrGet(hi, lo, row);
          if (first === 0) continue;
          const field = tr.fields.length === 1 ? tr.fields[0] : null;
          const level = fieldLevel(field, "unique");
          if (level === "off") continue;
          const value = cols.length === 1 ? cells[cols[0]] : cols.map((c) => cells[c]).join(", ");
          ctx.report({
            code: "unique", row, line: rec.line, byteOffset: rec.byteOffset,
            column: tr.column, columnIndex: tr.columnIndex, value: cut(value), firstRow: first,
            ...(tr.params ? { params: tr.params } : {}),
            ...(level ? { severity: level } : {}),
          });
        }
      },
    };
  },
};
