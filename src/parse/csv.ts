// The CSV tokenizer: decoded text chunks in, ParsedRecords out, with exact lines, byte offsets and structural defects.
//
// Why not csv-parse here: on a stray quote csv-parse's skip_records_with_error resynchronises in the
// middle of the record and swallows the records after it, and an unclosed quote ends the parse; the SPEC
// needs every later record kept, the unclosed quote reported at the line where it opened, and bounded
// memory on a record of any size. csv-parse stays the reference: test/parse/differential.test.ts proves
// this tokenizer yields the same records as csv-parse on every well-formed corpus file and on fuzzed input.
import type { DefectDraft, ParsedRecord, TextChunk } from "../types.js";
import { cutColumns } from "../dialect/columns.js";
import { cutLooksLikeValue } from "../dialect/inline-values.js";
import { LineRecord, undouble } from "./line-record.js";
import { closesAlignedCell } from "../dialect/aligned-quote.js";
import { restAfterRuns } from "../dialect/rest-of-line.js";

export interface ParseOptions {
  delimiter: string;
  /**
   * The quote character; null means the sample had none: `"` still opens a quoted field at a field's start (and a
   * `"` inside an unquoted field of a tab-separated file is text, not quote-stray); "" means no quoting at all
   * (`--quote ''`).
   */
  quote: string | null;
  escape: string | null;
  /** Physical lines to skip before the first record (a preamble). */
  skipRows: number;
  /** Lines that start with this character are comments and not records. */
  comment: string | null;
  /** Whitespace-aligned columns (delimiter " "): a run of spaces (and TABs) is one delimiter; leading and trailing spaces are none. */
  whitespace?: boolean;
  /** TAB-aligned columns (delimiter TAB): a run of TABs is one delimiter, and a run at the line's end none (`name<TAB><TAB>value`). */
  tabRuns?: boolean;
  /**
   * Fixed-width columns of a whitespace-aligned table: the start position of each column. Each one-line record is cut
   * there instead of at runs of spaces; a line that does not fit (a character right before a column start) keeps the
   * runs reading, so its cell count tells the defect.
   */
  columns?: number[] | null;
  /**
   * A one-line record of more cells than this keeps its text after the first maxFields − 1 delimiters as its last
   * cell (`NWT Northwest Territories`: a code, then a name holding spaces). In whitespace mode the last cell is the
   * line's own text after the first maxFields − 1 runs (`aero    2   Air Transport Industry`); with fixed columns,
   * only a line that does not fit them is so read.
   */
  maxFields?: number | null;
  /** The 1-based line of a trailer record (`"all done",7,0,0`, the file's last line) or of a closing key block's first line: it and the lines below skipped whole and counted with the preamble lines. */
  trailerLine?: number | null;
  /** The comment character also starts a comment after a tab or two spaces inside a line (`row<TAB># note`). */
  inlineComment?: boolean;
  /**
   * Cells padded with spaces (the dialect's paddedCells): spaces before an opening quote and after a closing quote are
   * padding (`a, "b c" ,d`), as Python csv's skipinitialspace reads them, not text around a quoted field (quote-stray).
   */
  padded?: boolean;
  /**
   * A `"` that is a whole cell (`Pipe,12,"`: an inch or ditto mark) is text, not the opening of a quoted field, and so
   * is a `"` inside an unquoted cell; a field whose `"` opens on text is quoted as ever (dialect/lone-quote-cells.ts).
   */
  loneQuotes?: boolean;
  /** With inlineComment: one blank before the character starts a comment (else a TAB or two spaces must). */
  inlineSpace?: boolean;
  /** With inlineComment: empty cells right before a comment are dropped only past this many cells (see Dialect.inlineWidth). */
  inlineWidth?: number | null;
  /** With inlineComment: the lines the sniffer judged (Dialect.inlineJudged); a value-like cut after them is tallied in SkippedLines.inlineValues. */
  inlineJudged?: number;
  /** A record longer than this many characters is skipped unread (row-too-large). */
  maxRecordChars: number;
  /** Byte length of decoded text, for byte offsets; null where it cannot be known (multi-byte legacy encodings, text holding U+FFFD). */
  byteLength: ((text: string) => number | null) | null;
  /** True when an ASCII character is one byte (every encoding but UTF-16/32): lets offsets skip measuring. */
  asciiIsOneByte?: boolean;
  /** False reads every record with the state machine: the reference the fast paths are tested against (default true). */
  fastPaths?: boolean;
  /** True when records came before this text (a part of a split file after the first): see CsvTokenizer.skippedLines. */
  afterRecords?: boolean;
  /** False makes a string of every cell on the fast paths too, instead of LineRecords holding ranges (default true). */
  spans?: boolean;
  /**
   * True when `out` is done with each record when its push returns (a sink that checks and drops it): the fast paths
   * then fill one LineRecord and one slab of ranges again for every line, and allocate nothing per record but its
   * cells' strings, if any are asked for. Never with an array (it would hold the same object many times).
   */
  reuseRecords?: boolean;
}

/** Lines skipped whole, not read as records: comment lines and preamble lines (SPEC: every input line accounted for). */
/**
 * Where records go: an array, or a sink that handles each record as it is read. why a sink: a batch of a chunk's
 * records all alive at once, in a worker's small young generation, made V8 move them to the old generation (split.ts).
 */
export interface RecordOut {
  push(rec: ParsedRecord): unknown;
}

export interface SkippedLines {
  comments: number;
  preamble: number;
  /** For comment lines that look like a data row, the first such line for each field count (see dataLikeComment). */
  dataLike: Map<number, number>;
  /** Inline notes cut past the sniffer's judged lines that read like a value (see inline-values.ts): how many, the first. */
  inlineValues?: { lines: number; line: number; value: string };
}

/** The start of a `#key:word` directive line after its comment character (see dataLikeComment). */
const DIRECTIVE = /^[A-Za-z][\w-]*:[A-Za-z][\w-]*(?:[\t,; ]|$)/;
// why a bound: the map holds one entry per distinct field count; a file of prose comments must not grow it
const MAX_DATA_LIKE_WIDTHS = 64;

export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

const LF = 10;
/** Int32 entries of a fresh slab of cell ranges (two per cell): 64 KiB, about a chunk's worth of records. */
const SLAB = 16384;
/** The most text left over whose bytes an append copies (appendBytes): past it a long record drops them. */
const BYTES_CARRY = 65536;
const CR = 13;
/** Whether a character code is a blank or a line break: what must follow a comment character for a note to start. */
const blankOrEnd = (c: number): boolean => c === 32 || c === 9 || c === LF || c === CR;

/**
 * A note as it follows the mark after a closing quote: a web address (glued or not), or 2 words or more after a blank,
 * the first no number. why not a number first: `"Room" # 12 B`, `"Unit" # 4 West` write a number sign, text of the cell.
 */
const noteAfterMark = (note: string): boolean => /^\s*[a-z][a-z0-9+.-]*:\/\/\S/i.test(note) || (/^\s/.test(note) && note.trim().split(/\s+/).length >= 2 && !/^\s+\d/.test(note));
/** SUB (^Z), the DOS end-of-file mark some old tools wrote after the last line. */
const SUB = 26;
const NON_ASCII = /[^\x00-\x7f]/;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just saw a quote inside a quoted field: doubled quote or the closing one. */
  QuoteInQuoted,
  /** Text after a closing quote (quote-stray). */
  AfterClose,
}

/** How the state machine stopped (CsvTokenizer.machine). */
const enum Exit {
  /** A record ended; the next starts at the position returned. */
  Ended,
  /** It needs more text before it can go on. */
  Wait,
  /** The buffer ran out inside a record. */
  Out,
}

/**
 * A resumable state machine: `push` may end in the middle of a record, and the next chunk carries on
 * from the same state, so a long record is scanned once, never again per chunk. A record that starts a
 * whole, well-formed line is read by a fast path instead (no quote: split at the delimiters; quotes:
 * quotedLine); anything else, and every record the fast paths decline, goes through the state machine,
 * and test/parse/fast-paths.test.ts holds the two to the same output.
 */
export class CsvTokenizer {
  private readonly delim: number;
  private readonly quote: number;
  /** The quote as the Unquoted scan sees it: -1 when a quote inside an unquoted field is text (no quote sniffed). */
  private readonly midQuote: number;
  /** True when a whole-cell quote is text (ParseOptions.loneQuotes). */
  private readonly lone: boolean;
  private readonly escape: number;
  private readonly comment: number;
  /** The whole comment prefix (`#`, or two characters such as `//`). */
  private readonly commentStr: string;
  private readonly delimLen: number;
  private readonly delimStr: string;
  // why copied from the options, not read through them: the options are object literals built in several places
  // (sniffing, the split's header, each part), whose maps differ; a hot read of `this.opts.x` deoptimized the
  // tokenizer's loop at each new map, and V8 compiled it again in every thread (README, "ninth step")
  private readonly maxRecordChars: number;
  private readonly byteLength: ((text: string) => number | null) | null;
  private readonly asciiIsOneByte: boolean;
  private readonly quoteStr: string;
  /** Whether whole lines may be read by the fast paths (no escape character in this dialect). */
  private readonly fast: boolean;
  /** Whitespace-aligned columns (see ParseOptions.whitespace). */
  private readonly ws: boolean;
  /** ParseOptions.tabRuns: after a TAB delimiter, more TABs continue the run (read with wsRun, as spaces in whitespace mode). */
  private readonly tabRun: boolean;
  /** Empty cells before an inline comment are dropped only past this many cells (ParseOptions.inlineWidth). */
  private readonly inlineWidth: number;
  /** The blanks (spaces) that must stand before an inline comment: 1 with ParseOptions.inlineSpace, else 2. */
  private readonly inlineBlanks: number;
  /** The lines the sniffer judged for value-like notes (ParseOptions.inlineJudged); Infinity judges none here. */
  private readonly inlineJudged: number;
  /** The inline comment character (see ParseOptions.inlineComment), or -1. */
  private readonly inline: number;
  /** In whitespace mode, true right after a delimiter: more spaces continue the run, a line break ends the record. */
  private wsRun = false;
  /** Fixed-width column starts (see ParseOptions.columns), or null. */
  private readonly columns: number[] | null;
  /** ParseOptions.maxFields, or 0 for none. */
  private readonly maxFields: number;
  /** ParseOptions.trailerLine, or 0 for none. */
  private readonly trailerLine: number;
  /** Leading spaces skipped before the record in progress (whitespace mode), and those counted so far before the next. */
  private recLead = 0;
  private wsLead = 0;

