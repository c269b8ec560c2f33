// The record loop of a file read by one thread: its header, the schema inferred (or the header adjusted) on a sample of records, then every record through the checks.
import type { Dialect, EncodingDecision, ParsedRecord } from "../types.js";
import type { CheckInstance, Header } from "../checks/types.js";
import type { CompiledSchema } from "../schema/types.js";
import type { ResolvedOptions } from "./options.js";
import type { ColumnProfile } from "../profile/baseline.js";
import type { RecordSink } from "./validate.js";
import { headerNames, spacedCells } from "../dialect/index.js";
import { headerlessNames } from "../dialect/comment-header.js";
import { unitWordsRow } from "../dialect/unit-words.js";
import { LineRecord } from "../parse/line-record.js";
import { isBlank } from "../checks/structure/row-blank.js";
import { headerCopyKey, unitsCopyKey, withoutCopies } from "../checks/structure/header-repeated.js";
import { type FileCollector, createChecks, checkRecord, endChecks } from "./collector.js";
import { rowNamesColumn } from "../schema/row-names.js";
import { indentedHeader } from "../schema/indented-header.js";
import { emptyBlankColumns } from "../schema/empty-blank-column.js";
import { trailingDelimiterColumn, extraLastName, optionalLastColumn } from "../schema/trailing-column.js";
import { optionalLastBesideLoneWide } from "../schema/lone-wide-record.js";
import { recordTypes, describeRecordTypes } from "../schema/record-types.js";
import { stackedTables } from "../schema/stacked-tables.js";
import { seriesRecords } from "../schema/series-records.js";
import { omittedLastCell } from "../schema/omitted-last-cell.js";
import { inferredNames, schemaNamesAdjustedHeader } from "../schema/adjusted-names.js";
import { inferSchema, INFER_SAMPLE_ROWS } from "../schema/index.js";

/** Blank lines held at the start of a file with a header before deciding it has no header line at all. */
const MAX_LEADING_BLANK = 10_000;

/** Thrown inside the stream to stop reading (--stop-after, abort). */
export class StopReading extends Error {}

/** Whether a split (and the checks) may take the header as it stands: no adjusted reading is what the schema names. */
export function namesAgree(header: Header, schema: CompiledSchema): boolean {
  return !header.present || !schemaNamesAdjustedHeader(header.names, schema);
}

/** What the header becomes without a schema (adjustedNames). */
interface AdjustedNames { names: string[]; optionalLast: boolean; rn: ReturnType<typeof rowNamesColumn> }

/** Takes each record the tokenizer reads (`take`), sets the header and schema up on the first ones, and checks the rest. */
export class RecordLoop {
  header: Header | null = null;
  rows = 0;
  /** The units row under the header (dialect unitsRow), counted with the preamble lines. */
  unitsLines = 0;
  private checks: CheckInstance[] = [];
  /** Records buffered for schema inference, or for adjusting the header to a schema's names. */
  private pending: ParsedRecord[] | null = null;
  private headerRecord: ParsedRecord | null = null;
  // why: the units under the header (`[-],[g/h]`) are part of it, not a row
  private unitsPending: boolean;
  /** Blank records before the first non-blank one, held (take). */
  private leadingBlank: ParsedRecord[] | null = [];

  constructor(
    private readonly file: FileCollector, private readonly ro: ResolvedOptions, private readonly sink: RecordSink,
    private readonly dialect: Dialect, private readonly encoding: EncodingDecision, public schema: CompiledSchema | null,
  ) {
    this.unitsPending = dialect.unitsRow === true;
  }

  /** Each record as the tokenizer reads it (parseInto). */
  readonly take = (read: ParsedRecord): void => {
    const padded = this.dialect.paddedCells ? withoutPadding(read) : read;
    const width = this.header?.names.length;
    const rec = this.dialect.spacedRows && width !== undefined ? respaced(padded, width) : padded;
    const held = this.leadingBlank;
    if (this.header === null && held !== null && !rec.skipped && isBlank(rec) && held.length < MAX_LEADING_BLANK) {
      // why: a file of blank lines only has no header line (empty-file); held until a non-blank record shows
      held.push(keep(rec));
      return;
    }
    this.leadingBlank = null;
    if (held !== null && held.length && this.header === null) {
      // why: blank lines before the first record (after a comment block, say) are blank rows; the first
      // non-blank record is the header, or gives a headerless file its width (a blank one gave 1 column)
      if (this.dialect.header) { this.start(rec.skipped ? [] : headerNames(rec.cells, this.dialect), keep(rec)); for (const r of held) this.feed(r); return; }
      this.start(headerlessNames(rec.cells.length, this.dialect), null);
      for (const r of held) this.feed(r);
    }
    this.feed(rec);
  };

