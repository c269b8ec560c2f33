// One file's defect bookkeeping (severity, counts, the capped list, row verdicts), the checks it runs, and the per-record step.
import type { ColumnStats, Defect, DefectDraft, EncodingDecision, ParsedRecord, Severity } from "../types.js";
import type { CheckInstance, Header, SeqDraft } from "../checks/types.js";
import type { CompiledSchema } from "../schema/types.js";
import type { ResolvedOptions } from "./options.js";
import { CATALOG, type DefectCode } from "../defects/catalog.js";
import { CHECKS } from "../checks/index.js";
import { isBlank, blankDefect } from "../checks/structure/row-blank.js";
import { isQuotedEmptyLine } from "../checks/structure/quoted-empty-line.js";
import { repeatsHeader, headerRepeatedDefect } from "../checks/structure/header-repeated.js";

const VALUE_MAX = 200;

/**
 * The value as a string of its own. why: a cell is a slice of the tokenizer's 64 KiB chunk, and V8 keeps the
 * whole chunk alive while a slice of it is held; a thousand kept defects held a thousand chunks (~60 MB).
 * JSON round-trips every string exactly, lone surrogates included.
 */
function own(v: string): string {
  return v.length < 13 ? v : (JSON.parse(JSON.stringify(v)) as string);
}

export function createChecks(schema: CompiledSchema, header: Header, file: FileCollector, encoding: EncodingDecision, ro: ResolvedOptions, part = false): CheckInstance[] {
  const out: CheckInstance[] = [];
  const ctx = {
    schema, header, report: (d: DefectDraft) => file.report(d), reported: () => file.reported,
    options: { collectStats: ro.stats, profile: ro.profile, baseline: file.encodingChanged ? null : ro.baseline, drift: ro.drift, part, foreignKeys: ro.foreignKeyTables },
    file: { source: file.source, encoding: encoding.name, utf8Rows: encoding.utf8Rows === true },
  };
  for (const m of CHECKS) {
    const inst = m.create(ctx);
    if (inst) out.push(inst);
  }
  return out;
}

/** Runs one data record through the file's checks (`row` is its 1-based number); returns whether it is invalid. */
export function checkRecord(rec: ParsedRecord, row: number, file: FileCollector, checks: CheckInstance[], header: Header): boolean {
  const names = header.names;
  file.beginRow(row, rec);
  // why line: rec.line: SPEC §4 gives a record's defects the line where the record starts (as its byteOffset
  // already does); the tokenizer notes where inside a multi-line record it saw a stray quote. Only
  // quote-unclosed keeps the line where its quote opened (SPEC §4).
  if (rec.defects) for (const d of rec.defects) file.report({ ...d, row, line: d.code === "quote-unclosed" ? d.line : rec.line, byteOffset: d.byteOffset ?? rec.byteOffset, column: d.columnIndex ? names[d.columnIndex - 1] ?? null : null });
  if (!rec.skipped) {
    if (isBlank(rec) || isQuotedEmptyLine(rec, names.length)) file.report(blankDefect(rec, row));
    else if (header.copyKey && repeatsHeader(rec, header.copyKey)) { file.report(headerRepeatedDefect(rec, row, header.line)); file.copyRow = row; }
    // why only right under a copy: there the units row is the copy's second line (`[s],[g/h]` per block), not data
    else if (header.unitsKey && file.copyRow === row - 1 && repeatsHeader(rec, header.unitsKey)) file.report(headerRepeatedDefect(rec, row, header.line, true));
    else for (let i = 0; i < checks.length; i++) checks[i].onRow?.(rec, row);
  }
  return file.endRow();
}

/** After the last record: the dataset-level decisions (onEnd) and the column figures for the report. */
export function endChecks(checks: CheckInstance[], rows: number, file: FileCollector, ro: ResolvedOptions): void {
  for (const c of checks) c.onEnd?.(rows);
  const stats: ColumnStats[] = [];
  for (const c of checks) if (c.stats) stats.push(...c.stats());
  if (ro.stats && stats.length) file.stats = stats;
}

