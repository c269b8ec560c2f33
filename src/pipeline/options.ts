// The library's options, and their resolution once per run (validated, defaults filled, schema compiled).
import type { Defect, FailOn, RuleLevel } from "../types.js";
import type { CompiledSchema } from "../schema/types.js";
import { IngestError } from "../defects/errors.js";
import { isDefectCode } from "../defects/catalog.js";
import { DEFAULT_DECOMPRESSION_LIMITS, type DecompressionLimits } from "../source/decompress.js";
import { DEFAULT_MAX_RECORD_CHARS } from "../parse/csv.js";
import { validateShard, type Shard } from "./shard.js";
import { checkProfile, loadProfile, type DriftThresholds, type Profile } from "../profile/baseline.js";
import { assertOptionTypes } from "./option-types.js";
import type { ForeignKeyTables, LoadedReference, ResourceRef } from "../references/load.js";

/** Files smaller than this are read in one pass: starting workers (~0.3 s) would cost more than splitting saves (split.ts). */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;

/** Progress of one file, for a progress bar. */
export interface Progress {
  source: string;
  bytesRead: number;
  bytesTotal: number | null;
  rows: number;
}

/** The options of `check()`: the command line's, as an object (SPEC section 9). */
export interface IngestOptions {
  /** A schema file (Table Schema .json/.yaml, or a zod module), or one already compiled; none: inferred per file. */
  schema?: string | CompiledSchema | null;
  encoding?: string | null;
  delimiter?: string | null;
  quote?: string | null;
  /** false: the first row is data (`--no-header`). */
  header?: boolean;
  /** false: spaces around cells are text, never padding (`--no-padded-cells`; default: sniffed, dialect.paddedCells). */
  paddedCells?: boolean;
  /** false: the record under the header is data, never units (`--no-units-row`; default: sniffed, dialect.unitsRow). */
  unitsRow?: boolean;
  skipRows?: number | null;
  comment?: string | null;
  maxDefects?: number;
  failOn?: FailOn;
  rules?: Record<string, RuleLevel>;
  stopAfter?: number | null;
  /** Files validated in parallel. */
  jobs?: number;
  /** Records longer than this many characters are skipped (row-too-large). */
  maxRecordChars?: number;
  /** A header (or, with `header: false`, a first record) wider than this many columns is not used as one: see validate.ts. */
  maxColumns?: number;
  decompression?: Partial<DecompressionLimits>;
  /** Keep per-column figures in the report (`files[].stats`). */
  stats?: boolean;
  /** A baseline profile (a path to the output of `ingest-check profile`, or the object `profile()` returned): columns are checked for `drift`. */
  baseline?: string | Profile | null;
  /** Drift thresholds; they override the baseline file's top-level ones (a column's own thresholds in the file win). */
  drift?: Partial<DriftThresholds> | null;
  /** @internal Collect column sketches for `profile()`. */
  profile?: boolean;
  /**
   * @internal Split files of at least `minBytes` across the workers in parts of about `partBytes`, all equal, or by the
   * default plan with parts of at least `partMin` (part-plan.ts; tests use small ones).
   */
  split?: { minBytes?: number; partBytes?: number; partMin?: number };
  /** Called with every defect as it is found, never capped (ndjson). */
  onDefect?: (defect: Defect, source: string) => void;
  onProgress?: (p: Progress) => void;
  /** Aborts the run (SIGINT/SIGTERM): files not finished are marked partial. */
  signal?: AbortSignal;
  /** Standard input, for the input "-" (tests pass their own stream). */
  stdin?: NodeJS.ReadableStream;
  /** `--state`: a JSON file remembering validated inputs; unchanged ones are skipped (see pipeline/state.ts). */
  state?: string | null;
  /** `--shard i/n`: validate only shard `index` (1-based) of `count`. */
  shard?: Shard | null;
  /** `--config`: a feeds file (YAML/JSON path) or its object; see src/feeds/ and the README's feeds file reference. */
  config?: string | Record<string, unknown> | null;
  /** `--now`: the run's clock for feeds' arrival (tests and replays); default: the real time. */
  now?: Date | string | null;
  /** `--forget-feed`: feeds whose memory is dropped before the run (after an intended change). */
  forgetFeeds?: string[];
  /** @internal The Data Package's resources a schema's foreignKeys may name (set by src/datapackage/). */
  references?: Record<string, ResourceRef> | null;
  /** @internal Keys one foreign key's reference may hold (default references/load.ts MAX_REFERENCE_KEYS; tests use small ones). */
  referenceKeyCap?: number;
}

