// Wires the stages for one input: bytes → encoding → text → dialect → records → checks → FileReport.
import { createHash } from "node:crypto";
import type { ByteSource, Dialect, EncodingDecision, FileReport, ParsedRecord, TextChunk } from "../types.js";
import type { CheckInstance, Header } from "../checks/types.js";
import type { CompiledSchema } from "../schema/types.js";
import type { ResolvedOptions } from "./options.js";
import { dialectParseOptions, dialectReport } from "./dialect-use.js";
import type { ColumnProfile } from "../profile/baseline.js";
import type { DefectCode } from "../defects/catalog.js";
import { IngestError, describeSystemError } from "../defects/errors.js";
import { maybeGunzip, type DecompressStatus } from "../source/decompress.js";
import { sniffEncoding, decode, byteLengthOf } from "../encoding/index.js";
import { encodingNotes, forcedMismatch } from "./encoding-notes.js";
import { sniffDialect } from "../dialect/index.js";
import { dialectAgainstBaseline, encodingAgainstBaseline } from "../profile/compare.js";
import { parseInto } from "../parse/csv.js";
import type { SkippedLines } from "../parse/csv.js";
import { reportSkippedLines } from "./skipped.js";
import { FileCollector, createChecks, endChecks } from "./collector.js";
import { RecordLoop, StopReading, namesAgree } from "./record-loop.js";
import type { SplitWorkers } from "./split.js";
import { SPLIT_MIN_BYTES } from "./options.js";
import { nowMs } from "../clock.js";

/** Characters of decoded text the dialect sniffer sees. */
const DIALECT_SAMPLE_CHARS = 1024 * 1024;

/** Hooks a caller can give to see each record's verdict (quarantine files) as the file streams. */
export interface RecordSink {
  onHeader?(header: Header, rec: ParsedRecord | null): void;
  /** Called once per data record, in order, with whether it holds an error and its codes. */
  onRecord?(rec: ParsedRecord, row: number, invalid: boolean, codes: DefectCode[]): void;
  /** A promise while the sink's output is backed up; the pipeline awaits it between batches (backpressure). */
  drained?(): Promise<void> | null;
  end?(): Promise<void> | void;
}

/** Re-yields the items an iterator produced while peeking, then the rest. */
async function* replay<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  for (const x of head) yield x;
  while (true) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/** Counts and hashes the raw bytes as they pass, and reports progress. */
async function* tap(bytes: AsyncIterable<Buffer>, state: { read: number; hash: ReturnType<typeof createHash> }, onChunk: () => void): AsyncGenerator<Buffer> {
  for await (const b of bytes) {
    state.read += b.length;
    state.hash.update(b);
    onChunk();
    yield b;
  }
}

/** Validates one input fully and returns its report entry; data problems are defects, never exceptions. */
export async function validateSource(source: ByteSource, ro: ResolvedOptions, sink: RecordSink = {}): Promise<FileReport> {
  // why before the file: a foreign key's referenced keys must all be known before its first row is judged
  if (ro.schema?.foreignKeys?.length) ro = { ...ro, foreignKeyTables: await (await import("../references/load.js")).loadForeignKeys(source, ro) };
  // why start them now: a worker takes ~0.3 s to load its modules, which the sniffing below hides; a file
  // that turns out not to split (gzip, UTF-16, a unique key…) only costs them their start
  // why lazy: the split code (and node:worker_threads) loads only for a file large enough to be split
  const split = source.path !== undefined && (source.size ?? 0) >= (ro.split.minBytes ?? SPLIT_MIN_BYTES) ? await import("./split.js") : null;
  const threads = split ? split.splitThreads(source, ro, sink.onRecord !== undefined || sink.onHeader !== undefined || sink.end !== undefined) : 0;
  const pool = split && threads > 0 ? split.startSplitWorkers(threads) : null;
  try {
    return await validateOne(source, ro, sink, pool && split ? { pool, split } : null);
  } finally {
    await pool?.close();
  }
}