  /** After the last record: a headerless file of blank records, an empty file, the sample still buffered, the checks' ends. */
  finish(bytes: number, profile: ColumnProfile[]): void {
    const held = this.leadingBlank;
    // why: a headerless file of blank records only (`,,` lines) is that many rows, as before the hold
    if (this.header === null && !this.dialect.header && held !== null && held.length) { this.leadingBlank = null; for (const r of held) this.feed(r); }
    if (this.header === null) {
      this.file.fileDefect({ code: "empty-file", row: null, line: null, params: { bytes } });
      return;
    }
    if (this.pending !== null || this.checks.length === 0) this.replayPending(true);
    endChecks(this.checks, this.rows, this.file, this.ro);
    if (this.ro.profile) for (const c of this.checks) if (c.profile) profile.push(...c.profile());
  }

  private feed(rec: ParsedRecord): void {
    if (this.header === null) {
      if (this.dialect.header) { this.start(rec.skipped ? [] : headerNames(rec.cells, this.dialect), keep(rec)); return; }
      this.start(headerlessNames(rec.cells.length, this.dialect), null);
    }
    if (this.unitsPending && this.header!.present && !isBlank(rec)) return this.takeUnits(rec);
    if (this.pending !== null || (this.checks.length === 0 && (!this.schema || !namesAgree(this.header!, this.schema)))) {
      // without a schema (or with one whose names are not the header's): buffer a sample, infer or adjust the
      // header (readAsSchemaNames), then replay it through the checks
      (this.pending ??= []).push(keep(rec));
      if (this.pending.length >= INFER_SAMPLE_ROWS) this.replayPending(false);
      return;
    }
    if (this.checks.length === 0) this.begin();
    this.runRecord(rec);
  }

  private runRecord(rec: ParsedRecord): void {
    const row = ++this.rows;
    const invalid = checkRecord(rec, row, this.file, this.checks, this.header!);
    this.sink.onRecord?.(rec, row, invalid, this.file.rowCodes);
    if (this.ro.stopAfter !== null && this.file.errors >= this.ro.stopAfter) throw new StopReading();
  }

  /** Sets the schema and checks up (begin), then checks the records buffered for it. */
  private replayPending(whole: boolean): void {
    this.begin(whole);
    const p = this.pending ?? [];
    this.pending = null;
    for (const r of p) this.runRecord(r);
  }

  /** The units row under the header: counted with the preamble, warned when its units are plain words. */
  private takeUnits(rec: ParsedRecord): void {
    this.unitsPending = false;
    this.unitsLines++;
    // why plain words only: bracketed units (`[g/h]`) and RDB format rows say what they are; words are a guess
    if (unitWordsRow(rec.cells)) this.file.fileDefect({ code: "units-row-read", row: null, line: rec.line, value: rec.cells.join(this.dialect.delimiter) });
    const unitsKey = this.header!.copyKey ? unitsCopyKey(rec.cells) : undefined;
    if (unitsKey) this.header = { ...this.header!, unitsKey };
  }

  private start(names: string[], headerRec: ParsedRecord | null): void {
    if (names.length > this.ro.maxColumns) {
      // why: per-column state is several KB, so a header of a million columns would exhaust memory; it is
      // treated like a record too large to read (no columns), and each record is then row-extra-cells
      this.file.fileDefect({ code: "row-too-large", row: null, line: headerRec ? headerRec.line : null, byteOffset: headerRec?.byteOffset ?? null,
        message: `the ${headerRec ? "header" : "first record"} has ${names.length} columns, more than the limit of ${this.ro.maxColumns}; the file is checked without columns` });
      names = [];
    }
    const copyKey = headerRec && names.length ? headerCopyKey(headerRec.cells) : undefined;
    this.header = { names, line: headerRec ? headerRec.line : null, present: headerRec !== null, ...(copyKey ? { copyKey } : {}) };
    this.headerRecord = headerRec;
    this.file.columns = names;
    if (headerRec?.defects) for (const d of headerRec.defects) this.file.fileDefect({ ...d, row: null });
  }

