// The report's `dialect` object for a file's sniffed or forced dialect (one pass, split, and merged parts alike).
import type { Dialect, FileReport } from "../types.js";

/** The dialect as the report states it: flags only when set, so reports of plain files stay short. */
export function dialectReport(d: Dialect): NonNullable<FileReport["dialect"]> {
  return {
    delimiter: d.delimiter, quote: d.quoteText ? null : d.quote, escape: d.escape, lineTerminator: d.lineTerminator, header: d.header,
    ...(d.skipRows ? { skipRows: d.skipRows } : {}), ...(d.comment ? { comment: d.comment } : {}), ...(d.whitespace ? { whitespace: true } : {}),
    ...(d.columns ? { columns: d.columns } : {}), ...(d.inlineComment ? { inlineComment: true } : {}), ...(d.paddedCells ? { paddedCells: true } : {}),
    ...(d.spacedRows ? { spacedRows: true } : {}), ...(d.maxFields ? { maxFields: d.maxFields } : {}), ...(d.unitsRow ? { unitsRow: true } : {}),
    ...(d.groupTitles ? { groupTitles: true } : {}), how: d.how,
  };
}