  private buf = "";
  /** The bytes of buf while it is ASCII (appendBytes), for the LineRecords' scanners; else null. */
  private bytes: Uint8Array | null = null;
  /** Where bytes are written when records are reused (appendBytes). */
  private byteStore: Buffer | null = null;
  private pos = 0;
  /** Line number (1-based) of buf[pos]. */
  private lineNo = 1;
  private linesToSkip: number;
  /** Cursor for byte offsets inside buf: byte offset of buf[cursorPos]. */
  private cursorPos = 0;
  private cursorByte: number | null = 0;
  private recordIndex = 0;

  // the record in progress
  private state: State = State.FieldStart;
  private exit: Exit = Exit.Out;
  private inRecord = false;
  private recStart = 0;
  private recLine = 1;
  private recByte: number | null = 0;
  private fields: string[] = [];
  private quoted: boolean[] | null = null;
  private fieldStart = 0;
  private acc = "";
  /** True when the quoted segment from fieldStart holds doubled quotes not yet undoubled (see cut()). */
  private doubled = false;
  private defects: DefectDraft[] | null = null;
  /** Line on which the open quote of the current quoted field started. */
  private quoteLine = 0;
  private quotePos = 0;
  private skipping = false;
  private skippedChars = 0;
  private readonly skipped: SkippedLines = { comments: 0, preamble: 0, dataLike: new Map() };
  private readonly recordsBefore: boolean;
  /** Whether the fast paths emit LineRecords (cell ranges) rather than strings (see ParseOptions.spans). */
  private readonly spans: boolean;
  /** The slab the next LineRecord's ranges go in, where that record's ranges start, and the next free entry. */
  private slab = new Int32Array(SLAB);
  private slabBase = 0;
  private slabK = 0;
  /** True when quotedSpans kept a cell with doubled quotes as a range (the line's LineRecord.doubled). */
  private spanDoubled = false;
  /** The record the fast paths fill again for every line (ParseOptions.reuseRecords), else null. */
  private readonly reused: LineRecord | null;

  /** ParseOptions.padded, never in whitespace mode (a space is the delimiter there). */
  private padded = false;

  constructor(opts: ParseOptions) {
    this.maxRecordChars = opts.maxRecordChars;
    this.byteLength = opts.byteLength;
    this.asciiIsOneByte = opts.asciiIsOneByte === true;
    this.delimStr = opts.delimiter;
    this.delim = opts.delimiter.charCodeAt(0);
    this.delimLen = opts.delimiter.length;
    // why -1 for "": no character has that code, so nothing ever opens a quoted field
    this.quote = opts.quote === "" ? -1 : (opts.quote ?? '"').charCodeAt(0);
    // why tab only: TSV (IANA text/tab-separated-values) has no quoting, so a `"` inside a field of a TSV with no
    // quoted field is text; in a comma file RFC 4180 forbids it, and quote-stray stays a real finding
    this.lone = opts.loneQuotes === true && this.quote !== -1;
    // why lone too: a file that writes `"` as a mark of its own (`12,"`) writes it glued to figures too (`12"`)
    this.midQuote = (opts.quote === null && opts.delimiter === "\t") || this.lone ? -1 : this.quote;
    // an escape equal to the quote is the ordinary doubled quote
    this.escape = opts.escape && opts.escape !== (opts.quote ?? '"') ? opts.escape.charCodeAt(0) : -1;
    this.comment = opts.comment ? opts.comment.charCodeAt(0) : -1;
    this.commentStr = opts.comment ?? "";
    this.linesToSkip = opts.skipRows;
    this.recordsBefore = opts.afterRecords === true;
    // why from the code: the state machine honours only the first character of the quote, so the searches must too
    this.quoteStr = this.quote === -1 ? "" : String.fromCharCode(this.quote);
    // why delimLen: an empty delimiter matches everywhere (splitInto would never advance); with no delimiter (a
    // single-column file) the general path, which never matches an empty delimiter, keeps each line whole
    this.ws = opts.whitespace === true && opts.delimiter === " ";
    this.tabRun = opts.tabRuns === true && opts.delimiter === "\t";
    this.columns = this.ws && opts.columns && opts.columns.length > 1 ? opts.columns : null;
    // why with fixed columns too: a cut line has no more cells than columns; a line that does not fit is read at runs
    this.maxFields = opts.maxFields && opts.maxFields > 0 ? opts.maxFields : 0;
    this.trailerLine = opts.trailerLine ?? 0;
    // why not in whitespace mode: the fast paths split at every single space; runs are the state machine's
    this.inline = opts.inlineComment && opts.comment ? this.comment : -1;
    this.inlineWidth = opts.inlineWidth ?? 1;
    this.inlineBlanks = opts.inlineSpace ? 1 : 2;
    // why all lines in a later part: its line numbers start again at 1, and the sniffed sample lies in the first part
    const judged = opts.inlineJudged ?? Infinity;
    this.inlineJudged = opts.afterRecords && judged !== Infinity ? 0 : judged;
    // why not with inline comments: the fast paths would keep the comment in the last field
    // why not for `:`: the state machine keeps a URL's `://` whole (see urlColon), as the sniffer reads it
    this.padded = opts.padded === true && opts.delimiter !== " ";
    // why not padded: the fast paths read a quote only right after the delimiter
    // why not with maxFields: the fast paths emit cell ranges, which emit() cannot join
    this.fast = this.escape === -1 && this.delimLen > 0 && opts.fastPaths !== false && !this.ws && !this.tabRun && this.inline === -1 && opts.delimiter !== ":" && !this.padded && this.maxFields === 0;
    this.spans = opts.spans !== false;
    this.reused = opts.reuseRecords === true ? new LineRecord(0, 0, 0, false, -1, "", this.slab, 0, 0) : null;
  }

  /** The position of the first character after the run of spaces at `pos` in the buffer. */
  private afterSpaces(pos: number): number {
    let j = pos;
    while (j < this.buf.length && this.buf.charCodeAt(j) === 32) j++;
    return j;
  }

  /** Feeds one chunk of text; complete records are appended to `out` (an array, or a sink that checks each at once). */
  push(chunk: TextChunk, out: RecordOut): void {
    // why: in whitespace mode a TAB is whitespace too (tables aligned with tabs and spaces mixed); one character
    // for one keeps every offset and byte count
    const text = this.ws && chunk.text.includes("\t") ? chunk.text.replace(/\t/g, " ") : chunk.text;
    // why two steps: appending the chunk to the text left over (a record begun in the last chunk) copies the whole
    // chunk into a new string at the first search (~10 % of the tokenizer's time). So only the chunk's first line is
    // appended, and when that ends the record, the rest becomes the buffer as it is, uncopied. Not when the text left
    // over is longer than the chunk: a long record in progress would then be copied twice.
    if (this.buf.length > 0 && this.buf.length <= text.length) {
      const k = text.indexOf("\n");
      if (k >= 0 && k + 1 < text.length) {
        const ascii = chunk.ascii === true || Buffer.byteLength(text, "utf8") === text.length;
        this.append(text.slice(0, k + 1), chunk.byteStart, ascii, chunk.fffdWritten, 0);
        this.run(out, false);
        this.compact();
        // an empty buffer: everything so far is consumed, and the cursor holds the byte offset of the rest
        if (this.buf.length === 0 && !this.inRecord) {
          // why the whole chunk from k + 1, not a slice of it: a slice is a view, and the LineRecords read from it
          // would read their cells through it (charCodeAt on a view costs more than on the flat chunk)
          this.append(text, this.cursorByte, ascii, chunk.fffdWritten, 0);
          this.pos = this.recStart = this.cursorPos = k + 1;
        } else this.append(text.slice(k + 1), this.buf.length === 0 ? this.cursorByte : chunk.byteStart, ascii, chunk.fffdWritten, k + 1);
        this.run(out, false);
        this.compact();
        return;
      }
    }
    this.append(text, chunk.byteStart, chunk.ascii === true ? true : null, chunk.fffdWritten, 0);
    this.run(out, false);
    this.compact();
  }