/** What one file's reading has found so far: the stages below fill it in, fileReport() turns it into its report entry. */
interface FileRun {
  source: ByteSource;
  ro: ResolvedOptions;
  sink: RecordSink;
  t0: number;
  file: FileCollector;
  raw: { read: number; hash: ReturnType<typeof createHash> };
  dz: DecompressStatus;
  encoding: EncodingDecision | null;
  dialect: Dialect | null;
  schema: CompiledSchema | null;
  partial: boolean;
  completed: boolean;
  rows: number;
  /** The record loop of a file read by this thread (its rows count live for the progress line). */
  loop: RecordLoop | null;
  /** Column sketches when profiling (ro.profile), handed out beside the report. */
  profile: ColumnProfile[];
  /** Bytes and rows the parts have validated, when the file is split (raw.read is then the hashing's). */
  splitBytes: number | null;
  splitRows: number | null;
  splitInfo: { parts: number; reread: number } | null;
  /** Lines skipped whole (comments, preamble), counted by the tokenizer. */
  skipped: SkippedLines | null;
  lastProgress: number;
}

type Splitting = { pool: SplitWorkers; split: typeof import("./split.js") };

async function validateOne(source: ByteSource, ro: ResolvedOptions, sink: RecordSink, splitting: Splitting | null): Promise<FileReport> {
  const run: FileRun = {
    source, ro, sink, t0: nowMs(), file: new FileCollector(source.uri, ro), raw: { read: 0, hash: createHash("sha256") },
    dz: { gzip: false, compressedBytes: 0, bytes: 0, limitHit: null }, encoding: null, dialect: null, schema: ro.schema,
    partial: false, completed: false, rows: 0, loop: null, profile: [], splitBytes: null, splitRows: null, splitInfo: null,
    skipped: null, lastProgress: 0,
  };
  try {
    await readBytes(run, splitting);
  } catch (e) {
    sourceFailed(run, e);
  }
  endedEarly(run);
  if (!run.completed && !run.file.hasSourceError) run.partial = true;
  await sink.end?.();
  return fileReport(run);
}

/** Calls the progress hook, at most every 100 ms. */
function progress(run: FileRun): void {
  const on = run.ro.onProgress;
  if (!on) return;
  const now = nowMs();
  if (now - run.lastProgress < 100) return;
  run.lastProgress = now;
  on({ source: run.source.uri, bytesRead: run.splitBytes ?? run.raw.read, bytesTotal: run.source.size, rows: run.splitRows ?? run.loop?.rows ?? run.rows });
}

/** The bytes: their encoding decided, a binary file told apart, then the text read (readText). */
async function readBytes(run: FileRun, splitting: Splitting | null): Promise<void> {
  const { ro, file } = run;
  const bytes = maybeGunzip(tap(run.source.open(ro.signal ?? undefined), run.raw, () => progress(run)), run.dz, ro.decompression);
  const enc = await sniffEncoding(bytes, { forced: ro.encoding });
  const encoding = (run.encoding = enc.decision);
  // why drift goes quiet here too: text the bytes say is misread drifts in every column
  if (enc.contradicted) { file.fileDefect(forcedMismatch(enc.contradicted, encoding.name)); file.encodingChanged = true; }
  // why read anyway below error: `--rule binary-file=off` (or warning) must not turn a file whose records were never
  // read into "OK, 0 rows"; the user said it is text, so it is read as text (its NULs become nul-byte defects)
  const readAnyway = enc.binary !== null && ro.rules["binary-file"] !== undefined && ro.rules["binary-file"] !== "error";
  if (enc.binary && !readAnyway) {
    file.fileDefect({ code: "binary-file", row: null, line: null, params: { kind: enc.binary } });
    await drain(enc.bytes);
    run.completed = true;
    return;
  }
  if (enc.binary) file.fileDefect({ code: "binary-file", row: null, line: null, params: { kind: enc.binary, readAsText: true } });
  for (const d of encodingNotes(enc)) file.fileDefect(d);
  const encodingChange = ro.baseline ? encodingAgainstBaseline(encoding, ro.baseline) : null;
  // why drift goes quiet: text read in another encoding than the baseline's drifts in every column
  if (encodingChange) { file.fileDefect(encodingChange); file.encodingChanged = true; }
  await readText(run, decode(enc.bytes, encoding), splitting);
}

