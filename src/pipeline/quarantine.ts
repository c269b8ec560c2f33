// --clean / --rejects: every record lands in exactly one of two UTF-8 CSV files, written atomically.
import { createWriteStream, type WriteStream } from "node:fs";
import type { ParsedRecord } from "../types.js";
import type { QuarantinePlan } from "./outputs.js";
import type { RecordSink } from "./validate.js";
import { tempPathFor, realFs, type WriteFs } from "../report/write.js";
import { IngestError, describeSystemError } from "../defects/errors.js";

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: string[]): string {
  // why: a record of one empty cell written bare is a blank line, which CSV readers skip (Python's csv writes "" too)
  if (cells.length === 1 && cells[0] === "") return '""\n';
  let out = "";
  for (let i = 0; i < cells.length; i++) out += (i ? "," : "") + csvCell(cells[i]);
  return out + "\n";
}

/** A CSV output that exists under its real name only once committed. */
class AtomicCsv {
  private readonly tmp: string;
  private readonly ws: WriteStream;
  private failure: Error | null = null;

  // why an injectable fs: tests give ENOSPC / EACCES at this layer (CI runs as root, where permissions block nothing)
  constructor(readonly target: string, private readonly fs: WriteFs = realFs) {
    this.tmp = tempPathFor(target);
    this.ws = (fs.createWriteStream ?? createWriteStream)(this.tmp);
    this.ws.on("error", (e) => { this.failure = e; });
  }

  write(line: string): void {
    if (!this.failure) this.ws.write(line);
  }

  /** A promise while the stream's buffer is full, so the reader waits for the disk instead of buffering the file in memory. */
  drained(): Promise<void> | null {
    if (this.failure || !this.ws.writableNeedDrain) return null;
    return new Promise((resolve) => {
      const done = () => { this.ws.off("drain", done); this.ws.off("close", done); resolve(); };
      this.ws.on("drain", done);
      this.ws.on("close", done);
    });
  }

  // why the end callback's error is kept: a write that fails while end() flushes (ENOSPC on the last buffers) reaches
  // that callback before the 'error' event, and the half-written temporary file was then renamed over the target
  private close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.closed || this.ws.destroyed) { this.failure ??= this.ws.errored; resolve(); return; }
      this.ws.end((e?: Error | null) => { if (e) this.failure ??= e; resolve(); });
      this.ws.once("error", (e) => { this.failure ??= e; resolve(); });
    });
  }

  async commit(): Promise<void> {
    await this.close();
    if (this.failure) { await this.fs.unlink(this.tmp).catch(() => undefined); throw new IngestError("output", `cannot write ${this.target}: ${describeSystemError(this.failure)}`); }
    try { await this.fs.rename(this.tmp, this.target); } catch (e) {
      await this.fs.unlink(this.tmp).catch(() => undefined);
      throw new IngestError("output", `cannot write ${this.target}: ${describeSystemError(e)}`);
    }
  }

  async abort(): Promise<void> {
    await this.close();
    await this.fs.unlink(this.tmp).catch(() => undefined);
  }
}

export interface Quarantine {
  sinkFor?: (uri: string, index: number) => RecordSink;
  commit(): Promise<void>;
  abort(): Promise<void>;
  /** Drops one input's outputs unwritten (its read failed: a prefix of its records must not pass for the whole). */
  discard?(uri: string): Promise<void>;
}

/** The first of `_name`, `__name`, … that is not a column of the input. */
function freeName(name: string, taken: Set<string>): string {
  let n = `_${name}`;
  while (taken.has(n)) n = `_${n}`;
  taken.add(n);
  return n;
}

/**
 * The rejects file's header: the input's columns, then `_line`, `_codes`, `_extra` and `_cells` (underscores added
 * when the input has such a column already). Exported for the tests and the README's example.
 */
export function rejectsHeader(names: string[]): string[] {
  const taken = new Set(names);
  return [...names, freeName("line", taken), freeName("codes", taken), freeName("extra", taken), freeName("cells", taken)];
}

/**
 * One rejected record as rejects-file cells: padded with empty cells to the header's width (a short row), the cells
 * past the header's width kept as one CSV text in `_extra` (a long row), so `_line` and `_codes` stay under their
 * names whatever the record's shape and every line has the same number of cells (a DataFrame loads it as is).
 * why `_cells` (the record's own number of cells, empty when it was skipped unread): padding alone altered the
 * record, `1,2,` (3 cells, the last empty) and `1,2` (2 cells) under 4 columns were both written `1,2,,`; with the
 * count, the record as it came is its first `_cells` cells (then `_extra`'s), and the file stays rectangular.
 */
export function rejectsCells(cells: string[], width: number, line: number, codes: string[], skipped = false): string[] {
  const own = cells.length >= width ? cells.slice(0, width) : [...cells, ...new Array<string>(width - cells.length).fill("")];
  const extra = cells.length > width ? csvLine(cells.slice(width)).slice(0, -1) : "";
  return [...own, String(line), [...new Set(codes)].join(" "), extra, skipped ? "" : String(cells.length)];
}

/** The two writers of one input: --clean mirrors the input (its header line only if it had one); --rejects always has a header. */
function sinkOf(clean: AtomicCsv | null, rejects: AtomicCsv | null): RecordSink {
  let width = 0;
  return {
    onHeader(header, rec) {
      width = header.names.length;
      // why only a real header: a headerless input's clean file must load like the input (no field1,field2 line);
      // why the header record's cells: the clean file mirrors the input, also where the names were adjusted (row names)
      if (header.present) clean?.write(csvLine(rec && !rec.skipped ? rec.cells : header.names));
      rejects?.write(csvLine(rejectsHeader(header.names)));
    },
    onRecord(rec: ParsedRecord, _row, invalid, codes) {
      if (!invalid) { clean?.write(csvLine(rec.cells)); return; }
      // a skipped record keeps its place with empty cells, so the two files together hold every record
      rejects?.write(csvLine(rejectsCells(rec.skipped ? [] : rec.cells, width, rec.line, codes, rec.skipped)));
    },
    drained() {
      return clean?.drained() ?? rejects?.drained() ?? null;
    },
  };
}

/** Sinks that write each input's clean and rejected records to the files the output planner chose (outputs.ts). */
export function quarantineSinks(plan: QuarantinePlan, fs: WriteFs = realFs): Quarantine {
  const given = [...plan.values()].some((p) => p.clean !== null || p.rejects !== null);
  if (!given) return { commit: async () => {}, abort: async () => {} };
  let outputs: AtomicCsv[] = [];
  const byUri = new Map<string, AtomicCsv[]>();
  return {
    sinkFor(uri) {
      const paths = plan.get(uri);
      const clean = paths?.clean ? new AtomicCsv(paths.clean, fs) : null;
      const rejects = paths?.rejects ? new AtomicCsv(paths.rejects, fs) : null;
      const mine = [clean, rejects].filter((o): o is AtomicCsv => o !== null);
      outputs.push(...mine);
      byUri.set(uri, mine);
      return sinkOf(clean, rejects);
    },
    async commit() {
      for (let i = 0; i < outputs.length; i++) {
        try { await outputs[i].commit(); } catch (e) {
          // why: the outputs not yet committed would otherwise leave their .tmp files behind
          for (const o of outputs.slice(i + 1)) await o.abort();
          throw e;
        }
      }
    },
    async discard(uri) {
      const mine = byUri.get(uri) ?? [];
      for (const o of mine) await o.abort();
      outputs = outputs.filter((o) => !mine.includes(o));
    },
    async abort() {
      for (const o of outputs) await o.abort();
    },
  };
}