  /**
   * Appends text to the buffer (or starts it, at byte offset byteStart); `ascii` says whether the text is ASCII, null
   * unknown; `written` the chunk's U+FFFD written in the file (TextChunk.fffdWritten), `text` starting at `from` in it.
   */
  private append(text: string, byteStart: number | null, ascii: boolean | null, written: number[] | undefined, from: number): void {
    const asc = ascii !== null ? ascii : Buffer.byteLength(text, "utf8") === text.length;
    this.appendBytes(text, asc);
    if (this.buf.length === 0) {
      this.buf = text;
      this.pos = 0;
      this.recStart = 0;
      this.cursorPos = 0;
      // why not after a U+FFFD: its bytes are unknown, so an offset known again only where a chunk happens to
      // start would depend on how the input was chunked (and differ between one pass and a split file)
      this.cursorByte = this.offsetsGone ? null : byteStart;
    } else {
      if (byteStart === null) this.cursorByte = null;
      this.buf += text;
    }
    // new text may hold a NUL or U+FFFD the last search could not see
    if (this.nulAt === -1) this.nulAt = -2;
    if (this.fffdAt === -1) this.fffdAt = -2;
    if (this.qAt === -1) this.qAt = -2;
    if (this.crAt === -1) this.crAt = -2;
    if (this.nlAt === -1) this.nlAt = -2;
    if (this.dAt === -1) this.dAt = -2;
    if (written !== undefined) this.keepWritten(written, from, text.length);
    // only the new text is searched: the old part was searched when it came (a long record would make this quadratic)
    // why byteLength first: it is native and ~5x faster than the RegExp search on ASCII text (the common case), and a
    // string is ASCII exactly when its UTF-8 length is its length (any other character takes 2 to 4 bytes, a surrogate 3)
    if (this.nonAsciiAt === -1 && !asc) {
      const at = text.search(NON_ASCII);
      this.nonAsciiAt = at === -1 ? -1 : this.buf.length - text.length + at;
    }
  }

