// row-missing-cells / row-extra-cells: a record with fewer or more cells than the header (or than its record type).
import type { CheckModule } from "../types.js";
import { cellCount } from "../../parse/line-record.js";

export const rowCells: CheckModule = {
  meta: {
    id: "row-cells",
    description: "a record has as many cells as the header",
    codes: ["row-missing-cells", "row-extra-cells"],
  },
  create(ctx) {
    const names = ctx.header.names.length;
    const perType = ctx.header.recordWidths;
    // why read once: the header's objects have several shapes, so each `ctx.header.…` read on every row was a
    // polymorphic load; a table of one width, neither stacked nor series, is decided by the count alone
    const plain = !ctx.header.stacked && !ctx.header.series && !perType;
    return {
      onRow(rec, row) {
        const n = cellCount(rec);
        if (plain && n === names) return;
        // why: stacked tables each have their width, up to the widest header line (the names); a `#` line is a table's
        // header line or a note, of any width. A record wider than every header holds cells no table names
        if (ctx.header.stacked && (n <= names || rec.cells[0].startsWith("#"))) return;
        // why: series of varying length (a label, then numbers) may each be as long as any, up to the widest read
        if (ctx.header.series && n <= names) return;
        // why: in a header/detail layout each record type has its own width; a type not seen in the sample is let be
        const expected = perType ? perType[rec.cells[0]] ?? n : names;
        if (n === expected || (n === expected - 1 && ctx.header.optionalLast && !perType)) return;
        if (n < expected) {
          // points at the first missing cell; why value is the record's first cell: it shows what the short
          // record is (a comment line "# …", a footer "Total"), for people and for the hints (report/hints.ts)
          ctx.report({ code: "row-missing-cells", row, line: rec.line, byteOffset: rec.byteOffset, column: ctx.header.names[n] ?? null, columnIndex: n + 1, value: n > 0 ? rec.cells[0].slice(0, 200) : null, params: { cells: n, expected } });
        } else {
          ctx.report({ code: "row-extra-cells", row, line: rec.line, byteOffset: rec.byteOffset, column: null, columnIndex: expected + 1, value: rec.cells[expected].slice(0, 200), params: { cells: n, expected } });
        }
      },
    };
  },
};