  private begin(whole = false): void {
    if (!this.schema) this.schema = this.adoptedLayout() ?? (this.adoptRowNames(this.adjustedNames(whole)), inferSchema(this.header!.names, this.sampleRows()));
    else if (this.header!.present) this.readAsSchemaNames(this.schema.fieldNames, whole);
    this.checks = createChecks(this.schema, this.header!, this.file, this.encoding, this.ro);
    for (const c of this.checks) c.onHeader?.();
    // why here, not at the header line: without a schema the header may still change (record types make it a
    // row, a row-names column adds a name), and --clean/--rejects must get the one the rows are checked against
    this.sink.onHeader?.(this.header!, this.header!.present ? this.headerRecord : null);
  }

  /** Without a schema: a header one name too long, record types, stacked tables or series, each read its own way. */
  private adoptedLayout(): CompiledSchema | null {
    if (this.dropExtraName()) return null;
    return this.adoptRecordTypes() ?? this.adoptStackedTables() ?? this.adoptSeriesRecords();
  }

  // why: a copy of the header among the sampled records (header-repeated) is not data: it must not vote on
  // the columns' types (a number column read as text hid its type errors) nor on the header's adjustments
  private sampleRows(): ParsedRecord[] {
    const key = this.header?.copyKey;
    return key ? withoutCopies(this.pending ?? [], key, this.header?.unitsKey) : this.pending ?? [];
  }

  /** The file read headerless at `width` columns named by position: a header line read becomes the first record. */
  private readHeaderless(width: number, kind: { recordWidths?: Record<string, number>; stacked?: true; series?: true }): CompiledSchema {
    const names = Array.from({ length: width }, (_, i) => `field${i + 1}`);
    if (this.header!.present && this.headerRecord) (this.pending ??= []).unshift(this.headerRecord);
    this.header = { names, line: null, present: false, ...kind };
    this.file.columns = names;
    return inferSchema(names, []);
  }

  /** Without a schema, a header/detail layout is read headerless, each record type with its own width. */
  private adoptRecordTypes(): CompiledSchema | null {
    const rt = recordTypes(this.header!.present ? this.headerRecord?.cells ?? null : null, this.sampleRows());
    if (!rt) return null;
    this.file.fileDefect({ code: "record-types", row: null, line: null, params: { types: describeRecordTypes(rt) } });
    return this.readHeaderless(Math.max(...Object.values(rt.widths)), { recordWidths: rt.widths });
  }

  /** Without a schema, tables stacked under `#` header lines of their own are read as one headerless table, said once. */
  private adoptStackedTables(): CompiledSchema | null {
    const first = this.header!.present ? this.headerRecord : null;
    const st = first ? stackedTables(first.cells, this.sampleRows()) : null;
    if (!st || !first) return null;
    const lines = [first.line, ...st.lines].slice(0, 5).join(", ") + (st.lines.length > 4 ? " …" : "");
    this.file.fileDefect({ code: "stacked-tables", row: null, line: null, params: { tables: st.lines.length + 1, lines } });
    // why the widest header line, not the widest record: a record wider than every table's names holds cells
    // no table names, and row-cells must report them rather than take them in silently
    return this.readHeaderless(st.width, { stacked: true });
  }

  /** Without a schema, headerless series of varying length (a label, then numbers) are read so, said once. */
  private adoptSeriesRecords(): CompiledSchema | null {
    const sr = this.header!.present ? null : seriesRecords(this.sampleRows());
    if (!sr) return null;
    this.file.fileDefect({ code: "series-records", row: null, line: null, params: { ...sr } });
    return this.readHeaderless(sr.most, { series: true });
  }