/** What one part of a split file found (pipeline/part.ts), with rows and lines counted from the part's start. */
export interface PartCounts {
  invalidRows: number;
  byCode: Partial<Record<DefectCode, number>>;
  errors: number;
  warnings: number;
  /** The defects kept (row-level ones capped at --max-defects), as drafts: the whole file stamps them once numbered. */
  drafts: DefectDraft[];
  /** For each kept draft, how many defects the part reported before it (where a deferred defect goes among them). */
  keptSeq: number[];
  truncated: boolean;
}

/**
 * Stamps severity and message on each draft, counts by code, keeps the capped list, and decides
 * each row's verdict (a row is invalid when it has at least one error).
 *
 * In `drafts` mode (a part of a split file) the kept defects stay drafts: their rows and lines are only
 * known relative to the part until the parts before it are counted, and a message may quote the line.
 */
export class FileCollector {
  readonly source: string;
  private readonly ro: ResolvedOptions;
  columns: string[] = [];
  byCode: Partial<Record<DefectCode, number>> = {};
  defects: Defect[] = [];
  private rowDefectsKept = 0;
  truncated = false;
  invalidRows = 0;
  errors = 0;
  warnings = 0;
  hasSourceError = false;
  transient = false;
  /** The row of the last copy of the header (header-repeated), for a copy of the units row right under it. */
  copyRow = -1;
  /** The file's encoding differs from the baseline profile's: drift is not compared (`encoding-changed` says why). */
  encodingChanged = false;
  stats: ColumnStats[] | null = null;
  private row = 0;
  private rowInvalid = false;
  rowCodes: DefectCode[] = [];
  /** Drafts mode: the kept drafts, and where every draft goes as it is found (streamed defects). */
  readonly drafts: DefectDraft[] | null;
  private readonly onDraft: ((d: DefectDraft) => void) | null;
  /** Drafts mode: defects reported so far (not off), and the count before each kept draft. */
  reported = 0;
  private readonly keptSeq: number[] = [];

  constructor(source: string, ro: ResolvedOptions, drafts?: { onDraft: ((d: DefectDraft) => void) | null }) {
    this.source = source;
    this.ro = ro;
    this.drafts = drafts ? [] : null;
    this.onDraft = drafts?.onDraft ?? null;
  }

  beginRow(row: number, _rec: ParsedRecord): void {
    this.row = row;
    this.rowInvalid = false;
    // why not always a new array: the sink reads the codes at once, so an empty one serves the next row (clean rows allocate nothing)
    if (this.rowCodes.length !== 0) this.rowCodes = [];
  }

  endRow(): boolean {
    if (this.rowInvalid) this.invalidRows++;
    return this.rowInvalid;
  }

  fileDefect(d: DefectDraft): void {
    if (d.code === "source-error") this.hasSourceError = true;
    this.report(d);
  }

  private severity(d: DefectDraft): Severity | null {
    const level = this.ro.rules[d.code] ?? d.severity ?? CATALOG[d.code].severity;
    return level === "off" ? null : level;
  }

  /** The defect as reported: severity, message and a value cut to VALUE_MAX characters. */
  private stamp(d: DefectDraft, severity: Severity): Defect {
    const defect: Defect = {
      code: d.code,
      severity,
      row: d.row,
      line: d.line,
      byteOffset: d.byteOffset ?? null,
      column: d.column ?? null,
      columnIndex: d.columnIndex ?? null,
      value: d.value == null ? null : d.value.length > VALUE_MAX ? d.value.slice(0, VALUE_MAX) : d.value,
      message: d.message ?? CATALOG[d.code].message(d),
    };
    if (d.code === "unique" || d.firstRow != null) defect.firstRow = d.firstRow ?? null;
    return defect;
  }

  /** Whether to keep one more: --max-defects caps row-level entries only; file- and column-level ones are always kept. */
  private keeps(rowLevel: boolean): boolean {
    if (!rowLevel) return true;
    if (this.rowDefectsKept < this.ro.maxDefects) { this.rowDefectsKept++; return true; }
    this.truncated = true;
    return false;
  }

