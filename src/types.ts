// The data types that flow between the stages, and the shape of the report (SPEC section 4).
import type { DefectCode } from "./defects/catalog.js";

export type { DefectCode };
export type Severity = "error" | "warning";
export type RuleLevel = Severity | "off";
export type FailOn = "error" | "warning" | "none";

// ---------------------------------------------------------------- source

/** A readable input: a file, standard input, an object in a bucket, or bytes given by a caller. */
export interface ByteSource {
  /** What the user named, as it appears in the report's `source`. */
  uri: string;
  /** Size in bytes when known before reading (a file's stat, an object's Content-Length). */
  size: number | null;
  /** Modification time in ms (files) or null. */
  mtimeMs: number | null;
  /** An object store's ETag, or null. */
  etag: string | null;
  /** A local file path when the source is a file (lets --jobs hand it to a worker thread). */
  path?: string;
  /** Opens the raw bytes (still compressed). Called once per validation. */
  open(signal?: AbortSignal): AsyncIterable<Buffer>;
}

// ---------------------------------------------------------------- encoding

export type EncodingHow = "bom" | "utf16-pattern" | "utf8-valid" | "detected" | "forced" | "default";

export interface EncodingDecision {
  /** WHATWG-style lower-case label: utf-8, utf-16le, windows-1252, shift_jis … */
  name: string;
  confidence: number | null;
  bom: boolean;
  /** Bytes of BOM at byte 0 when `bom`: a BOM repeated there counts whole (absent: one BOM of the encoding). */
  bomBytes?: number;
  how: EncodingHow;
  /**
   * True when every byte read to decide (the whole file, or its first 8 MiB) was ASCII: any ASCII-based encoding then
   * reads it the same, so it is no change for a single-byte feed or baseline. Absent otherwise.
   */
  ascii?: boolean;
  /** True when detection was unsure enough to warn (`encoding-uncertain`). */
  uncertain: boolean;
  /** When uncertain: the runner-up encoding, and one value read both ways (for `encoding-uncertain`). */
  alternative?: string;
  /** When uncertain: every close reading, closest first (`alternative` is the first). */
  alternatives?: string[];
  example?: string;
  /** True when some values of a legacy file are UTF-8 text (rows from another tool): `encoding-error` names their cells. */
  utf8Rows?: boolean;
  /** A page the bytes are in that Node cannot decode (ISO-2022-KR, -CN): read as ASCII instead (`encoding-unsupported`). */
  unsupported?: string;
}

/**
 * Decoded text as it streams out of the decoder.
 * `byteStart` is the offset in the (decompressed) input of `text[0]`, or null once unknown.
 */
export interface TextChunk {
  text: string;
  byteStart: number | null;
  /** True when the text is known to be ASCII (its bytes were), so the tokenizer need not measure it; false or absent: unknown. */
  ascii?: boolean;
  /** Indexes in `text` of the U+FFFD written in the file (valid UTF-8 EF BF BD), not made of invalid bytes; absent: none. */
  fffdWritten?: number[];
}

// ---------------------------------------------------------------- dialect

export type DialectHow = "sniffed" | "forced" | "schema" | "default";