export interface ResolvedOptions {
  schema: CompiledSchema | null;
  schemaRef: { source: string | null; sha256: string | null } | null;
  encoding: string | null;
  delimiter: string | null;
  quote: string | null;
  header: boolean | null;
  /** false from --no-padded-cells / --no-units-row; null = sniff. */
  paddedCells: boolean | null;
  unitsRow: boolean | null;
  skipRows: number | null;
  comment: string | null;
  maxDefects: number;
  failOn: FailOn;
  rules: Record<string, RuleLevel>;
  stopAfter: number | null;
  jobs: number;
  maxRecordChars: number;
  maxColumns: number;
  decompression: DecompressionLimits;
  stats: boolean;
  baseline: Profile | null;
  drift: Partial<DriftThresholds> | null;
  profile: boolean;
  onDefect: ((defect: Defect, source: string) => void) | null;
  onProgress: ((p: Progress) => void) | null;
  signal: AbortSignal | null;
  stdin: NodeJS.ReadableStream | undefined;
  state: string | null;
  shard: Shard | null;
  /** The options again in a form a worker thread can receive, or null when they hold a compiled schema. */
  portable: IngestOptions | null;
  /** Overrides of split.ts's sizes (tests); null: its defaults. */
  split: { minBytes: number | null; partBytes: number | null; partMin: number | null };
  /** Data Package resources by name, for foreignKeys (references/load.ts); null outside a package. */
  references: Record<string, ResourceRef> | null;
  referenceKeyCap: number | null;
  /** Reference tables read in this run, shared by the files whose keys point at the same one. */
  referenceCache?: Map<string, Promise<LoadedReference>>;
  /** The current file's foreign-key tables (set by validate.ts for the checks; one file only). */
  foreignKeyTables?: ForeignKeyTables;
}

function wholeNumber(name: string, v: unknown, min: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) throw new IngestError("usage", `${name} must be a whole number of at least ${min}, not ${JSON.stringify(v)}`);
  return v;
}

/**
 * Columns a header may have. why a limit: each column costs a compiled field and its checks' state (several KB),
 * so a one-line header of a million columns exhausted the heap; 16,384 is Excel's widest sheet.
 */
export const DEFAULT_MAX_COLUMNS = 16_384;

function driftThresholds(d: Partial<DriftThresholds>): Partial<DriftThresholds> {
  const out: Partial<DriftThresholds> = {};
  for (const [k, v] of Object.entries(d)) {
    if (v === undefined) continue;
    if (k !== "ks" && k !== "psi" && k !== "ksPValue") throw new IngestError("usage", `drift thresholds: unknown key ${JSON.stringify(k)} (ks, ksPValue, psi)`);
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new IngestError("usage", `drift thresholds: ${k} must be a number of at least 0, not ${JSON.stringify(v)}`);
    out[k] = v;
  }
  return out;
}

const FAIL_ON: FailOn[] = ["error", "warning", "none"];
const LEVELS: RuleLevel[] = ["error", "warning", "off"];