  /**
   * Keeps `bytes` the bytes of the buffer while it is ASCII (before `text` is appended to it): null once a text is not,
   * until the buffer starts again empty. Only for the fast paths' LineRecords (spans). why not kept across a long
   * record in progress (more than BYTES_CARRY characters left over): each append would copy all of it again.
   */
  private appendBytes(text: string, ascii: boolean): void {
    const kept = this.buf.length;
    if (!this.spans || !ascii || (kept > 0 && (this.bytes === null || kept > BYTES_CARRY))) {
      this.bytes = null;
      return;
    }
    if (this.reused === null) {
      // records may be kept (an array of them): each buffer's bytes are their own
      const both = Buffer.allocUnsafeSlow(kept + text.length);
      if (kept > 0) both.set(this.bytes!);
      both.write(text, kept, "latin1");
      this.bytes = new Uint8Array(both.buffer, both.byteOffset, both.length);
      return;
    }
    // why one store written again: a reused record, like the slab, is done with before the next text comes, and a
    // new 1 MiB buffer a chunk kept up to ~15 MiB of dead ones alive between collections (peak RSS)
    let store = this.byteStore;
    if (store === null || store.length < kept + text.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(kept + text.length, store === null ? 0 : 2 * store.length));
      if (kept > 0) grown.set(this.bytes!);
      store = this.byteStore = grown;
    } else if (kept > 0) store.set(this.bytes!);
    store.write(text, kept, "latin1");
    this.bytes = new Uint8Array(store.buffer, store.byteOffset, kept + text.length);
  }

  /**
   * True when everything pushed so far ended exactly at the end of a record: no field, quote or
   * record in progress. A file split into parts relies on it: a part whose text ends here leaves the
   * next part to start from the state a single pass would have at that byte (pipeline/split.ts).
   */
  atRecordBoundary(): boolean {
    return !this.inRecord && this.pos >= this.buf.length && this.linesToSkip === 0;
  }

  /** Line breaks consumed so far (the line number of the next character, minus one). */
  linesConsumed(): number {
    return this.lineNo - 1;
  }

  /** The lines skipped so far as preamble or comments (not records). */
  skippedLines(): SkippedLines {
    return this.skipped;
  }

  /** Whether the line read is the trailer or below it (a closing key block spans lines; a trailer record is the last). */
  private afterTrailer(): boolean {
    return this.trailerLine > 0 && this.lineNo >= this.trailerLine;
  }

  /** Counts the skipped line buf[from, to) (its line break not included) as preamble or as a comment. */
  private countSkipped(from: number, to: number): void {
    this.wsLead = 0; // spaces before a skipped line lead no record
    if (this.linesToSkip > 0) { this.linesToSkip--; this.skipped.preamble++; return; }
    if (this.afterTrailer()) { this.skipped.preamble++; return; }
    this.skipped.comments++;
    const width = this.dataLikeComment(from, to);
    if (width > 0 && !this.skipped.dataLike.has(width) && this.skipped.dataLike.size < MAX_DATA_LIKE_WIDTHS) this.skipped.dataLike.set(width, this.lineNo);
  }

  /**
   * The field count of a comment line that looks like a data row, or 0. Why these rules: a note (`# source: …`)
   * has a space after the comment character, and a commented-out header (`#id,name,score`) stands above the first
   * record and holds no digit; a data row that starts with the character (`#3,x,y`) is neither.
   */
  private dataLikeComment(from: number, to: number): number {
    if (this.ws || this.delimLen === 0 || to - from < 2) return 0;
    const buf = this.buf;
    const second = buf.charCodeAt(from + this.commentStr.length);
    if (second === 32 || second === 9 || second === this.comment) return 0;
    if (!this.recordsBefore && this.recordIndex === 0 && !/[0-9]/.test(buf.slice(from, to))) return 0;
    // why: a `#key:word` directive (QIIME 2's `#q2:types<TAB>numeric`) names the columns' kinds; no record starts so
    if (DIRECTIVE.test(buf.slice(from + this.commentStr.length, Math.min(to, from + 64)))) return 0;
    let n = 1;
    for (let k = buf.indexOf(this.delimStr, from); k >= 0 && k < to; k = buf.indexOf(this.delimStr, k + this.delimLen)) n++;
    return n;
  }

  /** True once a byte offset could not be known (text holding U+FFFD): every later offset is null. */
  offsetsLost(): boolean {
    // why advance: the cursor moves lazily, at record starts; the next part's first record would move it here
    this.advanceCursor(this.pos);
    return this.offsetsGone || this.cursorByte === null;
  }

  /** Ends the input: the last record (without a final line break) is emitted, an open quote is resolved. */
  end(out: RecordOut): void {
    this.run(out, true);
  }

  // Drops the text before the record in progress so memory holds one record at most.
  private compact(): void {
    const keep = this.skipping ? this.pos : this.inRecord ? this.recStart : this.pos;
    if (keep === 0) return;
    this.advanceCursor(keep);
    this.buf = this.buf.slice(keep);
    if (this.bytes !== null) this.bytes = this.bytes.subarray(keep);
    this.pos -= keep;
    this.recStart -= keep;
    this.fieldStart -= keep;
    this.quotePos -= keep;
    this.cursorPos = 0;
    this.nulAt = this.nulAt >= keep ? this.nulAt - keep : this.nulAt === -1 ? -1 : -2;
    this.qAt = this.qAt >= keep ? this.qAt - keep : this.qAt === -1 ? -1 : -2;
    this.crAt = this.crAt >= keep ? this.crAt - keep : this.crAt === -1 ? -1 : -2;
    this.nlAt = this.nlAt >= keep ? this.nlAt - keep : this.nlAt === -1 ? -1 : -2;
    this.dAt = this.dAt >= keep ? this.dAt - keep : this.dAt === -1 ? -1 : -2;
    // a non-ASCII character before the cut only matters if another one follows: search what is kept, once
    this.nonAsciiAt = this.nonAsciiAt >= keep ? this.nonAsciiAt - keep : this.nonAsciiAt === -1 ? -1 : this.buf.search(NON_ASCII);
    this.fffdAt = this.fffdAt >= keep ? this.fffdAt - keep : this.fffdAt === -1 ? -1 : -2;
    if (this.writtenAt.length > 0) this.writtenAt = this.writtenAt.filter((p) => p >= keep).map((p) => p - keep);
  }

  /**
   * Positions in buf, ascending, of the U+FFFD written in the file (EF BF BD); mostly none. why: such a U+FFFD is a
   * character lost before the file was written, not bytes the decoder could not read, and encoding-error says which.
   */
  private writtenAt: number[] = [];

  /** Adds the written U+FFFD of a chunk piece (chunk positions [from, from + length)) that goes to the end of buf. */
  private keepWritten(written: number[], from: number, length: number): void {
    // why buf.length - length: append has already added the piece (or made it the whole buffer)
    const base = this.buf.length - length - from;
    for (const p of written) if (p >= from && p < from + length) this.writtenAt.push(base + p);
  }

  /** True when buf[start, end), which holds a U+FFFD, holds only U+FFFD written in the file (see writtenAt). */
  private onlyWritten(start: number, end: number): boolean {
    if (this.writtenAt.length === 0) return false;
    for (let at = this.buf.indexOf("\uFFFD", start); at >= 0 && at < end; at = this.buf.indexOf("\uFFFD", at + 1)) {
      if (!sortedHas(this.writtenAt, at)) return false;
    }
    return true;
  }

  /** True once text held a U+FFFD (UTF-8): every later byte offset is null, whatever the chunking. */
  private offsetsGone = false;

  private advanceCursor(to: number): void {
    if (to <= this.cursorPos) return;
    if (this.cursorByte !== null) {
      const bl = this.byteLength;
      // why: in ASCII text a character is one byte in every encoding but UTF-16/32, so nothing is measured
      if (bl && this.asciiIsOneByte && (this.nonAsciiAt === -1 || to <= this.nonAsciiAt)) {
        this.cursorByte += to - this.cursorPos;
      } else {
        // why the null check: a length that cannot be known (text holding U+FFFD) makes every later offset unknown
        const n = bl ? bl(this.buf.slice(this.cursorPos, to)) : null;
        if (n === null && bl) this.offsetsGone = true;
        this.cursorByte = n === null ? null : this.cursorByte + n;
      }
    }
    this.cursorPos = to;
  }

  private byteAt(pos: number): number | null {
    this.advanceCursor(pos);
    return this.cursorByte;
  }

  private addDefect(d: DefectDraft): void {
    (this.defects ??= []).push(d);
  }

  /**
   * A quote-stray for the field being read, once per field. why once: a cell of markup (`<w orth="a" form="b">`, a
   * dictionary's last field) holds many quotes, and each one was an error of its own: 30 identical errors per record.
   */
  private strayQuote(params: { after: true } | undefined): void {
    const columnIndex = this.fields.length + 1;
    const last = this.defects?.[this.defects.length - 1];
    if (last?.code === "quote-stray" && last.columnIndex === columnIndex && last.line === this.lineNo) return;
    this.addDefect({ code: "quote-stray", row: null, line: this.lineNo, byteOffset: null, columnIndex, ...(params ? { params } : {}) });
  }

  /** The quoted text from fieldStart to `to`, with the doubled quotes the Quoted scan skipped over undoubled. */
  private cut(to: number): string {
    const s = this.buf.slice(this.fieldStart, to);
    if (!this.doubled) return s;
    this.doubled = false;
    return undouble(s, String.fromCharCode(this.quote));
  }

  private startRecord(at: number): void {
    this.doubled = false;
    this.wsRun = false;
    this.inRecord = true;
    this.recStart = at;
    this.recLine = this.lineNo;
    this.recByte = this.byteAt(at);
    this.fields = [];
    this.quoted = null;
    this.defects = null;
    this.state = State.FieldStart;
    this.fieldStart = at;
    this.acc = "";
    this.skipping = false;
    this.skippedChars = 0;
  }

  private pushField(value: string, wasQuoted: boolean): void {
    if (wasQuoted) {
      if (this.quoted === null) this.quoted = new Array<boolean>(this.fields.length).fill(false);
      this.quoted.push(true);
    } else if (this.quoted !== null) {
      this.quoted.push(false);
    }
    this.fields.push(value);
  }

  /** Position of the next NUL / U+FFFD in buf at or after the record start: -1 none, -2 not yet searched. */
  private nulAt = -2;
  private fffdAt = -2;
  /** Next quote / CR / escape in buf at or after the scan position: -1 none, -2 not yet searched. */
  private qAt = -2;
  private crAt = -2;
  /** Next LF, likewise; why cached: in a file of lone-CR line breaks, a search per record would scan the whole buffer each time. */
  private nlAt = -2;
  /** Next delimiter at or after the end of the last field the fast paths split, likewise (see splitInto). */
  private dAt = -2;
  /** Index of the first non-ASCII character in buf (-1: none), so ASCII text needs no byte counting. */
  private nonAsciiAt = -1;

  private emit(out: RecordOut, endLine: number, endPos: number): void {
    // a record that arrived whole in one chunk is held to the same limit as one that streamed in
    if (this.tooLarge(endPos)) this.enterSkip(endPos);
    let replacement = false;
    let fffdWritten = false;
    if (!this.skipping) {
      // why: one indexOf per buffer instead of a test per cell keeps clean records free of the cost
      if (this.nulAt === -2 || (this.nulAt >= 0 && this.nulAt < this.recStart)) this.nulAt = this.buf.indexOf("\0", this.recStart);
      if (this.nulAt >= 0 && this.nulAt < endPos) {
        for (let i = 0; i < this.fields.length; i++) {
          if (this.fields[i].includes("\0")) this.addDefect({ code: "nul-byte", row: null, line: this.recLine, byteOffset: null, columnIndex: i + 1 });
        }
      }
      if (this.fffdAt === -2 || (this.fffdAt >= 0 && this.fffdAt < this.recStart)) this.fffdAt = this.buf.indexOf("\uFFFD", this.recStart);
      replacement = this.fffdAt >= 0 && this.fffdAt < endPos;
      fffdWritten = replacement && this.onlyWritten(this.recStart, endPos);
    }
    // why not a quoted line with defects: a stray quote's report would point at cells no longer there
    if (this.columns !== null && !this.skipping && endLine === this.recLine && (this.quoted === null || this.defects === null)) this.cutFixed(endPos);
    // why unquoted only: the cells are then the line split at every delimiter, so joining them back gives its text
    if (this.maxFields > 0 && this.fields.length > this.maxFields && !this.skipping && endLine === this.recLine && this.quoted === null) {
      // why the line's text in whitespace mode: the cells lost the runs between them, which joined back would alter it
      const rest = this.ws ? restAfterRuns(this.buf.slice(this.recStart, endPos), this.maxFields - 1) : this.fields.slice(this.maxFields - 1).join(this.delimStr);
      // why not a rest holding a run of blanks: the text is words parted by single spaces (restOfLineWidth); a run
      // there is one more value (`bal  1  old  analytical balance`), whose row stays loud (row-extra-cells)
      if (!this.ws || !/ {2}/.test(rest)) this.fields = [...this.fields.slice(0, this.maxFields - 1), rest];
    }
    const rec: ParsedRecord = {
      index: this.recordIndex++,
      line: this.recLine,
      endLine,
      byteOffset: this.recByte,
      cells: this.skipping ? [] : this.fields,
      quoted: this.skipping ? null : this.quoted,
      defects: this.defects,
      skipped: this.skipping,
      replacement,
      fffdWritten,
    };
    if (this.skipping) {
      rec.defects ??= [];
      rec.defects.unshift({ code: "row-too-large", row: null, line: this.recLine, byteOffset: this.recByte, params: { limit: this.maxRecordChars } });
    }
    out.push(rec);
    this.inRecord = false;
    this.fields = [];
    this.quoted = null;
    this.defects = null;
    this.skipping = false;
  }

  /** Fixed-width mode: replaces the fields of the one-line record ending at endPos by its cells cut at the column starts. */
  private cutFixed(endPos: number): void {
    let line = " ".repeat(this.recLead) + this.buf.slice(this.recStart, endPos);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const cells = cutColumns(line, this.columns!);
    if (cells === null) return;
    if (this.quoted === null) { this.fields = cells; return; }
    // why: cut by position, a quote is a cell's text (`Davis "CA"`) unless it wraps the whole cell; read as quoting,
    // `"CA"` mid-cell made a field of its own (row-extra-cells). A cell holding an odd number of quotes has a quoted
    // field across a column start: that line keeps the reading by quotes.
    const q = this.quoteStr;
    if (cells.some((c) => (c.split(q).length - 1) % 2 === 1)) return;
    const wrapped = cells.map((c) => c.length >= 2 && c.startsWith(q) && c.endsWith(q) && !c.slice(1, -1).split(q + q).join("").includes(q));
    this.fields = cells.map((c, i) => (wrapped[i] ? undouble(c.slice(1, -1), q) : c));
    this.quoted = wrapped.some((w) => w) ? wrapped : null;
  }

  /** Emits the one-line record buf[pos, end) read by a fast path: what startRecord and the state machine would have set. */
  private emitLine(out: RecordOut, pos: number, end: number, fields: string[], quoted: boolean[] | null): void {
    this.recStart = pos;
    this.recLine = this.lineNo;
    this.recByte = this.byteAt(pos);
    this.fields = fields;
    this.quoted = quoted;
    this.defects = null;
    this.skipping = false;
    this.skippedChars = 0;
    this.emit(out, this.lineNo, end);
    this.lineNo++;
  }

  /**
   * The fast path for a line holding quotes (the first at q): each quoted field is found with indexOf, the unquoted
   * runs between them are split natively. Emits the record and returns true when the line is well-formed on its own
   * (every quote opens a field and is closed on the line, followed by the delimiter or the line end); returns false,
   * having changed nothing, on anything else (a stray quote, text after a closing quote, a field going on to the
   * next line), which the state machine then reads with its defects. Single-character delimiter, no escape.
   */
  private quotedLine(out: RecordOut, pos: number, end: number, q: number): boolean {
    const buf = this.buf;
    const D = this.delim, Q = this.quote, qs = this.quoteStr;
    const fields: string[] = [];
    const quoted: boolean[] = [];
    let p = pos;
    while (true) {
      if (q < 0 || q >= end) {
        // no quote in the rest of the line: all unquoted fields
        const n = fields.length;
        this.splitInto(fields, p, end);
        for (let k = fields.length - n; k > 0; k--) quoted.push(false);
        this.qAt = q; // the first quote at or after p, so past the line: what the next record's search would find
        break;
      }
      if (q > p) {
        // why: buf[p, q) holds no quote, so a delimiter right before q proves the quote opens a field
        if (buf.charCodeAt(q - 1) !== D) return false;
        const n = fields.length;
        this.splitInto(fields, p, q - 1);
        for (let k = fields.length - n; k > 0; k--) quoted.push(false);
      }
      // a quoted field from q: its closing quote is the first one not doubled
      let j = buf.indexOf(qs, q + 1);
      let doubled = false;
      while (j >= 0 && j < end && buf.charCodeAt(j + 1) === Q) {
        doubled = true;
        j = buf.indexOf(qs, j + 2);
      }
      if (j < 0 || j >= end) return false;
      quoted.push(true);
      fields.push(doubled ? undouble(buf.slice(q + 1, j), qs) : buf.slice(q + 1, j));
      p = j + 1;
      if (p === end) break;
      if (buf.charCodeAt(p) !== D) return false;
      p++;
      q = buf.indexOf(qs, p);
    }
    this.emitLine(out, pos, end, fields, quoted);
    return true;
  }

  /**
   * The fast paths without a string per cell: emits the one-line record buf[pos, end) as a LineRecord (its cells as
   * ranges) and returns true; q is the first quote at or after pos (-1: none on the line). Returns false, having
   * emitted nothing, where the record needs strings: a NUL (nul-byte names cells), a line over the record limit, or a
   * line quotedLine would refuse. A cell with doubled quotes stays a range of the line, undoubled when its string is
   * made (LineRecord.doubled).
   */
  private spanLine(out: RecordOut, pos: number, end: number, q: number): boolean {
    if (end - pos > this.maxRecordChars) return false;
    const buf = this.buf;
    if (this.nulAt === -2 || (this.nulAt >= 0 && this.nulAt < pos)) this.nulAt = buf.indexOf("\0", pos);
    if (this.nulAt >= 0 && this.nulAt < end) return false;
    // room for the most cells the line can hold (one per character, plus one), so the searches below never check it
    if (this.slabK + 2 * (end - pos) + 2 > this.slab.length) this.newSlab(2 * (end - pos) + 2);
    this.spanDoubled = false;
    if (q < 0) this.spanCut(pos, end);
    else if (!this.quotedSpans(pos, end, q)) {
      // why reset the searches: they may now point past text the fallback reads again from pos
      this.slabK = this.slabBase;
      this.dAt = -2;
      this.qAt = -2;
      return false;
    }
    this.recStart = pos;
    this.recLine = this.lineNo;
    this.recByte = this.byteAt(pos);
    this.skippedChars = 0;
    if (this.fffdAt === -2 || (this.fffdAt >= 0 && this.fffdAt < pos)) this.fffdAt = buf.indexOf("\uFFFD", pos);
    const replacement = this.fffdAt >= 0 && this.fffdAt < end;
    const fffdWritten = replacement && this.onlyWritten(pos, end);
    const width = (this.slabK - this.slabBase) >> 1;
    const reused = this.reused;
    if (reused !== null) {
      reused.reset(this.recordIndex++, this.lineNo, this.recByte, replacement, q < 0 ? -1 : this.quote, buf, this.slab, this.slabBase, width, this.spanDoubled, this.bytes);
      reused.fffdWritten = fffdWritten;
      out.push(reused);
      // the sink is done with it: the next line's ranges go where these were
      this.slabBase = this.slabK = 0;
    } else {
      const rec = new LineRecord(this.recordIndex++, this.lineNo, this.recByte, replacement, q < 0 ? -1 : this.quote, buf, this.slab, this.slabBase, width, this.spanDoubled, this.bytes);
      rec.fffdWritten = fffdWritten;
      out.push(rec);
      this.slabBase = this.slabK;
    }
    this.lineNo++;
    return true;
  }

  /**
   * quotedLine's reading as ranges: true when the cells are in the slab, false to leave the line to quotedLine. No
   * `quoted` flags: a LineRecord reads them from the text (a quoted cell's range starts right after a quote).
   */
  private quotedSpans(pos: number, end: number, q: number): boolean {
    const buf = this.buf;
    const D = this.delim, Q = this.quote, qs = this.quoteStr;
    let p = pos;
    while (true) {
      if (q < 0 || q >= end) {
        this.spanCut(p, end);
        this.qAt = q;
        return true;
      }
      if (q > p) {
        if (buf.charCodeAt(q - 1) !== D) return false;
        this.spanCut(p, q - 1);
      }
      // its closing quote is the first one not doubled; a doubled one stays in the range (LineRecord.doubled)
      let j = buf.indexOf(qs, q + 1);
      while (j >= 0 && j < end && buf.charCodeAt(j + 1) === Q) {
        this.spanDoubled = true;
        j = buf.indexOf(qs, j + 2);
      }
      if (j < 0 || j >= end) return false;
      const k = this.slabK;
      this.slab[k] = q + 1;
      this.slab[k + 1] = j;
      this.slabK = k + 2;
      p = j + 1;
      if (p === end) return true;
      if (buf.charCodeAt(p) !== D) return false;
      p++;
      q = buf.indexOf(qs, p);
    }
  }

  /** splitInto as ranges: the cells of buf[from, to), which holds no quote, into the slab. */
  private spanCut(from: number, to: number): void {
    const buf = this.buf, ds = this.delimStr, dl = this.delimLen, at = this.slab;
    let k = this.slabK;
    let p = from;
    let d = this.dAt;
    if (d === -2 || (d >= 0 && d < p)) d = buf.indexOf(ds, p);
    while (d >= 0 && d + dl <= to) {
      at[k] = p;
      at[k + 1] = d;
      k += 2;
      p = d + dl;
      d = buf.indexOf(ds, p);
    }
    this.dAt = d;
    at[k] = p;
    at[k + 1] = to;
    this.slabK = k + 2;
  }

  /** Starts a new slab with room for `need` more entries (the records already emitted keep theirs); the line in progress has none yet. */
  private newSlab(need: number): void {
    this.slab = new Int32Array(Math.max(SLAB, need));
    this.slabBase = this.slabK = 0;
  }

  /**
   * Appends the fields of buf[from, to), which holds no quote, as String.split(delimiter) would give them.
   * why not split: split is a call into the runtime; an indexOf and a slice per field stay in the JIT's builtins
   * (about 2x faster on the bench data).
   */
  private splitInto(fields: string[], from: number, to: number): void {
    const buf = this.buf, ds = this.delimStr, dl = this.delimLen;
    let p = from;
    let d = this.dAt;
    if (d === -2 || (d >= 0 && d < p)) d = buf.indexOf(ds, p);
    while (d >= 0 && d + dl <= to) {
      fields.push(buf.slice(p, d));
      p = d + dl;
      d = buf.indexOf(ds, p);
    }
    // why cached: the last search runs past the line; in a file with few delimiters it would reach the buffer's end every line
    this.dAt = d;
    fields.push(buf.slice(p, to));
  }

  /** Consumes a line break at pos (CR, LF or CRLF); returns the position after it, or -1 when a CR ends the buffer. */
  private lineBreak(pos: number, final: boolean): number {
    const c = this.buf.charCodeAt(pos);
    if (c === CR) {
      if (pos + 1 >= this.buf.length && !final) return -1; // CRLF may be split across chunks
      if (this.buf.charCodeAt(pos + 1) === LF) return pos + 2;
    }
    return pos + 1;
  }

  private tooLarge(pos: number): boolean {
    return !this.skipping && pos - this.recStart + this.skippedChars > this.maxRecordChars;
  }

  private enterSkip(pos: number): void {
    this.doubled = false;
    this.skipping = true;
    this.skippedChars = pos - this.recStart;
    // a skipped record is reported as row-too-large alone, however it was chunked (defects found before the limit go)
    this.defects = null;
    this.fields = [];
    this.quoted = null;
    this.acc = "";
  }

  /**
   * True when the line at pos starts with the whole comment prefix (its first character is there). why: a prefix of
   * two characters (`//`) may be cut by the end of the buffer; until the rest comes in, the line is read as a comment
   * when more text is on its way (the prefix then decides on the next call: a record never starts before it does).
   */
  private commentAt(pos: number, final: boolean): boolean {
    const s = this.commentStr;
    if (s.length === 1) return true;
    const buf = this.buf;
    for (let k = 1; k < s.length; k++) {
      if (pos + k >= buf.length) return !final;
      if (buf.charCodeAt(pos + k) !== s.charCodeAt(k)) return false;
    }
    return true;
  }

  /**
   * Where the comment character stands after the spaces that start the line at pos, or pos when something else follows
   * them (a record); -1 when the buffer ends inside the spaces. why spaces only, and not with a space delimiter read
   * one by one: there a leading space is an empty cell, as a leading TAB is in a TSV.
   */
  private indentedComment(pos: number, final: boolean): number {
    const buf = this.buf;
    let i = pos;
    let tab = false;
    while (i < buf.length && (buf.charCodeAt(i) === 32 || buf.charCodeAt(i) === 9)) { if (buf.charCodeAt(i) === 9) tab = true; i++; }
    if (i >= buf.length) return final ? pos : -1;
    if (buf.charCodeAt(i) !== this.comment) return pos;
    // why a TAB in the indent only with a blank after the character and no TAB after it, and never in a TSV: the
    // sniffer reads such a note so (`<TAB># and affix definitions by …` among notes indented by spaces; isCommentLine);
    // in a TSV a leading TAB is an empty cell, and `<TAB># x<TAB>note-like` is a row of cells
    if (tab) return this.delim === 9 || this.tabRun ? pos : this.tabLedNote(i, pos, final);
    if (this.delim !== 32 || this.ws) return i;
    // why a note after the character there: with one space as delimiter a leading space is an empty cell, yet
    // ` # a comment` (a blank after the character) is a note, as the sniffer reads it; `  #3 4` stays a record
    if (i + 1 >= buf.length) return final ? i : -1;
    const next = buf.charCodeAt(i + 1);
    return blankOrEnd(next) ? i : pos;
  }

  /**
   * For a line led by blanks holding a TAB: i (the comment character's place) when a blank or the line's end follows
   * the character and no TAB stands after it on the line, else pos (a record); -1 when the buffer ends first.
   */
  private tabLedNote(i: number, pos: number, final: boolean): number {
    const buf = this.buf;
    if (i + 1 >= buf.length) return final ? i : -1;
    if (!blankOrEnd(buf.charCodeAt(i + 1))) return pos;
    for (let k = i + 1; k < buf.length; k++) {
      const c = buf.charCodeAt(k);
      if (c === LF || c === CR) return i;
      if (c === 9) return pos;
    }
    return final ? i : -1;
  }

  /**
   * In a `:`-separated file, 1 when the colon at i is a URL's (`http://`: `//` follows, a letter precedes), 0 when it
   * is a delimiter, -1 when the buffer ends before that can be told. why: colon-separated lists (`Name:Label:URL`)
   * hold URLs unquoted; the sniffer reads their scheme colon as text (dialect/consistency.ts valueInternal), and
   * split there every row would read one cell wider than the table the sniffer chose.
   */
  private urlColon(i: number, final: boolean): number {
    const buf = this.buf;
    if (i + 2 >= buf.length) return final ? 0 : -1;
    if (buf.charCodeAt(i + 1) !== 47 || buf.charCodeAt(i + 2) !== 47 || i === this.fieldStart) return 0;
    const before = buf.charCodeAt(i - 1) | 32;
    return before >= 97 && before <= 122 ? 1 : 0;
  }

  /**
   * 1 when the line at pos is the input's last and is just an end mark (with its line break or none), 0 when it is
   * not, -1 when the buffer ends before that can be told. why: `//` closes a record in the EMBL/EMBOSS flat-file
   * family, and a lone ^Z (SUB, 0x1A) is the DOS end-of-file mark old tools left after the last line; as the input's
   * last line either ends the table and is no record (one cell where the table has many: a false short row).
   */
  private endMark(pos: number, final: boolean): number {
    const mark = this.buf.charCodeAt(pos) === SUB ? "\x1a" : "//";
    // why not `//` in a one-column table: there it is one cell, as wide as every record, so no false short row but a
    // value (a list of paths or symbols); dropped, it was lost with no word. ^Z is a control character, never a value
    if (mark === "//" && this.delimStr === "") return 0;
    const rest = this.buf.slice(pos, pos + mark.length + 3);
    if (rest === mark || rest === mark + "\n" || rest === mark + "\r\n") return final ? 1 : -1;
    if (!final && ((mark + "\r\n").startsWith(rest) || (mark + "\n").startsWith(rest))) return -1;
    return 0;
  }

  private run(out: RecordOut, final: boolean): void {
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;

    while (true) {
      // between records: preamble lines, comment lines, or the start of a record
      if (!this.inRecord) {
        if (pos >= len) break;
        // why: an indented note (`   # the SHA family follows`) is a comment line too, as the sniffer reads it
        const at = this.linesToSkip > 0 || this.comment < 0 || (buf.charCodeAt(pos) !== 32 && buf.charCodeAt(pos) !== 9) ? pos : this.indentedComment(pos, final);
        if (at < 0) break;
        if (this.linesToSkip === 0 && (buf.charCodeAt(pos) === 47 || buf.charCodeAt(pos) === SUB)) {
          const end = this.endMark(pos, final);
          if (end < 0) break;
          if (end > 0) {
            this.countSkipped(pos, pos);
            if (len - pos > (buf.charCodeAt(pos) === SUB ? 1 : 2)) this.lineNo++;
            pos = len;
            break;
          }
        }
        if (this.linesToSkip > 0 || this.afterTrailer() || (this.comment >= 0 && buf.charCodeAt(at) === this.comment && this.commentAt(at, final))) {
          let i = at;
          while (i < len) {
            const c = buf.charCodeAt(i);
            if (c === LF || c === CR) break;
            i++;
          }
          if (i >= len) {
            if (!final) break;
            this.countSkipped(at, i);
            pos = len;
            break;
          }
          const next = this.lineBreak(i, final);
          if (next < 0) break;
          this.countSkipped(at, i);
          pos = next;
          this.lineNo++;
          continue;
        }
        if (this.fast) {
          // the fast paths: a whole line, with no CR but that of its CRLF, is read without the state machine
          let nl = this.nlAt;
          if (nl === -2 || (nl >= 0 && nl < pos)) nl = this.nlAt = buf.indexOf("\n", pos);
          if (nl >= 0) {
            let cr = this.crAt;
            if (cr === -2 || (cr >= 0 && cr < pos)) cr = this.crAt = buf.indexOf("\r", pos);
            let end = nl;
            if (cr >= pos && cr === nl - 1) end = nl - 1; // why cr >= pos: with nl = 0 and no CR, cr (-1) equals nl - 1
            if (cr === -1 || cr >= end) {
              let q = this.qAt;
              if (q === -2 || (q >= 0 && q < pos)) q = this.qAt = this.quote === -1 ? -1 : buf.indexOf(this.quoteStr, pos);
              if (q === -1 || q > nl) {
                // no quote on the line: split natively
                if (!this.spans || !this.spanLine(out, pos, end, -1)) {
                  const fields: string[] = [];
                  this.splitInto(fields, pos, end);
                  this.emitLine(out, pos, end, fields, null);
                }
                pos = nl + 1;
                continue;
              }
              // (a line over the limit is left to the state machine, which skips it as row-too-large)
              // why not lone: the fast paths read every `"` at a cell's start as a quote; the state machine tells the marks
              if (!this.lone && this.delimLen === 1 && end - pos <= this.maxRecordChars && ((this.spans && this.quote !== this.delim && this.spanLine(out, pos, end, q)) || this.quotedLine(out, pos, end, q))) {
                pos = nl + 1;
                continue;
              }
            }
          }
        }
        if (this.ws) {
          // leading spaces of an aligned row are no delimiter (a row of spaces only reads as a blank line)
          while (pos < len && buf.charCodeAt(pos) === 32) { pos++; this.wsLead++; }
          if (pos >= len) break;
          // why: with inline comments, an indented note (`         # (Asia/Macau)`, under the note of the row above)
          // is a comment line, as the sniffer reads it; why one-character marks only: a `/` may end the buffer
          if (this.inline >= 0 && this.wsLead >= 2 && buf.charCodeAt(pos) === this.inline && this.commentStr.length === 1) {
            let i = pos;
            while (i < len && buf.charCodeAt(i) !== LF && buf.charCodeAt(i) !== CR) i++;
            // the line's end not in the buffer yet: wait; the note is then read again from its comment character
            const next = i < len ? this.lineBreak(i, final) : final ? len : -1;
            if (next < 0) break;
            this.countSkipped(pos, i);
            pos = next;
            if (i < len) this.lineNo++;
            continue;
          }
        }
        this.startRecord(pos);
        this.recLead = this.wsLead;
        this.wsLead = 0;
      }

      pos = this.machine(out, pos, final);
      if (this.exit === Exit.Ended) continue;
      if (this.exit === Exit.Wait) break;

      // the buffer ran out inside a record
      if (this.tooLarge(pos)) this.enterSkip(pos);
      if (!final) break;
      const resume = this.finishAtEnd(out, pos);
      if (resume < 0) { pos = len; break; }
      pos = resume;
    }
    this.pos = pos;
  }

  /**
   * The state machine, from pos inside a record to the record's end (Exit.Ended, pos after its line break), to a wait
   * for more text (Exit.Wait) or to the buffer's end (Exit.Out); returns pos. why apart from run: it reads only the
   * records the fast paths decline (a quoted line break, a chunk's last line), and each branch it meets for the first
   * time would make V8 drop run's optimized code and compile the whole of run again (README, "Per-core speed, tenth step").
   */
  private machine(out: RecordOut, pos: number, final: boolean): number {
    const buf = this.buf;
    const len = buf.length;
    const D = this.delim, Q = this.quote, E = this.escape, M = this.midQuote, C = this.inline;
    while (pos < len) {
      const c = buf.charCodeAt(pos);
      switch (this.state) {
        case State.FieldStart:
          if (this.wsRun) {
            if (c === (this.tabRun ? 9 : 32)) { pos++; continue; }
            if (c === LF || c === CR) {
              // trailing spaces: the record ends with the field before them
              const next = this.lineBreak(pos, final);
              if (next < 0) return this.wait(pos);
              this.wsRun = false;
              this.emit(out, this.lineNo, pos);
              this.lineNo++;
              pos = next;
              return this.ended(pos);
            }
            this.wsRun = false;
          }
          if (this.padded && c === 32) {
            const j = this.afterSpaces(pos);
            if (j >= len && !final) return this.wait(pos);
            if (j < len && buf.charCodeAt(j) === Q) { pos = j; continue; }
          }
          if (c === Q && this.lone) {
            if (pos + 1 >= len && !final) return this.wait(pos);
            const next = pos + 1 < len ? buf.charCodeAt(pos + 1) : LF;
            // a whole-cell mark: an unquoted field of its own character
            if (next === D || next === LF || next === CR) { this.fieldStart = pos; this.acc = ""; this.state = State.Unquoted; pos++; continue; }
          }
          if (c === Q) {
            this.state = State.Quoted;
            this.doubled = false;
            this.quoteLine = this.lineNo;
            this.quotePos = pos;
            this.fieldStart = pos + 1;
            this.acc = "";
            pos++;
            continue;
          }
          this.fieldStart = pos;
          this.acc = "";
          this.state = State.Unquoted;
          continue; // the same character again, as the first of an unquoted field
        case State.Unquoted: {
          // why a tight loop: this is the hot path; most cells are short and unquoted
          let i = pos;
          let ch = c;
          while (true) {
            if (ch === D || ch === LF || ch === CR || ch === M || ch === E || ch === C) break;
            i++;
            if (i >= len) break;
            ch = buf.charCodeAt(i);
          }
          if (i >= len) { pos = i; break; }
          if (ch === C) {
            const r = this.inlineComment(out, i, final);
            if (r === -2) { pos = i + 1; continue; } // no comment here: the character is text
            if (r === -1) return this.wait(i); // the line's end is not in the buffer yet
            pos = r;
            return this.ended(pos);
          }
          if (ch === M) {
            if (!this.skipping) this.strayQuote(undefined);
            pos = i + 1;
            continue;
          }
          if (ch === E) {
            // an escape outside quotes keeps the next character literally
            // why return: a plain `break` leaves only the switch, and the loop would spin on the same escape
            if (i + 1 >= len && !final) return this.wait(i);
            if (!this.skipping) this.acc += buf.slice(this.fieldStart, i);
            this.fieldStart = i + 1;
            pos = i + 2;
            continue;
          }
          if (ch === D) {
            // a multi-character delimiter may be split across chunks: wait for the rest before deciding
            if (this.delimLen > 1 && i + this.delimLen > len && !final) return this.wait(i);
            if (this.delimLen > 1 && !buf.startsWith(this.delimStr, i)) { pos = i + 1; continue; }
            if (D === 58) {
              const u = this.urlColon(i, final);
              if (u < 0) return this.wait(i);
              if (u === 1) { pos = i + 1; continue; }
            }
            if (!this.skipping) this.pushField(this.acc + buf.slice(this.fieldStart, i), false);
            this.acc = "";
            pos = i + this.delimLen;
            this.state = State.FieldStart;
            this.wsRun = this.ws || this.tabRun;
            if (this.tooLarge(pos)) this.enterSkip(pos);
            // a delimiter at the very end of the record means one more (empty) field
            continue;
          }
          // a line break ends the record
          const next = this.lineBreak(i, final);
          if (next < 0) return this.wait(i);
          if (!this.skipping) this.pushField(this.acc + buf.slice(this.fieldStart, i), false);
          this.acc = "";
          pos = next;
          this.emit(out, this.lineNo, i);
          this.lineNo++;
          return this.ended(pos);
        }
        case State.Quoted: {
          let i = pos;
          let ch = c;
          while (true) {
            if (ch === Q) {
              // why: a doubled quote stays in the segment and is undoubled once when the segment is cut (cut()), so
              // a field of millions of "" costs one slice, not millions of one-character concatenations (a rope
              // of that many nodes took ~35 bytes per quote and exhausted a small heap well below the record limit)
              if (i + 1 < len && buf.charCodeAt(i + 1) === Q) {
                this.doubled = true;
                i += 2;
                if (i >= len) break;
                ch = buf.charCodeAt(i);
                continue;
              }
              break;
            }
            if (ch === E || ch === LF || ch === CR) break;
            i++;
            if (i >= len) break;
            ch = buf.charCodeAt(i);
          }
          if (i >= len) { pos = i; break; }
          if (ch === LF || ch === CR) {
            const next = this.lineBreak(i, final);
            if (next < 0) return this.wait(i);
            this.lineNo++;
            pos = next;
            if (this.tooLarge(pos)) this.enterSkip(pos);
            continue;
          }
          if (ch === E && E !== Q) {
            if (i + 1 >= len && !final) return this.wait(i);
            if (!this.skipping) this.acc += this.cut(i);
            this.fieldStart = i + 1;
            pos = i + 2;
            continue;
          }
          // a quote: doubled, or the closing one
          if (!this.skipping) this.acc += this.cut(i);
          this.state = State.QuoteInQuoted;
          pos = i + 1;
          continue;
        }
        case State.QuoteInQuoted:
          if (c === D && this.delimLen > 1 && pos + this.delimLen > len && !final) return this.wait(pos);
          if (c === Q) {
            // a doubled quote is one literal quote
            if (!this.skipping) this.acc += buf[pos];
            this.fieldStart = pos + 1;
            this.state = State.Quoted;
            pos++;
            continue;
          }
          if (c === D && (this.delimLen === 1 || buf.startsWith(this.delimStr, pos))) {
            if (!this.skipping) this.pushField(this.acc, true);
            this.acc = "";
            this.state = State.FieldStart;
            this.wsRun = this.ws || this.tabRun;
            pos += this.delimLen;
            continue;
          }
          if (c === LF || c === CR) {
            const next = this.lineBreak(pos, final);
            if (next < 0) return this.wait(pos);
            if (!this.skipping) this.pushField(this.acc, true);
            this.acc = "";
            this.emit(out, this.lineNo, pos);
            this.lineNo++;
            pos = next;
            return this.ended(pos);
          }
          if (this.padded && c === 32) {
            // spaces after the closing quote, then the delimiter or the line's end: padding
            const j = this.afterSpaces(pos);
            if (j >= len && !final) return this.wait(pos);
            const n = j < len ? buf.charCodeAt(j) : LF;
            if (n === D || n === LF || n === CR) { pos = j; continue; }
          }
          // why: in a space-aligned table a name padded to its column's width can fill it, its closing quote right
          // against the next column (`"EUROPEAN 1950, Norway & Finland"IN -87`); there the quote ends the cell
          if (closesAlignedCell(this.ws, c)) {
            if (!this.skipping) this.pushField(this.acc, true);
            this.acc = "";
            this.state = State.FieldStart;
            this.wsRun = true;
            continue;
          }
          // why: a note after a closing quote (`"nutdrv_qx" # https://…`) in a file whose comment mark was sniffed
          if (this.comment >= 0 && this.commentStr.length === 1 && (c === 32 || c === 9) && !this.skipping) {
            const next = this.noteAfterQuote(out, pos, final);
            if (next === -1) return this.wait(pos);
            if (next >= 0) return this.ended(next);
          }
          // text after the closing quote: keep it, as most readers do, and say so
          if (!this.skipping) this.strayQuote({ after: true });
          this.state = State.AfterClose;
          this.fieldStart = pos;
          continue;
        case State.AfterClose: {
          let i = pos;
          let ch = c;
          while (true) {
            if (ch === D || ch === LF || ch === CR) break;
            i++;
            if (i >= len) break;
            ch = buf.charCodeAt(i);
          }
          if (i >= len) { pos = i; break; }
          if (ch === D && this.delimLen > 1 && i + this.delimLen > len && !final) return this.wait(i);
          if (ch === D && this.delimLen > 1 && !buf.startsWith(this.delimStr, i)) { pos = i + 1; continue; }
          if (ch !== D) {
            const next = this.lineBreak(i, final);
            if (next < 0) return this.wait(i);
            if (!this.skipping) this.pushField(this.acc + buf.slice(this.fieldStart, i), true);
            this.acc = "";
            this.emit(out, this.lineNo, i);
            this.lineNo++;
            pos = next;
            return this.ended(pos);
          }
          if (!this.skipping) this.pushField(this.acc + buf.slice(this.fieldStart, i), true);
          this.acc = "";
          this.state = State.FieldStart;
          this.wsRun = this.ws || this.tabRun;
          pos = i + this.delimLen;
          continue;
        }
      }
    }
    this.exit = Exit.Out;
    return pos;
  }

  /** machine's way out when it needs more text: returns pos. */
  private wait(pos: number): number {
    this.exit = Exit.Wait;
    return pos;
  }

  /** machine's way out at a record's end: returns pos, where the next record starts. */
  private ended(pos: number): number {
    this.exit = Exit.Ended;
    return pos;
  }

  /**
   * A comment character at i inside an unquoted field: when a tab or two spaces stand right before it, the field
   * ends before those and the rest of the line is dropped, and the record ends. Returns the position after the line
   * break, -1 to wait for more text, or -2 when it is no comment (text).
   */
  private inlineComment(out: RecordOut, i: number, final: boolean): number {
    const buf = this.buf;
    // why the whole mark: a two-character mark (`//`) starts a note only with both (`/srv/a` in a cell is text)
    const more = this.commentStr.length - 1;
    if (more > 0 && i + more >= buf.length && !final) return -1;
    if (more > 0 && !buf.startsWith(this.commentStr, i)) return -2;
    let k = i;
    let tabs = 0;
    while (k > this.fieldStart && (buf.charCodeAt(k - 1) === 9 || buf.charCodeAt(k - 1) === 32)) { if (buf.charCodeAt(k - 1) === 9) tabs++; k--; }
    // why at a field's start too: when the TAB (or, aligned, the run of spaces) before the note is the delimiter, the
    // note starts a field of its own (`IP<TAB><TAB># internet protocol`); the empty fields of that run go with it
    const afterDelimiter = i === this.fieldStart && this.fields.length > 0 && (this.ws || this.delim === 9);
    if (tabs === 0 && i - k < this.inlineBlanks && !afterDelimiter) return -2;
    // why a blank (or the line's end) after the mark when one space stands before it: the sniffer counts a note so
    // (`; L # L&  [26] …`); a mark glued to a word there (`Suite #C`) is text, and cut it was lost with no word
    if (tabs === 0 && i - k < 2 && !afterDelimiter) {
      if (i + 1 >= buf.length && !final) return -1;
      if (i + 1 < buf.length && !blankOrEnd(buf.charCodeAt(i + 1))) return -2;
    }
    let e = i;
    while (e < buf.length && buf.charCodeAt(e) !== LF && buf.charCodeAt(e) !== CR) e++;
    if (e >= buf.length && !final) return -1;
    const next = e >= buf.length ? e : this.lineBreak(e, final);
    if (next < 0) return -1;
    if (!this.skipping && this.lineNo > this.inlineJudged) this.judgeCut(i, k, e, afterDelimiter);
    if (afterDelimiter) {
      // why a width: the TABs before a note may align it (`IP<TAB><TAB># …`: no cell) or end an empty cell the other
      // rows hold (`3-247C<TAB><TAB># <reserved>` among `3-2476<TAB>U+3096<TAB># …`); the rows' width tells which
      while (!this.skipping && this.fields.length > this.inlineWidth && this.fields[this.fields.length - 1] === "" && this.quoted?.[this.fields.length - 1] !== true) { this.fields.pop(); this.quoted?.pop(); }
    }
    else if (!this.skipping) this.pushField(this.acc + buf.slice(this.fieldStart, k), false);
    this.acc = "";
    this.emit(out, this.lineNo, e);
    this.lineNo++;
    return next;
  }

  /**
   * Blanks at `pos` after a closing quote, then the comment character and a note (`"nutdrv_qx" # https://…`, or a
   * web address glued to the mark: `#https://…`): the quoted cell ends the record, the note is dropped with the line.
   * Returns the position after the line break, -1 to wait for more text, -2 when it is no note (text after the
   * quote: quote-stray, as before). why: comment lines tell the file's mark, but its notes after a row may begin past
   * the lines the sniffer reads (nut's `driver.list`: the first on line 432, over 64 KiB in), and each was a false
   * `quote-stray`. Refused: a mark glued to a word (`"Suite" #C`), one word after the mark that is no web address
   * (`"Apt" # B`: a unit or a number sign, text of the cell), a delimiter or a quote after the mark (the row goes on),
   * no blank before the mark (`"a"#b`).
   */
  private noteAfterQuote(out: RecordOut, pos: number, final: boolean): number {
    const buf = this.buf;
    let j = pos;
    while (j < buf.length && (buf.charCodeAt(j) === 32 || buf.charCodeAt(j) === 9)) j++;
    if (j >= buf.length && !final) return -1;
    if (buf.charCodeAt(j) !== this.comment) return -2;
    let e = j;
    while (e < buf.length && buf.charCodeAt(e) !== LF && buf.charCodeAt(e) !== CR) e++;
    if (e >= buf.length && !final) return -1;
    const note = buf.slice(j + 1, e);
    // why not past a delimiter or a quote: the row may go on after the mark (`"Apt" # B<TAB>"x"`: text, then a cell)
    if (!noteAfterMark(note) || note.includes(this.delimStr) || note.includes(this.quoteStr)) return -2;
    const next = e >= buf.length ? e : this.lineBreak(e, final);
    if (next < 0) return -1;
    this.pushField(this.acc, true);
    this.acc = "";
    this.emit(out, this.lineNo, e);
    this.lineNo++;
    return next;
  }

  /**
   * Tallies an inline note cut at i (blanks from k) that reads like a value, as the sniffer judges its sample's lines
   * (inline-values.ts). why here: a cut past the sample was silent. After a delimiter the cell before is the last one
   * holding text and the blanks are the delimiter's; a line holding a quote is not judged (nor is it by the sniffer).
   */
  private judgeCut(i: number, k: number, e: number, afterDelimiter: boolean): void {
    const buf = this.buf;
    const note = buf.slice(i + 1, e);
    let cell = this.acc + buf.slice(this.fieldStart, k);
    let blanks = buf.slice(k, i);
    if (afterDelimiter) {
      let f = this.fields.length - 1;
      while (f > 0 && this.fields[f] === "") f--;
      cell = this.fields[f] ?? "";
      blanks = this.ws ? "  " : "\t";
    }
    if (note.includes('"') || cell.includes('"') || this.fields.some((x) => x.includes('"'))) return;
    if (!cutLooksLikeValue(cell, blanks, note)) return;
    const t = this.skipped.inlineValues;
    if (t) t.lines++;
    else {
      // the line as its cells and the note (a delimiter's padding shown as one)
      const lead = afterDelimiter ? this.fields.join(this.delimStr) + blanks : [...this.fields, cell].join(this.delimStr) + blanks;
      this.skipped.inlineValues = { lines: 1, line: this.lineNo, value: `${lead}${String.fromCharCode(this.inline)}${note}`.trim() };
    }
  }

  /**
   * End of input inside a record: closes it. After an unclosed quote, returns the position to read again
   * from (the line after the one where the quote opened); otherwise -1.
   */
  private finishAtEnd(out: RecordOut, pos: number): number {
    const buf = this.buf;
    if (!this.inRecord) return -1;
    if (this.state === State.Quoted) {
      const openLine = this.quoteLine;
      if (this.skipping) {
        this.addDefect({ code: "quote-unclosed", row: null, line: openLine, byteOffset: null, columnIndex: null, params: {} });
        this.emit(out, this.lineNo, pos);
        return -1;
      }
      // why: the record holding the unclosed quote ends with the line where the quote opened; the lines
      // after it are parsed again as records, so one stray quote costs one record, not the rest of the file
      let eol = this.quotePos;
      while (eol < buf.length) {
        const ch = buf.charCodeAt(eol);
        if (ch === LF || ch === CR) break;
        eol++;
      }
      this.pushField(buf.slice(this.quotePos + 1, eol), true);
      this.addDefect({ code: "quote-unclosed", row: null, line: openLine, byteOffset: this.recByte, columnIndex: this.fields.length, params: { reparsed: eol < buf.length } });
      this.emit(out, openLine, eol);
      if (eol >= buf.length) return -1;
      this.lineNo = openLine + 1;
      this.state = State.FieldStart;
      return this.lineBreak(eol, true);
    }
    if (!this.skipping) {
      if (this.state === State.QuoteInQuoted) this.pushField(this.acc, true);
      else if (this.state === State.AfterClose) this.pushField(this.acc + buf.slice(this.fieldStart, pos), true);
      else if (this.state === State.Unquoted) this.pushField(this.acc + buf.slice(this.fieldStart, pos), false);
      else if (!this.wsRun) this.pushField("", false); // a delimiter right before the end: one more empty field
    }
    this.emit(out, this.lineNo, pos);
    return -1;
  }
}

