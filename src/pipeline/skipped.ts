// Lines skipped whole (comments, preamble): their counts for the report, and comment-data-like when one looks like a row.
import type { SkippedLines } from "../parse/csv.js";
import type { FileCollector } from "./collector.js";
import type { Dialect } from "../types.js";

/** An empty tally, to merge the parts of a split file into. */
export function noSkippedLines(): SkippedLines {
  return { comments: 0, preamble: 0, dataLike: new Map() };
}

/** Adds a later part's tally to `into`; its lines are shifted by `lineBase` (the lines of the parts before it). */
export function addSkippedLines(into: SkippedLines, part: SkippedLines, lineBase: number): void {
  into.comments += part.comments;
  into.preamble += part.preamble;
  for (const [width, line] of part.dataLike) if (!into.dataLike.has(width)) into.dataLike.set(width, line + lineBase);
  const v = part.inlineValues;
  if (v && into.inlineValues) into.inlineValues.lines += v.lines;
  else if (v) into.inlineValues = { ...v, line: v.line + lineBase };
}

/**
 * Reports what was skipped: inline-notes-cut once when value-like notes were cut past the lines the sniffer judged
 * (and it said none), comment-data-like once when a sniffed comment character skipped a line as wide as the
 * table; returns the report's `lines` field, or undefined when no line was skipped (the report stays as it was).
 */
export function reportSkippedLines(s: SkippedLines | null, width: number, sniffed: string | null, file: FileCollector, d: Dialect | null = null): { comments: number; preamble: number } | undefined {
  // why only when the sniffer said none: the warning is one per file; this one counts the lines past its sample
  if (s?.inlineValues && d?.comment && !d.inlineValues) file.fileDefect({ code: "inline-notes-cut", row: null, line: s.inlineValues.line, value: s.inlineValues.value, params: { lines: s.inlineValues.lines, comment: d.comment, past: d.inlineJudged ?? 0 } });
  if (!s || (s.comments === 0 && s.preamble === 0)) return undefined;
  // why width 2 and up: in a one-column table every comment line would be as wide as the table
  const line = width >= 2 && sniffed ? s.dataLike.get(width) : undefined;
  if (line !== undefined) file.fileDefect({ code: "comment-data-like", row: null, line, params: { comment: sniffed!, lines: s.comments } });
  return { comments: s.comments, preamble: s.preamble };
}