export interface Dialect {
  delimiter: string;
  /** null when no field in the sample is quoted (the parser still honours `"` then: see parse/); "" when quoting is off (`--quote ''`). */
  quote: string | null;
  /** An escape character other than a doubled quote (e.g. `\`), or null. */
  escape: string | null;
  /** "\r\n", "\n", "\r", or null when the sample holds no line break. */
  lineTerminator: string | null;
  header: boolean;
  /** Lines before the header (a preamble) to skip. */
  skipRows: number;
  /** Lines starting with this character are comments, or null. */
  comment: string | null;
  /** Whitespace-aligned columns (delimiter " "): a run of spaces (and TABs) is one delimiter, leading/trailing spaces none. */
  whitespace?: boolean;
  /** Fixed-width columns of a whitespace-aligned table: the character position where each column starts. */
  columns?: number[];
  /** TAB-aligned columns: a run of TABs is one delimiter (`name<TAB><TAB><TAB>value`), a run at a line's end none. */
  tabRuns?: boolean;
  /** Sniffed in a whole file: the 1-based line of a trailer record (`"all done",7,0,0`, a label and counts closing the file) or of a closing key block's first line; it and the lines below skipped and reported (`trailer-skipped`). Not in the report's dialect. */
  trailerLine?: number;
  /** Sniffed in a whole file: the trailer is a closing block of this many one-letter key lines (`B<TAB>0/0/0`), from trailerLine to the end. Not in the report's dialect. */
  trailerKeys?: number;
  /** The trailer line is an end mark closing the table (`#end`, `END`), not a label and counts (see end-line.ts). */
  trailerEnd?: boolean;
  /** Sniffed: a line's text after its first maxFields − 1 delimiters is its last cell (codes, then names holding spaces: `NWT Northwest Territories`). */
  maxFields?: number;
  /** The comment character also starts a comment after a tab or two spaces inside a line (`row<TAB># note`). */
  inlineComment?: boolean;
  /** With inlineComment: a single blank before the character starts the note (`; L # L&  [26] …`); else a TAB or two spaces must. */
  inlineSpace?: boolean;
  /** With inlineComment: the cells of most rows before their comment. An empty cell before a comment is kept up to this width (`3-247C<TAB><TAB># <reserved>`: the second cell is empty), dropped past it (a run of TABs aligning the note). Not in the report. */
  inlineWidth?: number;
  /** With inlineComment: the sample's lines whose cut note reads like a value (`Apt # B`, `Room  #4`), reported once (`inline-notes-cut`). Not in the report's dialect. */
  inlineValues?: { lines: number; line: number; value: string };
  /** With inlineComment: the lines the sniffer judged for inlineValues; the parser judges the cuts after them (so a value cut past the sample is said too). Not in the report. */
  inlineJudged?: number;
  /** Sniffed: the cells are padded with spaces (`0.10457; 115.149`, `alias = name`), so spaces around an unquoted cell are layout, not text (as Python csv's skipinitialspace, on both sides). */
  paddedCells?: boolean;
  /** Sniffed: a few lines of a TAB table are written with runs of spaces for TABs; a record short of the header that splits at its runs of spaces into the header's width is read so. */
  spacedRows?: boolean;
  /** Sniffed: the record right under the header holds the columns' units (`[-],[g/h]`); it is read as part of the header, not as data. */
  unitsRow?: boolean;
  /** Sniffed: the header's last name stands past the end of every row (`… radi end` above `… 1.850`): it names no column. Not in the report: the columns say it. */
  extraName?: boolean;
  /** Sniffed: the skipped row above the header holds group titles over names that repeat (`,Sales,,Costs,` over `region,Q1,Q2,Q1,Q2`): each column's title ("" where none), joined in front of its name (`Sales Q1`). */
  groupTitles?: string[];
  /** Sniffed: with header false, the names of a commented header on the file's first line (`# id name value`, notes under it), and that line (1-based); the columns take them. */
  commentNames?: { names: string[]; line: number };
  /** Sniffed: `"` stands in the sample but never quotes a field, so quote is "" (text everywhere, also at a cell start); the report says null (no field quoted). */
  quoteText?: boolean;
  /** Sniffed: a comma file's `"` stands as whole cells on its records (inch or ditto marks): such a `"` is text, other fields are quoted as ever (dialect/lone-quote-cells.ts). */
  loneQuotes?: boolean;
  how: DialectHow;
  /** True when two dialects explain the sample about equally well (`dialect-uncertain`). */
  uncertain: boolean;
  /** The runner-up when uncertain. */
  alternative?: { delimiter: string; quote: string | null } | null;
}

// ---------------------------------------------------------------- parse

/** One physical CSV record as the parser read it. */
export interface ParsedRecord {
  /** 0-based index of the record in the file, counting the header when there is one. */
  index: number;
  /** 1-based physical line on which the record starts. */
  line: number;
  /** 1-based physical line on which the record ends. */
  endLine: number;
  /** Byte offset of the record's first byte in the decompressed input, or null where unknown. */
  byteOffset: number | null;
  cells: string[];
  /** quoted[i] is true when cell i was quoted in the file (tells `""` from an empty field); null when no cell was. */
  quoted: boolean[] | null;
  /** Structural defects the parser found in this record (quote-stray, quote-unclosed, nul-byte, row-too-large). */
  defects: DefectDraft[] | null;
  /** True when the record was skipped unread (row-too-large): `cells` is empty. */
  skipped: boolean;
  /** True when the record's text holds U+FFFD, i.e. bytes the decoder could not read (`encoding-error`). */
  replacement: boolean;
  /**
   * True when `replacement` and every U+FFFD of the record was written in the file as the character (UTF-8 EF BF BD):
   * a character lost before the file was written, no invalid byte; absent: false. `encoding-error` tells the two apart.
   */
  fffdWritten?: boolean;
}