/** The text: its dialect sniffed on the first characters, then read by the split's workers or by this thread. */
async function readText(run: FileRun, text: AsyncIterable<TextChunk>, splitting: Splitting | null): Promise<void> {
  const it = text[Symbol.asyncIterator]();
  const { head, complete } = await peek(it);
  let sample = head.map((c) => c.text).join("").slice(0, DIALECT_SAMPLE_CHARS);
  if (run.dz.bytes === 0 && sample.length === 0) {
    run.file.fileDefect({ code: "empty-file", row: null, line: null, params: { bytes: 0 } });
    run.completed = true;
    return;
  }
  const ro = run.ro;
  const dialect = (run.dialect = sniffDialect(sample, complete, {
    delimiter: ro.delimiter, quote: ro.quote, header: ro.header, skipRows: ro.skipRows, comment: ro.comment,
    paddedCells: ro.paddedCells, unitsRow: ro.unitsRow, fields: ro.schema?.fields.length ?? null,
  }));
  dialectNotes(run, dialect, sample);
  const plan = splitting ? splitPlan(run, dialect, sample, splitting) : null;
  if (plan && splitting) {
    await it.return?.(undefined);
    // why: this thread only merges from here on, so V8 would leave the samples resident for the whole file
    head.length = 0;
    sample = "";
    (await import("./heap.js")).collectGarbage();
    await readSplit(run, plan, splitting);
  } else {
    // why close now: the workers would sit idle, holding their heaps, for the whole of this file
    await splitting?.pool.close();
    await readOneThread(run, dialect, replay(head, it));
  }
}

/** The first DIALECT_SAMPLE_CHARS characters' chunks, and whether they are the whole text. */
async function peek(it: AsyncIterator<TextChunk>): Promise<{ head: TextChunk[]; complete: boolean }> {
  const head: TextChunk[] = [];
  let sampled = 0;
  while (sampled < DIALECT_SAMPLE_CHARS) {
    const r = await it.next();
    if (r.done) return { head, complete: true };
    head.push(r.value);
    sampled += r.value.text.length;
  }
  return { head, complete: false };
}

/** The file defects the sniffed dialect brings: a preamble, a trailer or notes cut, an uncertain reading, a change from the baseline. */
function dialectNotes(run: FileRun, dialect: Dialect, sample: string): void {
  const { ro, file } = run;
  // why: a sniffed preamble is never skipped silently; the option that keeps or undoes the reading is named
  if (dialect.skipRows > 0 && ro.skipRows === null) file.fileDefect({ code: "preamble-skipped", row: null, line: 1, params: { lines: dialect.skipRows } });
  if (dialect.trailerLine) file.fileDefect({ code: "trailer-skipped", row: null, line: dialect.trailerLine, value: trailerText(sample, dialect.trailerLine, dialect.trailerKeys, dialect.comment), ...(dialect.trailerKeys ? { params: { keys: dialect.trailerKeys } } : dialect.trailerEnd ? { params: { end: true } } : {}) });
  // why: a note cut from a row is never silent when it could be the row's text (see inline-values.ts)
  if (dialect.inlineValues) file.fileDefect({ code: "inline-notes-cut", row: null, line: dialect.inlineValues.line, value: dialect.inlineValues.value, params: { lines: dialect.inlineValues.lines, comment: dialect.comment } });
  if (dialect.uncertain) file.fileDefect({ code: "dialect-uncertain", row: null, line: null, params: { chosen: describeDialect(dialect), alternative: dialect.alternative ? describeDialect({ ...dialect, ...dialect.alternative }).replace(/, (no )?header$/, "") : undefined } });
  if (ro.baseline && !dialect.uncertain) for (const c of dialectAgainstBaseline(dialect, { delimiter: ro.delimiter !== null, header: ro.header !== null }, ro.baseline)) file.fileDefect(c);
}