  report(d: DefectDraft): void {
    const severity = d.code === "source-error" ? "error" : this.severity(d);
    if (severity === null) return;
    this.byCode[d.code] = (this.byCode[d.code] ?? 0) + 1;
    if (severity === "error") this.errors++; else this.warnings++;
    if (d.row !== null && d.row === this.row) {
      if (severity === "error") this.rowInvalid = true;
      this.rowCodes.push(d.code);
    }
    if (this.drafts !== null) {
      // why cut here: a draft travels to the main thread; a 16 MB cell would travel with it
      const cut = d.value != null && d.value.length > VALUE_MAX ? { ...d, value: d.value.slice(0, VALUE_MAX) } : d;
      this.onDraft?.(cut);
      if (this.keeps(d.row !== null)) { this.drafts.push(cut.value == null ? cut : { ...cut, value: own(cut.value) }); this.keptSeq.push(this.reported); }
      this.reported++;
      return;
    }
    const defect = this.stamp(d, severity);
    this.ro.onDefect?.(defect, this.source);
    if (this.keeps(d.row !== null)) this.defects.push(defect.value === null ? defect : { ...defect, value: own(defect.value) });
  }

  /** The part's counts, for the whole file (drafts mode). */
  partCounts(): PartCounts {
    return { invalidRows: this.invalidRows, byCode: this.byCode, errors: this.errors, warnings: this.warnings, drafts: this.drafts ?? [], keptSeq: this.keptSeq, truncated: this.truncated };
  }

  /**
   * Adds a part's counts and kept defects, parts in file order. `shift` numbers a part's draft in the
   * whole file. Streamed defects (onDefect) are not sent from here: split.ts streams them as they come.
   * `deferred`: the part's defects found at the merge (checks' absorbDeferred), placed among its own;
   * `invalid`: the part's row verdicts (bit per part-relative row), which an error among them may turn.
   */
  absorbPart(part: PartCounts, shift: (d: DefectDraft) => DefectDraft, deferred: SeqDraft[] = [], invalid: Uint8Array | null = null): void {
    for (const [code, n] of Object.entries(part.byCode) as [DefectCode, number][]) this.byCode[code] = (this.byCode[code] ?? 0) + n;
    this.errors += part.errors;
    this.warnings += part.warnings;
    this.invalidRows += part.invalidRows;
    for (const { draft: d } of deferred) {
      const severity = this.severity(d);
      if (severity === null) continue;
      this.byCode[d.code] = (this.byCode[d.code] ?? 0) + 1;
      if (severity === "warning") { this.warnings++; continue; }
      this.errors++;
      const r = d.row - 1;
      if (invalid !== null && (invalid[r >> 3] & (1 << (r & 7))) === 0) { invalid[r >> 3] |= 1 << (r & 7); this.invalidRows++; }
    }
    const list = deferred.length ? interleave(part.drafts, (j) => part.keptSeq[j], deferred) : part.drafts;
    for (const d of list) {
      const severity = this.severity(d);
      if (severity !== null && this.keeps(d.row !== null)) this.defects.push(this.stamp(shift(d), severity));
    }
    if (part.truncated) this.truncated = true;
  }

  /** A part's draft numbered in the whole file, stamped (for streaming); null when its rule is off. */
  stampShifted(d: DefectDraft): Defect | null {
    const severity = this.severity(d);
    return severity === null ? null : this.stamp(d, severity);
  }
}

/** A part's drafts with its deferred ones placed where one pass reports them: each after the `seq` drafts of the part before it. */
export function interleave(list: DefectDraft[], seqOf: (j: number) => number, deferred: SeqDraft[]): DefectDraft[] {
  const out: DefectDraft[] = [];
  let k = 0;
  for (let j = 0; j < list.length; j++) {
    const seq = seqOf(j);
    while (k < deferred.length && deferred[k].seq <= seq) out.push(deferred[k++].draft);
    out.push(list[j]);
  }
  while (k < deferred.length) out.push(deferred[k++].draft);
  return out;
}

/** The checks' deferred defects for one part, merged in file order (rowBase: rows of the parts before it). */
export function deferredDrafts(checks: CheckInstance[], states: unknown[], rowBase: number, scale: number): SeqDraft[] {
  const lists: SeqDraft[][] = [];
  checks.forEach((c, i) => { if (c.absorbDeferred) lists.push(c.absorbDeferred(states[i], rowBase, scale)); });
  if (lists.length <= 1) return lists[0] ?? [];
  // why stable: within a row, the checks' defects keep the order the checks run in
  return lists.flat().sort((x, y) => x.seq - y.seq || x.draft.row - y.draft.row);
}