// ---------------------------------------------------------------- defects

/** A defect as a check reports it; the pipeline adds severity and message. */
export interface DefectDraft {
  code: DefectCode;
  /** 1-based data record number, null for file- and column-level defects. */
  row: number | null;
  line: number | null;
  byteOffset?: number | null;
  column?: string | null;
  columnIndex?: number | null;
  value?: string | null;
  /** For `unique`: the row of the first occurrence. */
  firstRow?: number | null;
  /** Values the catalogue's message template uses (e.g. `{ minimum: 0 }`). */
  params?: Record<string, unknown>;
  /** A message that replaces the template (zod refinements bring their own). */
  message?: string;
  /** A severity the schema sets for this field (overridden by --rule). */
  severity?: RuleLevel;
}

export interface Defect {
  code: DefectCode;
  severity: Severity;
  row: number | null;
  line: number | null;
  byteOffset: number | null;
  column: string | null;
  columnIndex: number | null;
  value: string | null;
  message: string;
  firstRow?: number | null;
}

// ---------------------------------------------------------------- report

export interface FileReport {
  source: string;
  bytes: number | null;
  sha256: string | null;
  encoding: Omit<EncodingDecision, "uncertain"> | null;
  dialect: {
    delimiter: string;
    quote: string | null;
    escape: string | null;
    lineTerminator: string | null;
    header: boolean;
    /** Lines skipped before the header (present when not 0). */
    skipRows?: number;
    /** The comment character in use, sniffed or forced (present when there is one). */
    comment?: string;
    /** True for whitespace-aligned columns (delimiter " ", runs of spaces as one delimiter). */
    whitespace?: boolean;
    /** Fixed-width whitespace-aligned columns: the character position (from 0) where each column starts. */
    columns?: number[];
    /** True when the comment character also ends rows inside lines, after a tab or two spaces. */
    inlineComment?: boolean;
    /** True when the spaces around each unquoted cell were skipped as padding (`a, 1, 2`). */
    paddedCells?: boolean;
    /** True when records short of the header were read at runs of spaces where their line had spaces for TABs. */
    spacedRows?: boolean;
    /** The most cells a line was read into: its text after the first maxFields − 1 delimiters is its last cell. */
    maxFields?: number;
    /** True when the record under the header was read as the columns' units (`[-],[g/h]`), not as data (counted in lines.preamble). */
    unitsRow?: boolean;
    /** True when the skipped row above the header held group titles, joined in front of the names that repeat under them (`Sales Q1`). */
    groupTitles?: boolean;
    how: DialectHow;
  } | null;
  columns: string[];
  /** The schema used, as Table Schema; present when it was inferred. */
  schema?: unknown;
  rows: { total: number; valid: number; invalid: number };
  /** Lines read but not as records: comment lines and preamble lines skipped (present when either is not 0). */
  lines?: { comments: number; preamble: number };
  byCode: Partial<Record<DefectCode, number>>;
  /** Exact counts of error and warning defects (an extension: `merge` recomputes `ok` from them). */
  errors: number;
  warnings: number;
  defects: Defect[];
  defectsTruncated: boolean;
  skipped?: boolean;
  partial?: boolean;
  /** The feed the file belongs to (--config, or the implicit feed of --state): see src/feeds/. */
  feed?: string;
  /** The Data Package resource the file belongs to (an input `datapackage.json`): see src/datapackage/. */
  resource?: string;
  durationMs: number;
  /** Per-column figures (nulls, types, values) for the HTML report and drift; an extension of the schema. */
  stats?: ColumnStats[];
}

export interface ColumnStats {
  name: string;
  index: number;
  type: string | null;
  count: number;
  missing: number;
  /** How often each spelling of "missing" appeared, e.g. { "": 12, "NA": 3 }. */
  missingSpellings: Record<string, number>;
  typeErrors: number;
}

export interface Report {
  reportVersion: 1;
  tool: { name: "ingest-check"; version: string };
  ok: boolean;
  summary: {
    files: number;
    rows: number;
    validRows: number;
    invalidRows: number;
    errors: number;
    warnings: number;
    byCode: Partial<Record<DefectCode, number>>;
  };
  run: {
    failOn: FailOn;
    maxDefects: number;
    rules: Record<string, RuleLevel>;
    schema: { source: string | null; sha256: string | null } | null;
  };
  files: FileReport[];
}