/** The header and checks the split's parts take, when the file may be split: a schema, no gzip, no layout read line by line. */
function splitPlan(run: FileRun, dialect: Dialect, sample: string, splitting: Splitting): { header: Header; checks: CheckInstance[] } | null {
  const schema = run.schema;
  // why not split with padded cells: the parts' tokenizers would read the padding the one pass skips
  if (run.dz.gzip || !schema || dialect.paddedCells || dialect.unitsRow || dialect.spacedRows || dialect.groupTitles || dialect.trailerLine) return null;
  const header = splitting.split.headerFromSample(sample, dialect, run.encoding!, run.ro);
  if (!header || !namesAgree(header, schema)) return null;
  const checks = createChecks(schema, header, run.file, run.encoding!, run.ro);
  return checks.some((c) => c.sequential) ? null : { header, checks };
}

/** A large file: its parts are read by the workers; this thread merges them and hashes the bytes. */
async function readSplit(run: FileRun, plan: { header: Header; checks: CheckInstance[] }, splitting: Splitting): Promise<void> {
  run.file.columns = plan.header.names;
  for (const c of plan.checks) c.onHeader?.();
  run.raw.read = 0;
  run.raw.hash = createHash("sha256");
  const r = await splitting.split.validateSplit({
    source: run.source, ro: run.ro, pool: splitting.pool, encoding: run.encoding!, dialect: run.dialect!, header: plan.header,
    file: run.file, checks: plan.checks, raw: run.raw,
    onProgress: (n, rows) => { run.splitBytes = n; run.splitRows = rows; progress(run); },
  });
  run.rows = r.rows;
  run.skipped = r.skipped;
  run.splitInfo = { parts: r.parts, reread: r.reread };
  if (r.aborted) run.partial = true;
  else endChecks(plan.checks, run.rows, run.file, run.ro);
  run.completed = true;
}

/** The file read by this thread: each record the tokenizer reads goes through the record loop. */
async function readOneThread(run: FileRun, dialect: Dialect, chunks: AsyncIterable<TextChunk>): Promise<void> {
  const { ro, sink, encoding } = run;
  const loop = (run.loop = new RecordLoop(run.file, ro, sink, dialect, encoding!, run.schema));
  const bl = byteLengthOf("", encoding!) === null ? null : (s: string) => byteLengthOf(s, encoding!);
  const parseOpts = {
    ...dialectParseOptions(dialect), maxRecordChars: ro.maxRecordChars, byteLength: bl,
    asciiIsOneByte: !/^utf-(16|32)/.test(encoding!.name),
    // why: records reach the loop one at a time and are checked at once; it copies those it keeps (keep)
    reuseRecords: true,
  };
  try {
    if (ro.signal?.aborted) throw new StopReading();
    for await (const _ of parseInto(chunks, parseOpts, { push: loop.take }, (live) => { run.skipped = live; })) {
      // why: without waiting, a disk slower than validation would let --clean/--rejects buffer the whole file in memory
      const backedUp = sink.drained?.();
      if (backedUp) await backedUp;
      progress(run);
      if (ro.signal?.aborted) throw new StopReading();
    }
    loop.finish(run.dz.bytes, run.profile);
    if (run.dz.limitHit) {
      run.partial = true;
      run.file.fileDefect({ code: "decompression-limit", row: null, line: null, params: { limit: run.dz.limitHit, bytes: run.dz.bytes } });
    }
    run.completed = true;
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
    run.partial = true;
    run.completed = true;
  } finally {
    run.rows = loop.rows;
    run.schema = loop.schema;
  }
}

/** An input that could not be read to its end: a source-error, with the rows merged before it when the file was split. */
function sourceFailed(run: FileRun, e: unknown): void {
  if (e instanceof IngestError && e.code !== "input" && e.code !== "input-transient") throw e;
  run.partial = true;
  const merged = (e as { rowsMerged?: unknown } | null)?.rowsMerged;
  if (typeof merged === "number") run.rows = merged; // a split file: the rows of the parts merged before the failure
  const transient = e instanceof IngestError && e.code === "input-transient";
  run.file.fileDefect({ code: "source-error", row: null, line: null, params: { reason: readReason(e, run.dz), transient } });
  run.file.transient = transient;
}

/**
 * A source-error when the input ended before the size known before reading. why: a stream that ends early without an
 * error (a dropped connection, a file cut while read) would otherwise pass as a shorter success.
 */
