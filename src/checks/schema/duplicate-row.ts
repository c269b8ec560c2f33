// duplicate-row: a record whose cells repeat an earlier record's exactly (schema `duplicateRows: true`), by a 64-bit hash.
import type { ParsedRecord } from "../../types.js";
import type { CheckModule, SeqDraft } from "../types.js";
import { hashAdd, hashHi, hashLo, hashStart, KeyTable } from "./key-table.js";
import { KeyCursor, PartKeys, type PartKeyState } from "./part-keys.js";

/** Hashes the record's cells into the running hash; the cell count goes in too (a trailing empty cell differs). */
function hashRecord(cells: string[]): void {
  hashStart();
  hashAdd(String(cells.length));
  for (let k = 0; k < cells.length; k++) hashAdd(cells[k]);
}

const draft = (row: number, line: number, byteOffset: number | null | undefined, firstRow: number) =>
  ({ code: "duplicate-row" as const, row, line, byteOffset, firstRow });

export const duplicateRowCheck: CheckModule = {
  meta: { id: "schema-duplicate-row", description: "records that repeat an earlier record cell for cell", codes: ["duplicate-row"] },
  create(ctx) {
    if (ctx.schema.duplicateRows !== true) return null;
    const part = ctx.options.part === true;
    // why the unique check's table: 12 bytes a slot, 15–30 bytes per distinct record, never the text itself
    const table = new KeyTable(part ? 16 : 1024);
    let keys: PartKeys | null = part ? PartKeys.take() : null;

    // one pass: the table is probed as the records come
    const onRow = (rec: ParsedRecord, row: number) => {
      hashRecord(rec.cells);
      const first = table.addOrGet(hashHi(), hashLo(), row);
      if (first !== 0) ctx.report(draft(row, rec.line, rec.byteOffset, first));
    };
    // a part of a split file notes each record's hash (no value: the defect shows none); the merging thread probes
    // them in file order, as unique does with its keys
    const onPartRow = (rec: ParsedRecord, row: number) => {
      hashRecord(rec.cells);
      keys!.add(hashHi(), hashLo(), row, ctx.reported!(), rec.line, rec.byteOffset);
      keys!.endKey();
    };

    return {
      onRow: part ? onPartRow : onRow,
      partState: () => {
        if (keys === null) return null;
        const s = keys.state();
        keys.recycle();
        keys = null;
        return s;
      },
      absorbDeferred(state: unknown, rowBase: number, scale: number): SeqDraft[] {
        const s = state as PartKeyState | null;
        const out: SeqDraft[] = [];
        if (!s) return out;
        if (table.size === 0) table.reserve(Math.floor(s.n * scale));
        const k = new KeyCursor(s);
        while (k.next()) {
          const first = table.addOrGet(s.hi[k.i], s.lo[k.i], rowBase + k.row);
          if (first !== 0) out.push({ seq: k.seq, draft: draft(k.row, k.line, k.offset(), first) });
        }
        return out;
      },
    };
  },
};
