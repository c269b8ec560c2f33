// Lines skipped whole (comments, preamble): their counts for the report, and comment-data-like when one looks like a row.
import type { SkippedLines } from "../parse/csv.js";
import type { FileCollector } from "./collector.js";

/** An empty tally, to merge the parts of a split file into. */
export function noSkippedLines(): SkippedLines {
  return { comments: 0, preamble: 0, dataLike: new Map() };
}

/** Adds a later part's tally to `into`; its lines are shifted by `lineBase` (the lines of the parts before it). */
export function addSkippedLines(into: SkippedLines, part: SkippedLines, lineBase: number): void {
  into.comments += part.comments;
  into.preamble += part.preamble;
  for (const [width, line] of part.dataLike) if (!into.dataLike.has(width)) into.dataLike.set(width, line + lineBase);
}

/**
 * Reports what was skipped: comment-data-like once when a sniffed comment character skipped a line as wide as the
 * table; returns the report's `lines` field, or undefined when no line was skipped (the report stays as it was).
 */
export function reportSkippedLines(s: SkippedLines | null, width: number, sniffed: string | null, file: FileCollector): { comments: number; preamble: number } | undefined {
  if (!s || (s.comments === 0 && s.preamble === 0)) return undefined;
  // why width 2 and up: in a one-column table every comment line would be as wide as the table
  const line = width >= 2 && sniffed ? s.dataLike.get(width) : undefined;
  if (line !== undefined) file.fileDefect({ code: "comment-data-like", row: null, line, params: { comment: sniffed!, lines: s.comments } });
  return { comments: s.comments, preamble: s.preamble };
}
