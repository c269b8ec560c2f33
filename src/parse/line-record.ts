// A record the tokenizer read whole from one line whose cells are still ranges of its text: a cell's string is made only when asked for.
import type { DefectDraft, ParsedRecord } from "../types.js";

/**
 * A ParsedRecord whose cells are ranges of `text`: cell i is text.slice(at[base + 2i], at[base + 2i + 1]).
 * why: most cells of a clean file are checked and forgotten; a string per cell (and an array per record) was the
 * largest share of what the record path allocated, and so of its GC time. Checks that can work on the ranges do
 * (cells.ts, row-cells, row-blank: see cellCount); `cells` makes every string the first time anything reads it,
 * so every other consumer sees exactly the record it always saw.
 */
export class LineRecord implements ParsedRecord {
  index!: number;
  line!: number;
  endLine!: number;
  byteOffset!: number | null;
  defects!: DefectDraft[] | null;
  skipped!: boolean;
  replacement!: boolean;
  /** See ParsedRecord.fffdWritten; the tokenizer sets it after reset (false there). */
  fffdWritten = false;
  /** The text the ranges point into (the tokenizer's buffer when the record was read). */
  text!: string;
  /**
   * Start and end of each cell, in pairs from `base` (a slab shared by the records of a chunk, never overwritten, but
   * for a tokenizer that reuses its records: see ParseOptions.reuseRecords).
   */
  at!: Int32Array;
  base!: number;
  /** The number of cells. */
  width!: number;
  private made: string[] | null = null;
  /**
   * The quote's code when a cell of the line was quoted, else -1. why not the flags themselves: a quoted cell's range
   * starts right after its opening quote, and an unquoted one's after a delimiter or at the line's start, so the
   * flags follow from the text; a line with quotes (a third of the bench file's) no longer allocates them.
   */
  private qc!: number;
  private flags: boolean[] | null = null;
  /**
   * True when a quoted cell holds doubled quotes: its range is the text as written (`say ""hi""`), and its string is
   * undoubled when made (cell, cells). Readers of ranges test the cell first (doubledAt) or read the strings.
   * why ranges anyway: a line with one doubled quote was read into strings whole (every cell, two arrays and a
   * record), ~14 % of what a clean file's record path allocated with 3 % of its lines holding one.
   */
  doubled!: boolean;
  /**
   * The bytes of `text` when it is ASCII (byte i is character i), else null. why: the cells check's scanners read a
   * Uint8Array at a fraction of charCodeAt's cost (span-bytes.ts); only the tokenizer's fast paths set it.
   */
  bytes!: Uint8Array | null;

  constructor(index: number, line: number, byteOffset: number | null, replacement: boolean, quote: number, text: string, at: Int32Array, base: number, width: number, doubled = false, bytes: Uint8Array | null = null) {
    this.reset(index, line, byteOffset, replacement, quote, text, at, base, width, doubled, bytes);
  }

  /**
   * Makes this record the one read at `line` (the constructor, and ParseOptions.reuseRecords). why: a record object per
   * line was a third of what the split's record path allocated (~140 bytes a record with its ranges), for records a
   * part's sink checks and drops before the next is read.
   */
  reset(index: number, line: number, byteOffset: number | null, replacement: boolean, quote: number, text: string, at: Int32Array, base: number, width: number, doubled: boolean, bytes: Uint8Array | null): void {
    this.index = index;
    this.line = line;
    this.endLine = line;
    this.byteOffset = byteOffset;
    this.qc = quote;
    this.defects = null;
    this.skipped = false;
    this.replacement = replacement;
    this.fffdWritten = false;
    this.text = text;
    this.at = at;
    this.base = base;
    this.width = width;
    this.doubled = doubled;
    this.bytes = bytes;
    this.made = null;
    this.flags = null;
    this.assigned = false;
  }

  /**
   * A record of its own with this one's content and its ranges copied out of the slab. why: a tokenizer that reuses
   * its record (ParseOptions.reuseRecords) fills it again at the next line; a consumer that keeps a record (a sample
   * held for inference, the header) keeps a copy. The copy has no bytes: such a tokenizer writes them again too.
   */
  copy(): LineRecord {
    const w = this.width;
    const own = new LineRecord(this.index, this.line, this.byteOffset, this.replacement, this.qc, this.text, this.at.slice(this.base, this.base + 2 * w), 0, w, this.doubled, null);
    own.endLine = this.endLine;
    own.defects = this.defects;
    own.skipped = this.skipped;
    own.fffdWritten = this.fffdWritten;
    own.made = this.made;
    own.flags = this.flags;
    own.assigned = this.assigned;
    return own;
  }

