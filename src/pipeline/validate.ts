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
import { headerNames, sniffDialect, spacedCells } from "../dialect/index.js";
import { headerlessNames } from "../dialect/comment-header.js";
import { dialectAgainstBaseline, encodingAgainstBaseline } from "../profile/compare.js";
import { parseInto } from "../parse/csv.js";
import { LineRecord } from "../parse/line-record.js";
import type { SkippedLines } from "../parse/csv.js";
import { reportSkippedLines } from "./skipped.js";
import { isBlank } from "../checks/structure/row-blank.js";
import { headerCopyKey, unitsCopyKey, withoutCopies } from "../checks/structure/header-repeated.js";
import { FileCollector, createChecks, checkRecord, endChecks } from "./collector.js";
import type { SplitWorkers } from "./split.js";
import { SPLIT_MIN_BYTES } from "./options.js";
import { rowNamesColumn } from "../schema/row-names.js";
import { indentedHeader } from "../schema/indented-header.js";
import { emptyBlankColumns } from "../schema/empty-blank-column.js";
import { unitWordsRow } from "../dialect/unit-words.js";
import { trailingDelimiterColumn, extraLastName, optionalLastColumn } from "../schema/trailing-column.js";
import { recordTypes, describeRecordTypes } from "../schema/record-types.js";
import { stackedTables } from "../schema/stacked-tables.js";
import { seriesRecords } from "../schema/series-records.js";
import { omittedLastCell } from "../schema/omitted-last-cell.js";
import { inferredNames, schemaNamesAdjustedHeader } from "../schema/adjusted-names.js";
import { inferSchema, INFER_SAMPLE_ROWS } from "../schema/index.js";
import { nowMs } from "../clock.js";

/** Characters of decoded text the dialect sniffer sees. */
const DIALECT_SAMPLE_CHARS = 1024 * 1024;
/** Blank lines held at the start of a file with a header before deciding it has no header line at all. */
const MAX_LEADING_BLANK = 10_000;

/** Hooks a caller can give to see each record's verdict (quarantine files) as the file streams. */
export interface RecordSink {
  onHeader?(header: Header, rec: ParsedRecord | null): void;
  /** Called once per data record, in order, with whether it holds an error and its codes. */
  onRecord?(rec: ParsedRecord, row: number, invalid: boolean, codes: DefectCode[]): void;
  /** A promise while the sink's output is backed up; the pipeline awaits it between batches (backpressure). */
  drained?(): Promise<void> | null;
  end?(): Promise<void> | void;
}

/** Thrown inside the stream to stop reading (--stop-after, abort). */
class StopReading extends Error {}

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

/** Whether a split (and the checks) may take the header as it stands: no adjusted reading is what the schema names. */
function namesAgree(header: Header, schema: CompiledSchema): boolean {
  return !header.present || !schemaNamesAdjustedHeader(header.names, schema);
}

