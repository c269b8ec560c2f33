// A file's dialect as the report states it and as the tokenizer reads by it (one pass, split parts, merged parts alike).
import type { Dialect, FileReport } from "../types.js";
import type { ParseOptions } from "../parse/csv.js";

/**
 * The tokenizer's options that the dialect decides. why one place: the one pass, the split's header and each part
 * build a tokenizer; a reading option missing from one of them reads the file differently there.
 */
export function dialectParseOptions(d: Dialect): Omit<ParseOptions, "maxRecordChars" | "byteLength"> {
  return {
    delimiter: d.delimiter, quote: d.quote, escape: d.escape, skipRows: d.skipRows, comment: d.comment, whitespace: d.whitespace,
    tabRuns: d.tabRuns, columns: d.columns, maxFields: d.maxFields, trailerLine: d.trailerLine, inlineComment: d.inlineComment,
    inlineSpace: d.inlineSpace, inlineWidth: d.inlineWidth, padded: d.paddedCells === true, loneQuotes: d.loneQuotes === true,
    // why: a value-like note the sniffer said already is said once; with none said, the lines it judged are not judged again
    ...(d.inlineComment ? { inlineJudged: d.inlineValues ? Infinity : d.inlineJudged ?? 0 } : {}),
  };
}

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
