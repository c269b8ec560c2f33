// --clean / --rejects: every record lands in exactly one of two UTF-8 CSV files, written atomically.
import { createWriteStream, type WriteStream } from "node:fs";
import { basename, join } from "node:path";
import type { ParsedRecord } from "../types.js";
import type { ResolvedInput } from "../source/resolve.js";
import type { RecordSink } from "./validate.js";
import { tempPathFor, realFs, type WriteFs } from "../report/write.js";
import { IngestError, describeSystemError } from "../defects/errors.js";

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: string[]): string {
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
}

function outName(base: string, folderMode: boolean, uri: string, kind: "clean" | "rejects"): string {
  if (!folderMode) return base;
  const name = uri === "-" ? "stdin" : basename(uri).replace(/\.gz$/i, "").replace(/\.(csv|tsv|txt)$/i, "");
  return join(base, `${name}.${kind}.csv`);
}

/** Sinks that write each input's clean and rejected records; with several inputs the paths name folders. */
export function quarantineSinks(inputs: ResolvedInput[], paths: { clean: string | null; rejects: string | null }, fs: WriteFs = realFs): Quarantine {
  if (!paths.clean && !paths.rejects) return { commit: async () => {}, abort: async () => {} };
  const folderMode = inputs.length > 1;
  const outputs: AtomicCsv[] = [];
  return {
    sinkFor(uri) {
      const clean = paths.clean ? new AtomicCsv(outName(paths.clean, folderMode, uri, "clean"), fs) : null;
      const rejects = paths.rejects ? new AtomicCsv(outName(paths.rejects, folderMode, uri, "rejects"), fs) : null;
      if (clean) outputs.push(clean);
      if (rejects) outputs.push(rejects);
      let width = 0;
      return {
        onHeader(header) {
          width = header.names.length;
          if (header.present || true) {
            clean?.write(csvLine(header.names));
            rejects?.write(csvLine([...header.names, "_line", "_codes"]));
          }
        },
        onRecord(rec: ParsedRecord, _row, invalid, codes) {
          if (!invalid) { clean?.write(csvLine(rec.cells)); return; }
          // a skipped record keeps its place with empty cells, so the two files together hold every record
          const cells = rec.skipped ? new Array<string>(width).fill("") : rec.cells;
          rejects?.write(csvLine([...cells, String(rec.line), [...new Set(codes)].join(" ")]));
        },
        drained() {
          return clean?.drained() ?? rejects?.drained() ?? null;
        },
      };
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
    async abort() {
      for (const o of outputs) await o.abort();
    },
  };
}