  get cells(): string[] {
    if (this.made === null) {
      const out = new Array<string>(this.width);
      for (let i = 0, k = this.base; i < this.width; i++, k += 2) out[i] = this.text.slice(this.at[k], this.at[k + 1]);
      if (this.doubled) for (let i = 0; i < this.width; i++) if (this.doubledAt(i)) out[i] = undouble(out[i], String.fromCharCode(this.qc));
      this.made = out;
    }
    return this.made;
  }

  set cells(v: string[]) {
    this.made = v;
    this.assigned = true;
  }

  /** True once `cells` was assigned: the ranges may then no longer be the cells (readers of ranges check it). */
  assigned = false;

  /** quoted[i] is true when cell i was quoted; null when none was (made the first time it is read). */
  get quoted(): boolean[] | null {
    if (this.flags === null && this.qc >= 0) {
      const out = new Array<boolean>(this.width);
      for (let i = 0; i < this.width; i++) out[i] = this.afterQuote(i);
      this.flags = out;
    }
    return this.flags;
  }

  set quoted(v: boolean[] | null) {
    this.flags = v;
    this.qc = -1;
  }

  /** Whether a cell was quoted (quoted !== null), without making the flags. */
  anyQuoted(): boolean {
    return this.flags !== null || this.qc >= 0;
  }

  /** Whether cell i was quoted, without making the flags. */
  isQuoted(i: number): boolean {
    if (this.flags !== null) return this.flags[i] === true;
    return this.qc >= 0 && i < this.width && this.afterQuote(i);
  }

  /** Whether cell i's range starts right after the quote (then the cell was quoted). */
  private afterQuote(i: number): boolean {
    const from = this.at[this.base + 2 * i];
    return from > 0 && this.text.charCodeAt(from - 1) === this.qc;
  }

  /** Cell i as a string, without making the others. */
  cell(i: number): string {
    if (this.made !== null) return this.made[i];
    const k = this.base + 2 * i;
    const s = this.text.slice(this.at[k], this.at[k + 1]);
    return this.doubled && this.doubledAt(i) ? undouble(s, String.fromCharCode(this.qc)) : s;
  }

  /**
   * Whether cell i's range holds doubled quotes (its string is not the range's text). why the quote inside: a quoted
   * cell the fast path read holds a quote only where one was doubled (its first lone quote closed it).
   */
  doubledAt(i: number): boolean {
    if (!this.doubled || this.assigned || i >= this.width || !this.afterQuote(i)) return false;
    const k = this.base + 2 * i;
    const q = this.text.indexOf(String.fromCharCode(this.qc), this.at[k]);
    return q >= 0 && q < this.at[k + 1];
  }
}

/**
 * `s` with each doubled quote made single. why not replaceAll: with millions of matches it builds a
 * parts list of that size (it ran out of a 64 MB heap on a 7 MB field of ""); joining in slabs stays small.
 */
export function undouble(s: string, q: string): string {
  const qq = q + q;
  let out = "";
  let parts: string[] = [];
  let from = 0;
  while (true) {
    const j = s.indexOf(qq, from);
    if (j < 0) break;
    parts.push(s.slice(from, j + 1));
    from = j + 2;
    if (parts.length >= 4096) { out += parts.join(""); parts = []; }
  }
  parts.push(s.slice(from));
  return out + parts.join("");
}

/** Cell i of a record as a string; of a LineRecord, that cell's string alone. */
export function cellAt(rec: ParsedRecord, i: number): string {
  return rec instanceof LineRecord ? rec.cell(i) : rec.cells[i];
}

/** The number of cells of a record, without making a LineRecord's strings. */
export function cellCount(rec: ParsedRecord): number {
  return rec instanceof LineRecord ? rec.width : rec.cells.length;
}

/**
 * Whether a record is a line read from an ASCII buffer (LineRecord.bytes set) whose cells were not replaced: then no
 * cell holds a character above U+007F. why: checks that look for such characters on every row (encoding-error) can
 * stop at one field read instead of searching the line.
 */
export function asciiLine(rec: ParsedRecord): boolean {
  return rec instanceof LineRecord && rec.bytes !== null && !rec.assigned;
}

/** Whether cell i of a record was quoted; of a LineRecord, without making its flags. */
export function quotedAt(rec: ParsedRecord, i: number): boolean {
  return rec instanceof LineRecord ? rec.isQuoted(i) : rec.quoted !== null && rec.quoted[i] === true;
}