async function validateOne(source: ByteSource, ro: ResolvedOptions, sink: RecordSink, splitting: { pool: SplitWorkers; split: typeof import("./split.js") } | null): Promise<FileReport> {
  const pool = splitting?.pool ?? null;
  const t0 = nowMs();
  const file = new FileCollector(source.uri, ro);
  const raw = { read: 0, hash: createHash("sha256") };
  const dz: DecompressStatus = { gzip: false, compressedBytes: 0, bytes: 0, limitHit: null };
  let encoding: EncodingDecision | null = null;
  let dialect: Dialect | null = null;
  let header: Header | null = null;
  let schema: CompiledSchema | null = ro.schema;
  let partial = false;
  let completed = false;
  let rows = 0;
  /** Column sketches when profiling (ro.profile), handed out beside the report. */
  const profile: ColumnProfile[] = [];
  let lastProgress = 0;
  /** Bytes the parts have validated, when the file is split (raw.read is then the hashing's). */
  let splitBytes: number | null = null;
  /** Rows the parts have checked, when the file is split (`rows` is set only once they are merged). */
  let splitRows: number | null = null;
  let splitInfo: { parts: number; reread: number } | null = null;
  let skipped: SkippedLines | null = null; // lines skipped whole (comments, preamble), counted by the tokenizer
  let unitsLines = 0; // the units row under the header (dialect unitsRow), counted with the preamble
  const progress = () => {
    if (!ro.onProgress) return;
    const now = nowMs();
    if (now - lastProgress < 100) return;
    lastProgress = now;
    ro.onProgress({ source: source.uri, bytesRead: splitBytes ?? raw.read, bytesTotal: source.size, rows: splitRows ?? rows });
  };

  try {
    const bytes = maybeGunzip(tap(source.open(ro.signal ?? undefined), raw, progress), dz, ro.decompression);
    const enc = await sniffEncoding(bytes, { forced: ro.encoding });
    encoding = enc.decision;
    // why drift goes quiet here too: text the bytes say is misread drifts in every column
    if (enc.contradicted) { file.fileDefect(forcedMismatch(enc.contradicted, encoding.name)); file.encodingChanged = true; }
    // why read anyway below error: `--rule binary-file=off` (or warning) must not turn a file whose records were never
    // read into "OK, 0 rows"; the user said it is text, so it is read as text (its NULs become nul-byte defects)
    const readAnyway = enc.binary !== null && ro.rules["binary-file"] !== undefined && ro.rules["binary-file"] !== "error";
    if (enc.binary && !readAnyway) {
      file.fileDefect({ code: "binary-file", row: null, line: null, params: { kind: enc.binary } });
      await drain(enc.bytes);
      completed = true;
    } else {
      if (enc.binary) file.fileDefect({ code: "binary-file", row: null, line: null, params: { kind: enc.binary, readAsText: true } });
      for (const d of encodingNotes(enc)) file.fileDefect(d);
      const encodingChange = ro.baseline ? encodingAgainstBaseline(encoding, ro.baseline) : null;
      // why drift goes quiet: text read in another encoding than the baseline's drifts in every column
      if (encodingChange) { file.fileDefect(encodingChange); file.encodingChanged = true; }
      const text = decode(enc.bytes, encoding);
      // dialect: sniff on the first characters, then replay them into the parser
      const it = text[Symbol.asyncIterator]();
      const head: TextChunk[] = [];
      let sampled = 0;
      let complete = false;
      while (sampled < DIALECT_SAMPLE_CHARS) {
        const r = await it.next();
        if (r.done) { complete = true; break; }
        head.push(r.value);
        sampled += r.value.text.length;
      }
      let sample = head.map((c) => c.text).join("").slice(0, DIALECT_SAMPLE_CHARS);
      if (dz.bytes === 0 && sample.length === 0) {
        file.fileDefect({ code: "empty-file", row: null, line: null, params: { bytes: 0 } });
        completed = true;
      } else {
        dialect = sniffDialect(sample, complete, {
          delimiter: ro.delimiter, quote: ro.quote, header: ro.header, skipRows: ro.skipRows, comment: ro.comment,
          paddedCells: ro.paddedCells, unitsRow: ro.unitsRow, fields: ro.schema?.fields.length ?? null,
        });
        // why: a sniffed preamble is never skipped silently; the option that keeps or undoes the reading is named
        if (dialect.skipRows > 0 && ro.skipRows === null) file.fileDefect({ code: "preamble-skipped", row: null, line: 1, params: { lines: dialect.skipRows } });
        if (dialect.trailerLine) file.fileDefect({ code: "trailer-skipped", row: null, line: dialect.trailerLine, value: trailerText(sample, dialect.trailerLine, dialect.trailerKeys, dialect.comment), ...(dialect.trailerKeys ? { params: { keys: dialect.trailerKeys } } : dialect.trailerEnd ? { params: { end: true } } : {}) });
        // why: a note cut from a row is never silent when it could be the row's text (see inline-values.ts)
        if (dialect.inlineValues) file.fileDefect({ code: "inline-notes-cut", row: null, line: dialect.inlineValues.line, value: dialect.inlineValues.value, params: { lines: dialect.inlineValues.lines, comment: dialect.comment } });
        if (dialect.uncertain) file.fileDefect({ code: "dialect-uncertain", row: null, line: null, params: { chosen: describeDialect(dialect), alternative: dialect.alternative ? describeDialect({ ...dialect, ...dialect.alternative }).replace(/, (no )?header$/, "") : undefined } });
        if (ro.baseline && !dialect.uncertain) for (const c of dialectAgainstBaseline(dialect, { delimiter: ro.delimiter !== null, header: ro.header !== null }, ro.baseline)) file.fileDefect(c);
        // why not split with padded cells: the parts' tokenizers would read the padding the one pass skips
        const fromSample = splitting && !dz.gzip && schema && !dialect.paddedCells && !dialect.unitsRow && !dialect.spacedRows && !dialect.groupTitles && !dialect.trailerLine ? splitting.split.headerFromSample(sample, dialect, encoding, ro) : null;
        const splitHeader = fromSample && namesAgree(fromSample, schema!) ? fromSample : null;
        const splitChecks = splitHeader ? createChecks(schema!, splitHeader, file, encoding, ro) : null;
        if (pool && splitHeader && splitChecks && !splitChecks.some((c) => c.sequential)) {
          // a large file: its parts are read by the workers; this thread merges them and hashes the bytes
          await it.return?.(undefined);
          // why: this thread only merges from here on, so V8 would leave the samples resident for the whole file
          head.length = 0;
          sample = "";
          (await import("./heap.js")).collectGarbage();
          header = splitHeader;
          file.columns = splitHeader.names;
          for (const c of splitChecks) c.onHeader?.();
          raw.read = 0;
          raw.hash = createHash("sha256");
          const r = await splitting!.split.validateSplit({
            source, ro, pool, encoding, dialect, header: splitHeader, file, checks: splitChecks, raw,
            onProgress: (n, r) => { splitBytes = n; splitRows = r; progress(); },
          });
          rows = r.rows;
          skipped = r.skipped;
          splitInfo = { parts: r.parts, reread: r.reread };
          if (r.aborted) partial = true;
          else {
            endChecks(splitChecks, rows, file, ro);
          }
          completed = true;
        } else {
          // why close now: the workers would sit idle, holding their heaps, for the whole of this file
          await pool?.close();
          const bl = byteLengthOf("", encoding) === null ? null : (s: string) => byteLengthOf(s, encoding!);
          const parseOpts = {
            ...dialectParseOptions(dialect), maxRecordChars: ro.maxRecordChars, byteLength: bl,
            asciiIsOneByte: !/^utf-(16|32)/.test(encoding.name),
            // why: records reach the loop below one at a time and are checked at once; it copies those it keeps (keep)
            reuseRecords: true,
          };

          // --- the record loop
          let checks: CheckInstance[] = [];
          let pending: ParsedRecord[] | null = null; // records buffered for schema inference
          let headerRecord: ParsedRecord | null = null;
          const start = (names: string[], headerRec: ParsedRecord | null) => {
            if (names.length > ro.maxColumns) {
              // why: per-column state is several KB, so a header of a million columns would exhaust memory; it is
              // treated like a record too large to read (no columns), and each record is then row-extra-cells
              file.fileDefect({ code: "row-too-large", row: null, line: headerRec ? headerRec.line : null, byteOffset: headerRec?.byteOffset ?? null,
                message: `the ${headerRec ? "header" : "first record"} has ${names.length} columns, more than the limit of ${ro.maxColumns}; the file is checked without columns` });
              names = [];
            }
            const copyKey = headerRec && names.length ? headerCopyKey(headerRec.cells) : undefined;
            header = { names, line: headerRec ? headerRec.line : null, present: headerRec !== null, ...(copyKey ? { copyKey } : {}) };
            headerRecord = headerRec;
            file.columns = names;
            if (headerRec?.defects) for (const d of headerRec.defects) file.fileDefect({ ...d, row: null });
          };
          // why: a copy of the header among the sampled records (header-repeated) is not data: it must not vote on
          // the columns' types (a number column read as text hid its type errors) nor on the header's adjustments
          const sampleRows = (): ParsedRecord[] => {
            const key = header?.copyKey;
            return key ? withoutCopies(pending ?? [], key, header?.unitsKey) : pending ?? [];
          };
          // without a schema, an R or pandas row-names column is named and reported once (not an error per row)
          /** The file read headerless at `width` columns named by position: a header line read becomes the first record. */
          const readHeaderless = (width: number, kind: { recordWidths?: Record<string, number>; stacked?: true; series?: true }): CompiledSchema => {
            const names = Array.from({ length: width }, (_, i) => `field${i + 1}`);
            if (header!.present && headerRecord) (pending ??= []).unshift(headerRecord);
            header = { names, line: null, present: false, ...kind };
            file.columns = names;
            return inferSchema(names, []);
          };
          // without a schema, a header/detail layout is read headerless, each record type with its own width
          const adoptRecordTypes = (): CompiledSchema | null => {
            const rt = recordTypes(header!.present ? headerRecord?.cells ?? null : null, sampleRows());
            if (!rt) return null;
            file.fileDefect({ code: "record-types", row: null, line: null, params: { types: describeRecordTypes(rt) } });
            return readHeaderless(Math.max(...Object.values(rt.widths)), { recordWidths: rt.widths });
          };
          // without a schema, tables stacked under `#` header lines of their own are read as one headerless table, said once
          const adoptStackedTables = (): CompiledSchema | null => {
            const st = header!.present && headerRecord ? stackedTables(headerRecord.cells, sampleRows()) : null;
            if (!st) return null;
            file.fileDefect({ code: "stacked-tables", row: null, line: null, params: { tables: st.lines.length + 1, lines: [headerRecord!.line, ...st.lines].slice(0, 5).join(", ") + (st.lines.length > 4 ? " …" : "") } });
            // why the widest header line, not the widest record: a record wider than every table's names holds cells
            // no table names, and row-cells must report them rather than take them in silently
            return readHeaderless(st.width, { stacked: true });
          };
          // without a schema, headerless series of varying length (a label, then numbers) are read so, said once
          const adoptSeriesRecords = (): CompiledSchema | null => {
            const sr = header!.present ? null : seriesRecords(sampleRows());
            if (!sr) return null;
            file.fileDefect({ code: "series-records", row: null, line: null, params: { ...sr } });
            return readHeaderless(sr.most, { series: true });
          };
          /** What the header becomes without a schema: a trailing-delimiter column, empty spacer columns, an indented header, an optional last column, row names. */
          // whole: the sample holds every record of the file (it ended before INFER_SAMPLE_ROWS records)
          const adjustedNames = (whole: boolean) => {
            let names = header!.names;
            const trailing = header!.present ? trailingDelimiterColumn(names, sampleRows()) : null;
            if (trailing) names = trailing;
            const spacers = header!.present ? emptyBlankColumns(names, sampleRows(), whole) : null;
            if (spacers) names = spacers;
            const indented = header!.present ? indentedHeader(names, headerRecord?.quoted, sampleRows(), dialect!.delimiter, dialect!.whitespace) : null;
            if (indented) names = indented;
            const optional = header!.present ? null : optionalLastColumn(sampleRows());
            if (optional) names = Array.from({ length: optional }, (_, i) => `field${i + 1}`);
            // why after the other adjustments: the rows are measured against the names those leave
            const omitted = header!.present && omittedLastCell(names, sampleRows());
            const rn = header!.present ? rowNamesColumn(names, sampleRows(), dialect!.delimiter) : null;
            return { names: rn ? rn.names : names, optionalLast: optional !== null || omitted, rn };
          };
          const adoptRowNames = (a: ReturnType<typeof adjustedNames>) => {
            header = { ...header!, names: a.names, ...(a.optionalLast ? { optionalLast: true } : {}) };
            file.columns = a.names;
            const rn = a.rn;
            if (!rn) return;
            file.fileDefect({ code: "row-names-column", row: null, line: header.line, column: rn.column, columnIndex: 1, params: { kind: rn.kind, column: rn.column } });
          };
          // why before record types: one cell fewer in every record than in the header would read as a second record type
          const dropExtraName = (): boolean => {
            const names = dialect!.extraName && header!.present ? extraLastName(header!.names, sampleRows()) : null;
            if (names) { header = { ...header!, names }; file.columns = names; }
            return names !== null;
          };
          // why: a schema inferred from this file names the columns as the reading without a schema adjusted them (a
          // row-names column, a trailing delimiter, a header one name too long, record types); given back, it gets that
          // same reading instead of an error on every row. Only when the schema's names are exactly that reading's.
          const readAsSchemaNames = (want: string[], whole: boolean) => {
            const exact = (names: string[]) => names.length === want.length && names.every((n, i) => n === want[i]);
            // or as `infer` writes blank and repeated names (`field2`, `x_3`), which bind to their columns by position
            const same = (names: string[]) => exact(names) || exact(inferredNames(names));
            if (exact(header!.names)) return;
            const extra = dialect!.extraName ? extraLastName(header!.names, sampleRows()) : null;
            if (extra) { if (same(extra)) dropExtraName(); return; }
            const rt = recordTypes(headerRecord?.cells ?? null, sampleRows());
            if (rt) { if (same(Array.from({ length: Math.max(...Object.values(rt.widths)) }, (_, i) => `field${i + 1}`))) adoptRecordTypes(); return; }
            const a = adjustedNames(whole);
            if (same(a.names)) adoptRowNames(a);
          };
          const begin = (whole = false) => {
            if (!schema) schema = (dropExtraName() ? null : adoptRecordTypes() ?? adoptStackedTables() ?? adoptSeriesRecords()) ?? (adoptRowNames(adjustedNames(whole)), inferSchema(header!.names, sampleRows()));
            else if (header!.present) readAsSchemaNames(schema.fieldNames, whole);
            checks = createChecks(schema, header!, file, encoding!, ro);
            for (const c of checks) c.onHeader?.();
            // why here, not at the header line: without a schema the header may still change (record types make it a
            // row, a row-names column adds a name), and --clean/--rejects must get the one the rows are checked against
            sink.onHeader?.(header!, header!.present ? headerRecord : null);
          };
          const runRecord = (rec: ParsedRecord) => {
            const row = ++rows;
            const invalid = checkRecord(rec, row, file, checks, header!);
            sink.onRecord?.(rec, row, invalid, file.rowCodes);
            if (ro.stopAfter !== null && file.errors >= ro.stopAfter) throw new StopReading();
          };

          // why: the units under the header (`[-],[g/h]`) are part of it, not a row; counted with the preamble lines
          let unitsPending = dialect.unitsRow === true;
          const feed = (rec: ParsedRecord) => {
            if (header === null) {
              if (dialect!.header) { start(rec.skipped ? [] : headerNames(rec.cells, dialect!), keep(rec)); return; }
              start(headerlessNames(rec.cells.length, dialect!), null);
            }
            if (unitsPending && header!.present && !isBlank(rec)) {
              unitsPending = false;
              unitsLines++;
              // why plain words only: bracketed units (`[g/h]`) and RDB format rows say what they are; words are a guess
              if (unitWordsRow(rec.cells)) file.fileDefect({ code: "units-row-read", row: null, line: rec.line, value: rec.cells.join(dialect!.delimiter) });
              const unitsKey = header!.copyKey ? unitsCopyKey(rec.cells) : undefined;
              if (unitsKey) header = { ...header!, unitsKey };
              return;
            }
            if (pending !== null || (checks.length === 0 && (!schema || !namesAgree(header!, schema)))) {
              // without a schema (or with one whose names are not the header's): buffer a sample, infer or adjust the
              // header (readAsSchemaNames), then replay it through the checks
              pending ??= [];
              pending.push(keep(rec));
              if (pending.length >= INFER_SAMPLE_ROWS) { begin(); const p = pending; pending = null; for (const r of p) runRecord(r); }
              return;
            }
            if (checks.length === 0) begin();
            runRecord(rec);
          };
          let leadingBlank: ParsedRecord[] | null = [];

          /** Each record as the tokenizer reads it (parseInto). */
          const take = (read: ParsedRecord): void => {
            const padded = dialect!.paddedCells ? withoutPadding(read) : read;
            // why the cast: header is set inside feed(), which TypeScript does not follow
            const width = (header as Header | null)?.names.length;
            const rec = dialect!.spacedRows && width !== undefined ? respaced(padded, width) : padded;
            if (header === null && leadingBlank !== null && !rec.skipped && isBlank(rec) && leadingBlank.length < MAX_LEADING_BLANK) {
              // why: a file of blank lines only has no header line (empty-file); held until a non-blank record shows
              leadingBlank.push(keep(rec));
              return;
            }
            if (leadingBlank !== null && leadingBlank.length && header === null) {
              // why: blank lines before the first record (after a comment block, say) are blank rows; the first
              // non-blank record is the header, or gives a headerless file its width (a blank one gave 1 column)
              const held = leadingBlank;
              leadingBlank = null;
              if (dialect!.header) { start(rec.skipped ? [] : headerNames(rec.cells, dialect!), keep(rec)); for (const r of held) feed(r); return; }
              start(headerlessNames(rec.cells.length, dialect!), null);
              for (const r of held) feed(r);
            }
            leadingBlank = null;
            feed(rec);
          };

          try {
            if (ro.signal?.aborted) throw new StopReading();
            for await (const _ of parseInto(replay(head, it), parseOpts, { push: take }, (live) => { skipped = live; })) {
              // why: without waiting, a disk slower than validation would let --clean/--rejects buffer the whole file in memory
              const backedUp = sink.drained?.();
              if (backedUp) await backedUp;
              progress();
              if (ro.signal?.aborted) throw new StopReading();
            }
            // why: a headerless file of blank records only (`,,` lines) is that many rows, as before the hold
            if (header === null && !dialect.header && leadingBlank !== null && leadingBlank.length) { const held = leadingBlank; leadingBlank = null; for (const r of held) feed(r); }
            if (header === null) {
              file.fileDefect({ code: "empty-file", row: null, line: null, params: { bytes: dz.bytes } });
            } else {
              if (pending !== null || checks.length === 0) { begin(true); const p = pending ?? []; pending = null; for (const r of p) runRecord(r); }
              endChecks(checks, rows, file, ro);
              if (ro.profile) for (const c of checks) if (c.profile) profile.push(...c.profile());
            }
            if (dz.limitHit) {
              partial = true;
              file.fileDefect({ code: "decompression-limit", row: null, line: null, params: { limit: dz.limitHit, bytes: dz.bytes } });
            }
            completed = true;
          } catch (e) {
            if (!(e instanceof StopReading)) throw e;
            partial = true;
            completed = true;
          }
        }
      }
    }
  } catch (e) {
    if (e instanceof IngestError && e.code !== "input" && e.code !== "input-transient") throw e;
    partial = true;
    const merged = (e as { rowsMerged?: unknown } | null)?.rowsMerged;
    if (typeof merged === "number") rows = merged; // a split file: the rows of the parts merged before the failure
    const transient = e instanceof IngestError && e.code === "input-transient";
    file.fileDefect({ code: "source-error", row: null, line: null, params: { reason: readReason(e, dz), transient } });
    file.transient = transient;
  }
  if (completed && !partial && !file.hasSourceError && source.size !== null && raw.read < source.size) {
    // why: a stream that ends early without an error (a dropped connection, a file cut while read) would
    // otherwise pass as a shorter success; the size known before reading tells
    const transient = /^[a-z][a-z0-9+.-]*:\/\//i.test(source.uri);
    partial = true;
    file.fileDefect({ code: "source-error", row: null, line: null, params: { reason: `the input ended after ${raw.read} of its ${source.size} bytes`, transient } });
    file.transient = transient;
  }
  if (!completed && !file.hasSourceError) partial = true;
  await sink.end?.();

  const d = dialect as Dialect | null;
  const s = schema as CompiledSchema | null;
  const tally = skipped as SkippedLines | null;
  const withUnits = unitsLines > 0 ? { comments: tally?.comments ?? 0, preamble: (tally?.preamble ?? 0) + unitsLines, dataLike: tally?.dataLike ?? new Map<number, number>(), inlineValues: tally?.inlineValues } : tally;
  const lines = reportSkippedLines(withUnits, file.columns.length, d?.comment && ro.comment === null ? d.comment : null, file, d);
  const report: FileReport = {
    source: source.uri,
    bytes: dz.gzip ? dz.bytes : raw.read,
    sha256: file.hasSourceError ? null : raw.hash.digest("hex"),
    encoding: encoding ? { name: encoding.name, confidence: encoding.confidence, bom: encoding.bom, how: encoding.how, ...(encoding.ascii ? { ascii: true } : {}) } : null,
    dialect: d ? dialectReport(d) : null,
    columns: file.columns,
    ...(s && s.inferred ? { schema: s.descriptor } : {}),
    rows: { total: rows, valid: rows - file.invalidRows, invalid: file.invalidRows },
    ...(lines ? { lines } : {}),
    byCode: file.byCode,
    defects: file.defects,
    defectsTruncated: file.truncated,
    errors: file.errors,
    warnings: file.warnings,
    ...(partial ? { partial: true } : {}),
    durationMs: Math.round(nowMs() - t0),
    ...(file.stats ? { stats: file.stats } : {}),
  };
  Object.defineProperty(report, "transient", { value: file.transient, enumerable: false });
  // why not a report field: the profile is not part of the JSON report (SPEC §4); profile() reads it from here
  if (ro.profile) Object.defineProperty(report, "profile", { value: profile, enumerable: false });
  // why not a report field: how a file was read is not part of its verdict; tests and the log read it
  if (splitInfo) Object.defineProperty(report, "split", { value: splitInfo, enumerable: false });
  return report;
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

/** The record itself, or a copy of it when the tokenizer fills it again at the next line (a LineRecord: see parseInto). */
function keep(rec: ParsedRecord): ParsedRecord {
  return rec instanceof LineRecord ? rec.copy() : rec;
}

/**
 * The record with the spaces around its unquoted cells skipped (the dialect's paddedCells; `alias = name` is padded
 * on both sides of the delimiter), as a plain record. why plain: a LineRecord's checks read its cells as ranges of the line, which would keep the padding.
 */
function withoutPadding(rec: ParsedRecord): ParsedRecord {
  const q = rec.quoted;
  return {
    index: rec.index, line: rec.line, endLine: rec.endLine, byteOffset: rec.byteOffset,
    cells: rec.cells.map((c, i) => (q?.[i] ? c : c.trim())),
    quoted: q, defects: rec.defects, skipped: rec.skipped, replacement: rec.replacement,
  };
}

/** The text of the sample's 1-based line `n` (the trailer record), or of the `keys` key lines from it, for its warning. */
function trailerText(sample: string, n: number, keys = 1, comment: string | null = null): string {
  const kept = (l: string) => l.trim() !== "" && !(comment !== null && l.startsWith(comment));
  return sample.split(/\r\n|\n|\r/).slice(n - 1).filter(kept).slice(0, keys).join(" / ");
}

/**
 * The record read at its runs of spaces when it is short of the header and its cells split there into the header's
 * width exactly (the dialect's spacedRows: a line written with spaces for TABs); else the record as it is.
 */
function respaced(rec: ParsedRecord, width: number): ParsedRecord {
  if (rec.skipped || rec.cells.length >= width || rec.quoted?.some((q) => q)) return rec;
  const cells = rec.cells.flatMap(spacedCells);
  if (cells.length !== width) return rec;
  return { index: rec.index, line: rec.line, endLine: rec.endLine, byteOffset: rec.byteOffset, cells, quoted: null, defects: rec.defects, skipped: rec.skipped, replacement: rec.replacement };
}