/**
 * Parses a stream of text chunks into `out`, each record as it is read, and yields after each chunk that gave records
 * (the caller's turn between chunks: progress, back-pressure, a cancelled run). why not batches: with a sink the
 * tokenizer may fill one record again for every line (`opts.reuseRecords`), where a batch holds a chunk's records
 * all at once; a consumer that keeps a record copies it (LineRecord.copy).
 */
export async function* parseInto(text: AsyncIterable<TextChunk>, opts: ParseOptions, out: RecordOut, onSkipped?: (live: SkippedLines) => void): AsyncGenerator<void> {
  const tok = new CsvTokenizer(opts);
  onSkipped?.(tok.skippedLines());
  const counted = new CountedOut(out);
  for await (const chunk of text) {
    tok.push(chunk, counted);
    if (counted.took()) yield;
  }
  tok.end(counted);
  if (counted.took()) yield;
}

/** A sink that passes records on and says whether any came since it was last asked. */
class CountedOut implements RecordOut {
  private n = 0;
  constructor(private readonly out: RecordOut) {}
  push(rec: ParsedRecord): void {
    this.n++;
    this.out.push(rec);
  }
  took(): boolean {
    const any = this.n > 0;
    this.n = 0;
    return any;
  }
}

/** Parses a stream of text chunks into batches of records (one batch per chunk). */
export async function* parseRecords(text: AsyncIterable<TextChunk>, opts: ParseOptions, onSkipped?: (live: SkippedLines) => void): AsyncGenerator<ParsedRecord[]> {
  const tok = new CsvTokenizer(opts);
  // why the live object: the caller reads the counts when its loop ends, however it ends
  onSkipped?.(tok.skippedLines());
  for await (const chunk of text) {
    const out: ParsedRecord[] = [];
    tok.push(chunk, out);
    if (out.length) yield out;
  }
  const out: ParsedRecord[] = [];
  tok.end(out);
  if (out.length) yield out;
}

/** True when the ascending `xs` hold `x`. why a binary search: a file of names each with a written U+FFFD puts thousands in one chunk. */
function sortedHas(xs: number[], x: number): boolean {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] === x) return true;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
