// The contract between the pipeline and the checks: what a check sees and how it reports.
import type { DefectCode, DefectDraft, ParsedRecord, Severity, ColumnStats } from "../types.js";
import type { CompiledSchema } from "../schema/types.js";
import type { ColumnProfile, DriftThresholds, Profile } from "../profile/baseline.js";
import type { ForeignKeyTables } from "../references/load.js";

/** The header as read: names in file order (index 0 = column 1). */
export interface Header {
  names: string[];
  /** 1-based line of the header, or null without one (`--no-header`). */
  line: number | null;
  /** True when the file has a header row (false: names are field1, field2 …). */
  present: boolean;
  /** A header/detail layout: the cells of each record type (its first cell), instead of one width for all. */
  recordWidths?: Record<string, number>;
  /** Tables stacked under header lines of their own (schema/stacked-tables.ts): a record may be as wide as any, no wider than the names. */
  stacked?: true;
  /** Series of varying length, a label then numbers (schema/series-records.ts): a record may be as wide as any, no wider than the names. */
  series?: true;
  /** Split files only: a byte offset at or after the end of the header line (or of the preamble): no part may start before it. */
  dataStart?: number;
  /** A headerless file's last column is optional (dialect: a trailing delimiter, an annotation column): a record one cell short is whole. */
  optionalLast?: boolean;
  /** The header line's cells as a copy of it among the records is matched (header-repeated); absent when a copy could be data. */
  copyKey?: string[];
  /** With copyKey and a units row (dialect unitsRow): its cells as a copy of it right under a header copy is matched. */
  unitsKey?: string[];
}

export interface CheckContext {
  /** The schema for this file, compiled once (given, or inferred from a sample). */
  schema: CompiledSchema;
  header: Header;
  /** Report a defect draft; the pipeline stamps severity and message, counts it and applies limits. */
  report(d: DefectDraft): void;
  /** In a part of a split file (options.part): how many defects the part has reported so far (where a deferred one goes). */
  reported?: () => number;
  /** Options that checks may read (decided once per run). */
  options: CheckOptions;
  /** What the earlier stages decided about the file. */
  file: { source: string; encoding: string | null; utf8Rows?: boolean };
}

export interface CheckOptions {
  /** Keep per-column statistics (HTML report, profile, drift). */
  collectStats: boolean;
  /** Collect column sketches for a baseline profile (`ingest-check profile`; internal). */
  profile?: boolean;
  /** The baseline profile to compare columns with (`--baseline`), loaded and checked once per run. */
  baseline?: Profile | null;
  /** Drift thresholds from the options (override the baseline file's, not its per-column ones). Optional: absent = off. */
  drift?: Partial<DriftThresholds> | null;
  /** The check runs on one part of a split file (pipeline/part.ts), whose rows are numbered from the part's start. */
  part?: boolean;
  /** The key tables of the schema's foreignKeys, in order, read before the file (references/load.ts). */
  foreignKeys?: ForeignKeyTables;
}

/**
 * A defect found only when the parts before it are merged (a key repeated from an earlier part), numbered in its
 * part; `seq` is how many of the part's own defects come before it (ctx.reported() when the part saw its row).
 */
export interface SeqDraft {
  seq: number;
  draft: DefectDraft & { row: number };
}

/** What a check does with the file; every hook is optional. */
export interface CheckInstance {
  /** Once, after the header is known (header-level defects). */
  onHeader?(): void;
  /**
   * Once per data record, in order. `row` is the 1-based data record number.
   * `rec.cells` may be shorter or longer than the header (ragged rows); skipped records never arrive here.
   */
  onRow?(rec: ParsedRecord, row: number): void;
  /** Once, after the last record (dataset checks: unique is per row, but null-ratio, row-count… decide here). */
  onEnd?(totalRows: number): void;
  /**
   * A file split into parts (pipeline/split.ts) runs a copy of each check per part. A check whose
   * running state spans records hands it over with partState() (structured-cloneable); the whole
   * file's instance absorb()s each part's, in file order, before onEnd. A check whose state cannot be
   * merged that way says `sequential: true`, and files it runs on are read in one pass.
   */
  partState?(): unknown;
  absorb?(state: unknown): void;
  /**
   * Like absorb, for a check whose defects depend on every part before (unique): called in file order with the
   * rows of the parts merged so far; returns the part's defects in order, numbered in the part, for the merge to place.
   * `scale`: the file's bytes over the part's, for sizing what the check keeps from the first part on.
   */
  absorbDeferred?(state: unknown, rowBase: number, scale: number): SeqDraft[];
  sequential?: boolean;
  /** Per-column figures, when the check collects them. */
  stats?(): ColumnStats[];
  /** Column sketches for the baseline profile, when profiling. */
  profile?(): ColumnProfile[];
}

export interface CheckModule {
  meta: {
    id: string;
    description: string;
    /** The codes this check can report, with their default severity (the catalogue's). */
    codes: DefectCode[];
  };
  /** Returns null when the check has nothing to do for this schema (so the per-row path skips it). */
  create(ctx: CheckContext): CheckInstance | null;
}

export type { Severity };