/** Validates and fills the options once; the per-row path never reads configuration again. */
export async function resolveOptions(o: IngestOptions, loaders: {
  loadSchema(path: string): Promise<CompiledSchema>;
  normalizeEncodingName(name: string): string;
  normalizeDelimiter(s: string): string;
}): Promise<ResolvedOptions> {
  assertOptionTypes(o);
  const failOn = o.failOn ?? "error";
  if (!FAIL_ON.includes(failOn)) throw new IngestError("usage", `--fail-on must be error, warning or none, not ${JSON.stringify(failOn)}`);
  const rules: Record<string, RuleLevel> = {};
  for (const [code, level] of Object.entries(o.rules ?? {})) {
    if (!isDefectCode(code)) throw new IngestError("usage", `--rule names an unknown defect code ${JSON.stringify(code)} (see docs/defects/)`);
    if (!LEVELS.includes(level)) throw new IngestError("usage", `--rule ${code} must be error, warning or off, not ${JSON.stringify(level)}`);
    rules[code] = level;
  }
  let schema: CompiledSchema | null = null;
  if (typeof o.schema === "string") schema = await loaders.loadSchema(o.schema);
  else if (o.schema) schema = o.schema;
  const quote = o.quote ?? null;
  // why "" is allowed: `--quote ''` says the file has no quoting (a `"` is text wherever it stands)
  if (quote !== null && quote.length > 1) throw new IngestError("usage", `--quote must be one character (or '' for none), not ${JSON.stringify(quote)}`);
  const comment = o.comment ?? null;
  // why "" is allowed: `--comment ''` says there are no comment lines (nothing is sniffed)
  // why two: C-style `//` notes; a longer prefix (`REM `) is left to --skip-rows
  if (comment !== null && (comment.length > 2 || /[\r\n]/.test(comment))) throw new IngestError("usage", `--comment must be one or two characters (or '' for none), not ${JSON.stringify(comment)}`);
  // the baseline is read and checked once here, so a malformed one stops the run before any file is read
  const baseline = typeof o.baseline === "string" ? await loadProfile(o.baseline) : o.baseline ? checkProfile(o.baseline, "(object)") : null;
  const drift = o.drift ? driftThresholds(o.drift) : null;
  return {
    schema,
    schemaRef: schema ? { source: schema.source, sha256: schema.sha256 } : null,
    encoding: o.encoding ? loaders.normalizeEncodingName(o.encoding) : null,
    delimiter: o.delimiter ? loaders.normalizeDelimiter(o.delimiter) : null,
    quote,
    header: o.header === false ? false : null,
    paddedCells: o.paddedCells === false ? false : null,
    unitsRow: o.unitsRow === false ? false : null,
    skipRows: o.skipRows == null ? null : wholeNumber("--skip-rows", o.skipRows, 0),
    comment,
    maxDefects: o.maxDefects === undefined ? 1000 : wholeNumber("--max-defects", o.maxDefects, 0),
    failOn,
    rules,
    stopAfter: o.stopAfter == null ? null : wholeNumber("--stop-after", o.stopAfter, 1),
    jobs: o.jobs === undefined ? 0 : wholeNumber("--jobs", o.jobs, 1),
    maxRecordChars: o.maxRecordChars === undefined ? DEFAULT_MAX_RECORD_CHARS : wholeNumber("maxRecordChars", o.maxRecordChars, 1),
    maxColumns: o.maxColumns === undefined ? DEFAULT_MAX_COLUMNS : wholeNumber("maxColumns", o.maxColumns, 1),
    decompression: { ...DEFAULT_DECOMPRESSION_LIMITS, ...(o.decompression ?? {}) },
    stats: o.stats ?? true,
    baseline,
    drift,
    profile: o.profile === true,
    onDefect: o.onDefect ?? null,
    onProgress: o.onProgress ?? null,
    signal: o.signal ?? null,
    stdin: o.stdin,
    state: o.state ? String(o.state) : null,
    shard: o.shard == null ? null : validateShard(o.shard),
    split: { minBytes: o.split?.minBytes ?? null, partBytes: o.split?.partBytes ?? null, partMin: o.split?.partMin ?? null },
    references: o.references ?? null,
    referenceKeyCap: o.referenceKeyCap == null ? null : wholeNumber("referenceKeyCap", o.referenceKeyCap, 1),
    portable: o.schema && typeof o.schema !== "string" ? null : {
      schema: o.schema ?? null, encoding: o.encoding ?? null, delimiter: o.delimiter ?? null, quote: o.quote ?? null,
      header: o.header, paddedCells: o.paddedCells, unitsRow: o.unitsRow, skipRows: o.skipRows ?? null, comment: o.comment ?? null, maxDefects: o.maxDefects, failOn: o.failOn,
      rules: o.rules, stopAfter: o.stopAfter ?? null, maxRecordChars: o.maxRecordChars, maxColumns: o.maxColumns, decompression: o.decompression, stats: o.stats,
      baseline: o.baseline ?? null, drift: o.drift ?? null, profile: o.profile, references: o.references ?? null, referenceKeyCap: o.referenceKeyCap,
    },
  };
}