  /**
   * What the header becomes without a schema: a trailing-delimiter column, empty spacer columns, an indented header, an
   * optional last column, row names. `whole`: the sample holds every record of the file (it ended before INFER_SAMPLE_ROWS).
   */
  private adjustedNames(whole: boolean): AdjustedNames {
    const present = this.header!.present;
    const rows = this.sampleRows();
    let names = this.header!.names;
    names = (present ? trailingDelimiterColumn(names, rows) : null) ?? names;
    names = (present ? emptyBlankColumns(names, rows, whole) : null) ?? names;
    names = (present ? indentedHeader(names, this.headerRecord?.quoted, rows, this.dialect.delimiter, this.dialect.whitespace) : null) ?? names;
    const optional = present ? null : optionalLastColumn(rows) ?? optionalLastBesideLoneWide(rows);
    if (optional) names = Array.from({ length: optional }, (_, i) => `field${i + 1}`);
    // why after the other adjustments: the rows are measured against the names those leave
    const omitted = present && omittedLastCell(names, rows);
    const rn = present ? rowNamesColumn(names, rows, this.dialect.delimiter) : null;
    return { names: rn ? rn.names : names, optionalLast: optional !== null || omitted, rn };
  }

  private adoptRowNames(a: AdjustedNames): void {
    this.header = { ...this.header!, names: a.names, ...(a.optionalLast ? { optionalLast: true } : {}) };
    this.file.columns = a.names;
    const rn = a.rn;
    if (!rn) return;
    this.file.fileDefect({ code: "row-names-column", row: null, line: this.header.line, column: rn.column, columnIndex: 1, params: { kind: rn.kind, column: rn.column } });
  }

  // why before record types: one cell fewer in every record than in the header would read as a second record type
  private dropExtraName(): boolean {
    const names = this.dialect.extraName && this.header!.present ? extraLastName(this.header!.names, this.sampleRows()) : null;
    if (names) { this.header = { ...this.header!, names }; this.file.columns = names; }
    return names !== null;
  }

  // why: a schema inferred from this file names the columns as the reading without a schema adjusted them (a
  // row-names column, a trailing delimiter, a header one name too long, record types); given back, it gets that
  // same reading instead of an error on every row. Only when the schema's names are exactly that reading's.
  private readAsSchemaNames(want: string[], whole: boolean): void {
    const exact = (names: string[]) => names.length === want.length && names.every((n, i) => n === want[i]);
    // or as `infer` writes blank and repeated names (`field2`, `x_3`), which bind to their columns by position
    const same = (names: string[]) => exact(names) || exact(inferredNames(names));
    if (exact(this.header!.names)) return;
    const extra = this.dialect.extraName ? extraLastName(this.header!.names, this.sampleRows()) : null;
    if (extra) { if (same(extra)) this.dropExtraName(); return; }
    const rt = recordTypes(this.headerRecord?.cells ?? null, this.sampleRows());
    if (rt) { if (same(Array.from({ length: Math.max(...Object.values(rt.widths)) }, (_, i) => `field${i + 1}`))) this.adoptRecordTypes(); return; }
    const a = this.adjustedNames(whole);
    if (same(a.names)) this.adoptRowNames(a);
  }
}

/** The record itself, or a copy of it when the tokenizer fills it again at the next line (a LineRecord: see parseInto). */
export function keep(rec: ParsedRecord): ParsedRecord {
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
    quoted: q, defects: rec.defects, skipped: rec.skipped, replacement: rec.replacement, fffdWritten: rec.fffdWritten === true,
  };
}

/**
 * The record read at its runs of spaces when it is short of the header and its cells split there into the header's
 * width exactly (the dialect's spacedRows: a line written with spaces for TABs); else the record as it is.
 */
function respaced(rec: ParsedRecord, width: number): ParsedRecord {
  if (rec.skipped || rec.cells.length >= width || rec.quoted?.some((q) => q)) return rec;
  const cells = rec.cells.flatMap(spacedCells);
  if (cells.length !== width) return rec;
  return { index: rec.index, line: rec.line, endLine: rec.endLine, byteOffset: rec.byteOffset, cells, quoted: null, defects: rec.defects, skipped: rec.skipped, replacement: rec.replacement, fffdWritten: rec.fffdWritten === true };
}
