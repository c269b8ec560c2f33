// A file's parts merged in file order: the rows and lines before the next part, and each part's hand-over (the thread splitter and `merge` of --part reports).
import type { DefectDraft } from "../types.js";
import type { CheckInstance, SeqDraft } from "../checks/types.js";
import { deferredDrafts, type FileCollector } from "./collector.js";
import type { PartResult } from "./part.js";
import { addSkippedLines, noSkippedLines } from "./skipped.js";

export class PartsInOrder {
  /** Rows, and lines, of the parts merged so far: where the next part's numbering starts. */
  rows = 0;
  lines = 0;
  /** A part lost its byte offsets (a re-read from a guess): later defects carry none either. */
  offsetsLost = false;
  readonly skipped = noSkippedLines();
  /** why: a keyed file's parts defer their repeated keys (unique, duplicateRows) to the merge */
  readonly keyed: boolean;

  constructor(private readonly file: FileCollector, private readonly checks: CheckInstance[], private readonly size: number) {
    this.keyed = checks.some((c) => c.absorbDeferred);
  }

  /** A draft of the next part, numbered in the whole file. */
  readonly shift = (d: DefectDraft): DefectDraft => ({
    ...d,
    row: d.row === null ? null : d.row + this.rows,
    line: d.line === null ? null : d.line + this.lines,
    byteOffset: this.offsetsLost ? null : d.byteOffset ?? null,
  });

  /** The next part's repeated keys, probed now that the rows before it are counted. */
  deferred(r: PartResult): SeqDraft[] {
    return this.keyed ? deferredDrafts(this.checks, r.states, this.rows, this.size / Math.max(1, r.stop - r.start)) : [];
  }

  /**
   * The buffers of a merged part's keys (the states only absorbDeferred reads), which nothing holds after deferred().
   * why: they came from a worker (copies made on arrival); left here, they are freed only at this thread's next garbage
   * collection, which allocates too little to run often: ~10 bytes per key of the file's peak RSS (README, memory per key).
   */
  spentKeys(r: PartResult): ArrayBuffer[] {
    const out = new Set<ArrayBuffer>();
    this.checks.forEach((c, i) => {
      if (!c.absorbDeferred) return;
      for (const s of [r.states[i]].flat()) {
        if (s !== null && typeof s === "object") for (const v of Object.values(s)) if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
      }
    });
    return [...out];
  }

  /** Adds the next part's counts, defects and check states, and moves past it. */
  absorb(r: PartResult, deferred: SeqDraft[]): void {
    this.file.absorbPart(r, this.shift, deferred, r.invalid);
    this.checks.forEach((c, i) => c.absorb?.(r.states[i]));
    this.rows += r.rows;
    addSkippedLines(this.skipped, r.skipped, this.lines);
    this.lines += r.lines;
    this.offsetsLost ||= r.offsetsLost;
  }
}