function endedEarly(run: FileRun): void {
  const { source, raw, file } = run;
  if (!run.completed || run.partial || file.hasSourceError || source.size === null || raw.read >= source.size) return;
  const transient = /^[a-z][a-z0-9+.-]*:\/\//i.test(source.uri);
  run.partial = true;
  file.fileDefect({ code: "source-error", row: null, line: null, params: { reason: `the input ended after ${raw.read} of its ${source.size} bytes`, transient } });
  file.transient = transient;
}

/** The file's report entry; how it was read (profile, split) rides along as hidden properties. */
function fileReport(run: FileRun): FileReport {
  const { file, encoding, dialect: d, schema: s, ro } = run;
  const report: FileReport = {
    source: run.source.uri,
    bytes: run.dz.gzip ? run.dz.bytes : run.raw.read,
    sha256: file.hasSourceError ? null : run.raw.hash.digest("hex"),
    encoding: encoding ? { name: encoding.name, confidence: encoding.confidence, bom: encoding.bom, how: encoding.how, ...(encoding.ascii ? { ascii: true } : {}) } : null,
    dialect: d ? dialectReport(d) : null,
    columns: file.columns,
    ...(s && s.inferred ? { schema: s.descriptor } : {}),
    rows: { total: run.rows, valid: run.rows - file.invalidRows, invalid: file.invalidRows },
    ...skippedLines(run),
    byCode: file.byCode,
    defects: file.defects,
    defectsTruncated: file.truncated,
    errors: file.errors,
    warnings: file.warnings,
    ...(run.partial ? { partial: true } : {}),
    durationMs: Math.round(nowMs() - run.t0),
    ...(file.stats ? { stats: file.stats } : {}),
  };
  Object.defineProperty(report, "transient", { value: file.transient, enumerable: false });
  // why not a report field: the profile is not part of the JSON report (SPEC §4); profile() reads it from here
  if (ro.profile) Object.defineProperty(report, "profile", { value: run.profile, enumerable: false });
  // why not a report field: how a file was read is not part of its verdict; tests and the log read it
  if (run.splitInfo) Object.defineProperty(report, "split", { value: run.splitInfo, enumerable: false });
  return report;
}

/** The report's `lines` entry: the lines skipped whole, with the units row counted in the preamble. */
function skippedLines(run: FileRun): { lines?: ReturnType<typeof reportSkippedLines> } {
  const tally = run.skipped;
  const unitsLines = run.loop?.unitsLines ?? 0;
  const withUnits = unitsLines > 0 ? { comments: tally?.comments ?? 0, preamble: (tally?.preamble ?? 0) + unitsLines, dataLike: tally?.dataLike ?? new Map<number, number>(), inlineValues: tally?.inlineValues } : tally;
  const d = run.dialect;
  const lines = reportSkippedLines(withUnits, run.file.columns.length, d?.comment && run.ro.comment === null ? d.comment : null, run.file, d);
  return lines ? { lines } : {};
}

async function drain(bytes: AsyncIterable<Buffer>): Promise<void> {
  for await (const _ of bytes) { /* read to the end so the hash and size are whole */ }
}

function readReason(e: unknown, dz: DecompressStatus): string {
  const err = e as NodeJS.ErrnoException;
  if (dz.gzip && (err?.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(String(err?.message)))) return "the gzip stream is truncated (unexpected end of file)";
  if (dz.gzip && typeof err?.code === "string" && err.code.startsWith("Z_")) return `the gzip stream is corrupt (${err.message})`;
  if (e instanceof IngestError) return e.message;
  return describeSystemError(e);
}

export function describeDialect(d: Dialect): string {
  const name = (c: string) => (c === "\t" ? "tab" : c === " " ? "space" : JSON.stringify(c));
  return `delimiter ${name(d.delimiter)}, quote ${!d.quote ? "none" : name(d.quote)}${d.header ? ", header" : ", no header"}`;
}

/** The text of the sample's 1-based line `n` (the trailer record), or of the `keys` key lines from it, for its warning. */
function trailerText(sample: string, n: number, keys = 1, comment: string | null = null): string {
  const kept = (l: string) => l.trim() !== "" && !(comment !== null && l.startsWith(comment));
  return sample.split(/\r\n|\n|\r/).slice(n - 1).filter(kept).slice(0, keys).join(" / ");
}
