// duplicate-row: a record whose cells repeat an earlier record's exactly (schema `duplicateRows: true`), by a 64-bit hash.
import type { CheckModule } from "../types.js";
import { hashAdd, hashHi, hashLo, hashStart, KeyTable } from "./key-table.js";

export const duplicateRowCheck: CheckModule = {
  meta: { id: "schema-duplicate-row", description: "records that repeat an earlier record cell for cell", codes: ["duplicate-row"] },
  create(ctx) {
    if (ctx.schema.duplicateRows !== true) return null;
    // why the unique check's table: 12 bytes a slot, 17–34 bytes per distinct record, never the text itself
    const table = new KeyTable();
    return {
      // why: the first row of each record lives in one table across the file; parts could not merge it
      sequential: true,
      onRow(rec, row) {
        const cells = rec.cells;
        hashStart();
        // the cell count goes in too, so a record with a trailing empty cell differs from one without
        hashAdd(String(cells.length));
        for (let k = 0; k < cells.length; k++) hashAdd(cells[k]);
        const first = table.addOrGet(hashHi(), hashLo(), row);
        if (first === 0) return;
        ctx.report({ code: "duplicate-row", row, line: rec.line, byteOffset: rec.byteOffset, firstRow: first });
      },
    };
  },
};
